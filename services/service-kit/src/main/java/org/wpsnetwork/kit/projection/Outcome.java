package org.wpsnetwork.kit.projection;

/** What applying one event did to one projection. */
public enum Outcome {
    /** The event changed the view (or is superseded by a newer event of the same batch that did). */
    APPLIED,
    /** The view already reflects this version or a newer one: a redelivery or an out-of-order arrival. */
    DUPLICATE,
    /** The projection has no use for this event type. */
    IGNORED
}
