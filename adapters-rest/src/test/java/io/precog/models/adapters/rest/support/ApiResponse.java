package io.precog.models.adapters.rest.support;

import io.precog.models.adapters.rest.json.ExactJsonConfiguration;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A response of the service: status, headers and body, with the body readable as exact JSON. */
public record ApiResponse(int status, HttpHeaders headers, String body) {

    /** Reads JSON as the service writes it: decimals as BigDecimal with their scale, never as Double. */
    public static final JsonMapper EXACT = ExactJsonConfiguration.configure(JsonMapper.builder()).build();

    public Map<String, Object> json() {
        return EXACT.readValue(body, new TypeReference<Map<String, Object>>() { });
    }

    public List<Map<String, Object>> jsonList() {
        return EXACT.readValue(body, new TypeReference<List<Map<String, Object>>>() { });
    }

    public String contentType() {
        return headers.firstValue("Content-Type").orElse("");
    }

    public String location() {
        return headers.firstValue("Location").orElse(null);
    }

    /** Returns the problem type without its {@code urn:precog:problem:} prefix, such as {@code duplicate-version}. */
    public String problemCode() {
        Object type = json().get("type");
        return type == null ? null : type.toString().replace("urn:precog:problem:", "");
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
