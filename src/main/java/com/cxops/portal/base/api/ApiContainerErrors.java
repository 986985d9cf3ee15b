package com.cxops.portal.base.api;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.res.StringManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Errors Tomcat answers before any filter runs — headers over the container's limit (8 KB), a malformed request
 * line — are a problem+json for an /api address too, instead of the container's HTML page. Tomcat reports them
 * through the host's error report valve; this one is added last, so it is innermost and answers first; other
 * addresses keep the plain page (without server details).
 */
@Configuration(proxyBeanMethods = false)
class ApiContainerErrors {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> apiContainerErrorReports(ObjectProvider<ApiProblems> problems) {
        return factory -> factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            // Added when the host starts, after every customizer has added its valves, so this one is innermost.
            host.addLifecycleListener(event -> {
                if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                    if (host instanceof StandardHost standardHost) {
                        standardHost.setErrorReportValveClass(ProblemReportValve.class.getName());
                    }
                    host.getPipeline().addValve(new ProblemReportValve(problems));
                }
            });
        });
    }

    /** Tomcat says so only in its message (in the server's language), so it is compared with Tomcat's own text. */
    static boolean headersTooLarge(Throwable throwable) {
        String tooLarge = StringManager.getManager("org.apache.coyote.http11").getString("iib.requestheadertoolarge.error");
        return throwable != null && tooLarge.equals(throwable.getMessage());
    }

    static final class ProblemReportValve extends ErrorReportValve {
        private final ObjectProvider<ApiProblems> problems;

        ProblemReportValve(ObjectProvider<ApiProblems> problems) {
            this.problems = problems;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            ApiProblems api = problems.getIfAvailable();
            String uri = request.getRequestURI();
            if (api == null || uri == null || !(uri.equals("/api") || uri.startsWith("/api/"))) {
                super.report(request, response, throwable);
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean();
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (response.getStatus() < 400 || response.getContentWritten() > 0 || !ioAllowed.get() || !response.setErrorReported()) {
                return;
            }
            ProblemDetail problem = headersTooLarge(throwable)
                    ? api.of(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "api.error.headers-too-large")
                    : response.getStatus() < 500
                    ? api.of(HttpStatus.BAD_REQUEST, "api.error.bad-request")
                    : api.internal(throwable, request.getMethod(), uri);
            response.setStatus(problem.getStatus());
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(api.json(problem));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone; nothing more to tell it
            }
        }
    }
}
