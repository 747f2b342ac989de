package io.precog.models.adapters.rest.problem;

import java.io.IOException;
import java.io.PrintWriter;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.apache.tomcat.util.res.StringManager;
import org.springframework.http.HttpStatus;

/**
 * Writes a problem detail instead of Tomcat's HTML error page, for the requests that Tomcat rejects before
 * they reach the service, such as a path with an encoded slash or a NUL byte, or headers too large to read.
 * Never shows the exception.
 */
public class ContainerErrorReportValve extends ErrorReportValve {

    /** Tomcat's message, in the server's language, for a request line and headers over its size limit. */
    private static final String HEADER_TOO_LARGE = StringManager.getManager("org.apache.coyote.http11")
            .getString("iib.requestheadertoolarge.error");

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        String detail;
        if (throwable instanceof IllegalArgumentException && HEADER_TOO_LARGE.equals(throwable.getMessage())) {
            status = HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE.value();
            response.setStatus(status);
            detail = "The request headers are too large: the request line and headers may have "
                    + maxHeaderBytes(request) + " bytes in all; send a shorter URL, a shorter token or fewer headers";
        } else if (status >= 500) {
            detail = "The service failed to handle the request";
        } else {
            detail = "The request cannot be handled as sent; check the path for encoded or control characters";
        }
        HttpStatus resolved = HttpStatus.resolve(status);
        String code = resolved == null ? ProblemTypes.MALFORMED_REQUEST : ProblemErrorController.codeOf(resolved);
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

    private static String maxHeaderBytes(Request request) {
        if (request.getConnector() != null
                && request.getConnector().getProtocolHandler() instanceof AbstractHttp11Protocol<?> protocol) {
            return "at most " + protocol.getMaxHttpRequestHeaderSize();
        }
        return "a limited number of";
    }
}
