package io.precog.models.adapters.rest.problem;

import static io.precog.models.adapters.rest.support.ModelRequests.create;
import static org.assertj.core.api.Assertions.assertThat;

import io.precog.models.adapters.rest.support.ApiResponse;
import io.precog.models.adapters.rest.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Values from a request reach the service log with their control characters escaped, one line per event. */
@ExtendWith(OutputCaptureExtension.class)
class RequestLoggingIT extends ApiTestSupport {

    private static final String FORGED =
            "2026-01-01T00:00:00.000Z  INFO 1 --- [precog-rest] [main] Forged : admin logged in";

    private final String token = allScopes("logger");

    private static String withName(String name) {
        return create("placeholder", "v1.0").replace("\"placeholder\"", ApiResponse.EXACT.writeValueAsString(name));
    }

    @Test
    void escapesNewlineInModelName(CapturedOutput output) {
        ApiResponse response = api.post("/api/v1/models", withName("nfl\r\n" + FORGED), token);

        assertThat(response.status()).isEqualTo(422);
        assertThat(output.getOut()).contains("value=nfl\\r\\n" + FORGED)
                .doesNotContain("\n" + FORGED).doesNotContain("\r");
    }

    @Test
    void escapesNulAndOtherControls(CapturedOutput output) {
        ApiResponse response = api.post("/api/v1/models", withName("nul\u0000tab\tesc\u001bnel\u0085"), token);

        assertThat(response.status()).isEqualTo(422);
        assertThat(output.getOut()).contains("value=nul\\0tab\\tesc\\u001Bnel\\u0085")
                .doesNotContain("\u0000").doesNotContain("\u001b").doesNotContain("\u0085");
    }

    @Test
    void escapesForbiddenTokenSubject(CapturedOutput output) {
        String subject = "bob\n" + FORGED;

        ApiResponse response = api.post("/api/v1/models", create(uniqueName("elo"), "v1.0"),
                token(subject, "models.read"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(output.getOut()).contains("forbidden for bob\\n" + FORGED).doesNotContain("\n" + FORGED);
    }
}
