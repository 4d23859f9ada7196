package org.wpsnetwork.contracts;

/**
 * An event whose type this build does not know at all. Evolution is additive, so a consumer may meet event
 * types added after it was built; it skips them rather than treating them as poison.
 */
public class UnknownEventTypeException extends UnreadableEventException {

    private static final long serialVersionUID = 1L;

    public UnknownEventTypeException(String eventType) {
        super("Unknown event type '" + eventType + "'");
    }
}
