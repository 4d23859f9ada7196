package org.wpsnetwork.kit.projection;

import org.wpsnetwork.contracts.EventEnvelope;

/** An event a projection can never apply, whatever retries: it is dead-lettered with this reason. */
public class UnapplicableEventException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient EventEnvelope<?> event;

    public UnapplicableEventException(EventEnvelope<?> event, String reason) {
        super(reason);
        this.event = event;
    }

    public EventEnvelope<?> event() {
        return event;
    }
}
