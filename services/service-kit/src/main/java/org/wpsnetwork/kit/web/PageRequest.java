package org.wpsnetwork.kit.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Which page of a list a client asks for: {@code page} (from 1) of {@code limit} items. Every list endpoint
 * takes these two query parameters; the answer carries {@code X-Total-Count} and, when there is more, a
 * {@code Link: <…>; rel="next"} header (RFC 8288).
 */
public record PageRequest(
        @Parameter(description = "Page number, from 1", schema = @Schema(minimum = "1", maximum = "100000", defaultValue = "1"))
        int page,
        @Parameter(description = "Items per page, 1 to 500", schema = @Schema(minimum = "1", maximum = "500", defaultValue = "500"))
        int limit) {

    /** The most items one page holds, and what a page holds when the client does not say. */
    public static final int MAX_LIMIT = 500;
    public static final int MAX_PAGE = 100_000;
    public static final PageRequest FIRST = new PageRequest(1, MAX_LIMIT);

    /** How many items come before this page. */
    public long offset() {
        return (long) (page - 1) * limit;
    }
}
