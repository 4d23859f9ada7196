package org.wpsnetwork.kit.web;

import org.wpsnetwork.kit.outbox.IdempotentRequest;
import tools.jackson.databind.json.JsonMapper;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Reads the {@code Idempotency-Key} header of a creation request and fingerprints the request body. */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";

    private static final Pattern ACCEPTABLE = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final JsonMapper CANONICAL = JsonMapper.builder().build();

    private IdempotencyKeys() {
    }

    /** The idempotent request, or null when the client sent no key. */
    public static IdempotentRequest of(String key, Object body) {
        if (key == null) {
            return null;
        }
        if (!ACCEPTABLE.matcher(key).matches()) {
            throw ApiProblemException.invalid(FieldViolation.of(HEADER,
                    "must be 1 to 255 visible ASCII characters, e.g. a UUID"));
        }
        return new IdempotentRequest(key, fingerprint(body));
    }

    private static String fingerprint(Object body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(CANONICAL.writeValueAsBytes(body));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
