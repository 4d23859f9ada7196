package org.wpsnetwork.kit.web;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.slf4j.LoggerFactory;
import org.wpsnetwork.kit.correlation.CorrelationId;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Tomcat's own error page, replaced: a request Tomcat refuses before any servlet sees it (a {@code %00} or
 * {@code %2F} in the path, a header over the size limit or with a NUL, two Content-Length headers, a malformed
 * query) is answered with RFC 9457 problem+json like every other error, never with an HTML page or a stack trace.
 * Nothing of the refused request is echoed back; the correlation id in the answer is also in the log line.
 */
public class ProblemReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ProblemReportValve.class);

    public ProblemReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        int status = response.getStatus();
        if (status < 400 || response.isCommitted() || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        if (status == 501) {
            // Tomcat's answer to a Transfer-Encoding it does not implement (RFC 9112 says 501): the client sent
            // something this service never takes, so it is told as a client error, not as a fault of ours.
            status = 400;
            response.setStatus(status);
        }
        ProblemType type = ProblemType.forStatus(status);
        String correlationId = UUID.randomUUID().toString();
        String detail = status >= 500 ? "Something went wrong on our side. Quote the correlation id when reporting it."
                : "The request was refused before it reached the service (HTTP " + status + "): check its path, "
                + "query and headers";
        if (status >= 500 && failure != null) {
            log.error("Request failed in the servlet container [{}]", correlationId, failure);
        } else {
            log.info("Refused a malformed request with {} [{}]{}", status, correlationId,
                    failure == null ? "" : ": " + failure.getClass().getSimpleName());
        }
        String title = type == ProblemType.OTHER ? "Error" : type.title();
        String body = "{\"type\":\"" + type.uri() + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"correlationId\":\"" + correlationId + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader(CorrelationId.HEADER, correlationId);
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            log.debug("Could not write the problem for a refused request", e);
        }
    }

    /** Replaces the error report valve on the host, after Spring Boot installed its own. */
    public static final class Installer implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    // The host adds a valve of this class at start unless one is there already.
                    host.setErrorReportValveClass(ProblemReportValve.class.getName());
                    Pipeline pipeline = host.getPipeline();
                    for (Valve valve : pipeline.getValves()) {
                        if (valve instanceof ErrorReportValve) {
                            pipeline.removeValve(valve);
                        }
                    }
                    pipeline.addValve(new ProblemReportValve());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
