package io.precog.models.adapters.rest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Sends real HTTP requests to the service on localhost. */
public final class ApiClient {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;

    public ApiClient(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    public ApiResponse get(String path, String token) {
        return send("GET", path, (String) null, null, token);
    }

    public ApiResponse post(String path, String json, String token) {
        return send("POST", path, json, "application/json", token);
    }

    public ApiResponse patch(String path, String json, String token) {
        return send("PATCH", path, json, "application/json", token);
    }

    /**
     * Sends any request.
     *
     * @param body        request body, or null for none
     * @param contentType Content-Type of the body, or null for none
     * @param token       bearer token, or null for none
     */
    public ApiResponse send(String method, String path, String body, String contentType, String token) {
        return send(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), contentType, token);
    }

    public ApiResponse send(String method, String path, byte[] body, String contentType, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new ApiResponse(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
