package org.wpsnetwork.kit.web;

import org.springframework.http.ResponseEntity;

import java.util.List;

/**
 * Optimistic concurrency over HTTP: a resource's ETag is its version, and every change must send the ETag
 * it last read in {@code If-Match}. Strong comparison, as RFC 9110 requires for If-Match.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** 200 with {@code body} and, as its ETag, {@code version}: the answer to every read or change of one resource. */
    public static <B> ResponseEntity<B> ok(long version, B body) {
        return ResponseEntity.ok().eTag(of(version)).body(body);
    }

    /**
     * @throws ApiProblemException 428 when If-Match is missing, 412 when it names another version, 400 when it is
     *                             not an entity tag
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiProblemException(ProblemType.IF_MATCH_REQUIRED,
                    "Send the ETag of your last read in If-Match, so that you do not overwrite a change you have not seen",
                    List.of());
        }
        String current = of(currentVersion);
        for (String tag : ifMatch.split(",")) {
            String trimmed = tag.trim();
            if (trimmed.equals("*") || trimmed.equals(current)) {
                return;
            }
            if (!trimmed.startsWith("W/") && !(trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\""))) {
                throw ApiProblemException.invalid(FieldViolation.of("If-Match",
                        "must be an entity tag in double quotes, like \"3\"", ifMatch));
            }
        }
        throw new ApiProblemException(ProblemType.VERSION_MISMATCH,
                "It is at version " + current + ", not " + ifMatch.trim() + "; read it again and retry", List.of());
    }
}
