package org.wpsnetwork.kit.outbox;

/**
 * A creation request the client may retry: its {@code Idempotency-Key} and a fingerprint of its body. Stored
 * with the aggregate it created, in the same write, so a retry finds it whatever happened in between.
 */
public record IdempotentRequest(String key, String fingerprint) {
}
