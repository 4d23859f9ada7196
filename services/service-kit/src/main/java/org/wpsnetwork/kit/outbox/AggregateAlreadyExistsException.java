package org.wpsnetwork.kit.outbox;

public class AggregateAlreadyExistsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AggregateAlreadyExistsException(String label, String id) {
        super(label + " '" + id + "' already exists");
    }
}
