package org.wpsnetwork.contracts;

/** A record on an event topic that cannot be turned into a known event: malformed, incomplete or of an unsupported version. */
public class UnreadableEventException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableEventException(String message) {
        super(message);
    }

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
