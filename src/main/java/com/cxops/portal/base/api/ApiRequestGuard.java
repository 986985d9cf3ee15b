package com.cxops.portal.base.api;

import com.cxops.portal.base.settings.SettingsService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Runs first for every /api request, before security: a body over the size limit (setting api.max-body-bytes) is
 * refused with 413 before anything reads it (by its Content-Length, or, when sent chunked, as soon as the limit is
 * passed while reading); and nothing an API caller sees is ever the container's error page, a redirect to the login
 * page or HTML: an exception that escapes everything else, or an error status sent without a body, becomes a
 * problem+json here (500 with a logged reference id).
 */
class ApiRequestGuard extends OncePerRequestFilter {

    private final SettingsService settings;
    private final ApiProblems problems;

    ApiRequestGuard(SettingsService settings, ApiProblems problems) {
        this.settings = settings;
        this.problems = problems;
    }

    /** Thrown by the body stream when the limit is passed; the exception handler answers 413 for it. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException() {
            super("Request body over the limit");
        }
    }

    static boolean isTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ProblemResponse wrapped = new ProblemResponse(response);
        try {
            long limit = settings.getInt(ApiSettings.MAX_BODY_BYTES);
            if (request.getContentLengthLong() > limit) {
                throw new BodyTooLargeException(); // refused before a byte of the body is read
            }
            chain.doFilter(new LimitedRequest(request, limit), wrapped);
        } catch (Exception e) {
            if (isTooLarge(e)) {
                // Closing the connection stops a client that would otherwise go on sending the rest of the body.
                response.setHeader("Connection", "close");
                problems.write(response, problems.of(HttpStatus.CONTENT_TOO_LARGE, "api.error.too-large"));
            } else {
                problems.write(response, problems.internal(e, request.getMethod(), request.getRequestURI()));
            }
        }
    }

    /** sendError would forward to /error, which belongs to the staff UI's chain (login redirect, HTML). */
    private final class ProblemResponse extends HttpServletResponseWrapper {

        ProblemResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int sc) throws IOException {
            sendError(sc, null);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            HttpStatus status = HttpStatus.resolve(sc);
            if (status == null || isCommitted()) {
                super.sendError(sc, msg);
                return;
            }
            var problem = org.springframework.http.ProblemDetail.forStatus(status);
            problem.setTitle(status.getReasonPhrase());
            if (msg != null && !msg.isBlank()) {
                problem.setDetail(msg);
            }
            problems.write((HttpServletResponse) getResponse(), problem);
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        LimitedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        private int count(int n) throws BodyTooLargeException {
            if (n > 0) {
                read += n;
                if (read > limit) {
                    throw new BodyTooLargeException();
                }
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return count(in.read(b, off, len));
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
