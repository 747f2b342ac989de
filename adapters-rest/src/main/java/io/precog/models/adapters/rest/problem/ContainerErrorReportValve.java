package io.precog.models.adapters.rest.problem;

import java.io.IOException;
import java.io.PrintWriter;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Writes a problem detail instead of Tomcat's HTML error page, for the requests that Tomcat rejects before
 * they reach the service, such as a path with an encoded slash or a NUL byte. Never shows the exception.
 */
public class ContainerErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        HttpStatus resolved = HttpStatus.resolve(status);
        String code = resolved == null ? ProblemTypes.MALFORMED_REQUEST : ProblemErrorController.codeOf(resolved);
        String detail = status >= 500 ? "The service failed to handle the request"
                : "The request cannot be handled as sent; check the path for encoded or control characters";
        String json = "{\"type\":\"" + ProblemTypes.PREFIX + code + "\",\"title\":\"" + ProblemTypes.title(code)
                + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(json);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the response already committed: nothing more can be sent.
            return;
        }
    }
}
