package org.wpsnetwork.kit.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Refuses request bodies over the limit (1 MiB by default) with 413: at once when the announced length is
 * too large, otherwise as soon as reading passes the limit. Nothing that large reaches the parser or the
 * database. A multipart upload has its own limit, in the one service that takes uploads.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter implements Ordered {

    /** Request attribute carrying the problem for {@link ProblemErrorController} to render. */
    static final String PROBLEM_ATTRIBUTE = RequestBodyLimitFilter.class.getName() + ".problem";

    private final long limit;
    private final long uploadLimit;

    /** @param uploadLimit the limit of a multipart body; 0 when the service takes none (the other limit applies) */
    public RequestBodyLimitFilter(long limit, long uploadLimit) {
        this.limit = limit;
        this.uploadLimit = uploadLimit;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        long limit = uploadLimit > 0 && type != null && type.toLowerCase(Locale.ROOT)
                .startsWith("multipart/form-data") ? uploadLimit : this.limit;
        if (request.getContentLengthLong() > limit) {
            request.setAttribute(PROBLEM_ATTRIBUTE, Problems.of(ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body has " + request.getContentLengthLong() + " bytes; the limit is " + limit,
                    List.of()));
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new LimitedRequest(request, limit) : request, response);
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
    }

    private static final class LimitedStream extends ServletInputStream {
        private final ServletInputStream delegate;
        private final long limit;
        private long read;

        LimitedStream(ServletInputStream delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws PayloadTooLargeException {
            read += n;
            if (read > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
