package org.wpsnetwork.contracts;

/**
 * An event whose type this build does not know at all: most likely a producer upgraded before this consumer.
 * Consumers set it aside as a dead letter rather than drop it, so it can be replayed once they know the type.
 */
public class UnknownEventTypeException extends UnreadableEventException {

    private static final long serialVersionUID = 1L;

    private final String eventType;

    public UnknownEventTypeException(String eventType) {
        super("Unknown event type '" + eventType + "'");
        this.eventType = eventType;
    }

    public String eventType() {
        return eventType;
    }
}
