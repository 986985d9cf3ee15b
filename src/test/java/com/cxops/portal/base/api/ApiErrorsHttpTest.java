package com.cxops.portal.base.api;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Every error an API caller can meet is a problem+json it can act on: never HTML, never a redirect to the login page. */
@Import(ApiErrorsHttpTest.Failing.class)
class ApiErrorsHttpTest extends ApiHttpTestBase {

    /** A controller that fails in a way no handler expects, to see what a caller gets for a bug. */
    @TestConfiguration
    static class Failing {
        @Bean
        FailingController failingController() {
            return new FailingController();
        }
    }

    @RestController
    static class FailingController {
        @GetMapping("/api/test-failure")
        String fail() {
            throw new IllegalStateException("a bug");
        }
    }

    @Test
    void an_unknown_api_path_with_a_valid_key_is_a_404_problem_not_the_staff_ui() throws Exception {
        JsonNode p = problem(send("GET", "/api/no-such-thing", null, key), 404);
        assertThat(p.get("code").asString()).isEqualTo("api.error.no-such-path");
        problem(send("POST", "/api/customers/extra/segments", "{}", key), 404);
    }

    @Test
    void an_unknown_api_path_without_a_key_is_a_401_problem_not_a_redirect() throws Exception {
        problem(send("GET", "/api/no-such-thing", null, null), 401);
    }

    @Test
    void an_unknown_complaint_id_is_a_404_problem() throws Exception {
        assertThat(problem(send("GET", "/api/complaints/999999999", null, key), 404).get("code").asString()).isEqualTo("api.error.not-found");
        problem(send("GET", "/api/complaints/not-a-number", null, key), 404);
        problem(send("POST", "/api/complaints/999999999/statements",
                "{\"channel\":\"WEIBO\",\"text\":\"We are sorry\",\"publishedBy\":\"PR\",\"publishedAt\":\"2026-01-01T00:00:00Z\"}", key), 404);
    }

    @Test
    void an_unhandled_error_is_a_500_problem_whose_reference_is_in_the_log() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(ApiProblems.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            JsonNode p = problem(send("GET", "/api/test-failure", null, key), 500);
            String reference = p.get("reference").asString();
            assertThat(reference).hasSize(36);
            assertThat(p.toString()).doesNotContain("a bug", "IllegalStateException");
            assertThat(appender.list).anySatisfy(e -> {
                assertThat(e.getFormattedMessage()).contains(reference);
                assertThat(e.getThrowableProxy().getMessage()).isEqualTo("a bug");
            });
        } finally {
            logger.detachAppender(appender);
        }
    }

    @Test
    void over_long_headers_are_a_problem_not_the_containers_html_page() throws Exception {
        String answer = raw("GET /api/complaints/1 HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + key
                + "\r\nX-Padding: " + "x".repeat(20_000) + "\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 431").contains("application/problem+json").contains("api.error.headers-too-large");
        String badLine = raw("GET /api/complaints/%zz HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertThat(badLine).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("api.error.bad-request");
        // the staff UI's addresses keep the container's page, without server details
        String ui = raw("GET /login HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "x".repeat(20_000) + "\r\n\r\n");
        assertThat(ui).startsWith("HTTP/1.1 400").contains("text/html").doesNotContain("Apache Tomcat", "problem+json");
    }

    /** Sends a hand-written request and reads the answer until the server closes or a second passes quietly. */
    private String raw(String request) throws Exception {
        try (var socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(3_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            var in = socket.getInputStream();
            var answer = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    answer.write(buffer, 0, n);
                }
            } catch (java.net.SocketTimeoutException | java.net.SocketException e) {
                // the answer so far is what the server sent
            }
            return answer.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void a_wrong_method_or_media_type_keeps_its_status_as_a_problem() throws Exception {
        problem(send("DELETE", "/api/customers", null, key), 405);
        HttpResponse<String> textPlain = send("POST", "/api/customers", null, key, "Content-Type", "text/plain");
        problem(textPlain, 415);
    }

    @Test
    void a_body_announced_over_the_limit_is_refused_with_413_before_it_is_read() throws Exception {
        // Only the headers and a few bytes are sent: the answer must come without the server waiting for the rest.
        try (var socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            out.write(("POST /api/customers HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + key
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + (90L * 1024 * 1024) + "\r\n\r\n[{").getBytes());
            out.flush();
            var in = socket.getInputStream();
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[4096];
            while (!answer.toString().contains("api.error.too-large")) {
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                answer.append(new String(buffer, 0, n, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(answer.toString()).startsWith("HTTP/1.1 413").contains("application/problem+json").contains("api.error.too-large");
        }
    }

    @Test
    void a_chunked_body_over_the_limit_is_refused_with_413_once_the_limit_is_passed() throws Exception {
        byte[] item = ("{\"externalId\":\"X\",\"name\":\"" + "n".repeat(1000) + "\"},").getBytes();
        long limit = 10L * 1024 * 1024;
        java.io.InputStream body = new java.io.InputStream() {
            long sent;
            int at;

            @Override
            public int read() {
                if (sent == 0) {
                    sent++;
                    return '[';
                }
                if (sent > limit + item.length * 2L) {
                    return -1;
                }
                sent++;
                int b = item[at];
                at = (at + 1) % item.length;
                return b;
            }
        };
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/customers"))
                .header("X-API-Key", key).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> body)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            // The server may close the connection before the client has finished sending; that is a refusal too.
            return;
        }
        problem(response, 413);
    }

    @Test
    void the_server_answers_others_while_a_client_sends_a_huge_body_slowly() throws Exception {
        try (var slow = new java.net.Socket("127.0.0.1", port)) {
            var out = slow.getOutputStream();
            out.write(("POST /api/customers HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + key
                    + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes());
            out.flush();
            for (int i = 0; i < 5; i++) {
                out.write("1\r\n[\r\n".getBytes());
                out.flush();
                long start = System.nanoTime();
                HttpResponse<String> other = send("GET", "/api/complaints/999999999", null, key);
                assertThat(other.statusCode()).isEqualTo(404);
                assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
                Thread.sleep(200);
            }
        }
    }
}
