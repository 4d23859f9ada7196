package org.wpsnetwork.kit.outbox;

/** The state of an aggregate at one version; the version is what ETag and If-Match carry. */
public record Versioned<A>(A state, long version) {
}
