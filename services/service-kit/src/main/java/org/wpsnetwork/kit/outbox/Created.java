package org.wpsnetwork.kit.outbox;

/** The result of a create: the aggregate, and whether this was a retry answered with what the first call made. */
public record Created<A>(Versioned<A> aggregate, boolean replayed) {
}
