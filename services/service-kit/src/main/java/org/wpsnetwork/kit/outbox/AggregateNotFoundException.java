package org.wpsnetwork.kit.outbox;

public class AggregateNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AggregateNotFoundException(String label, String id) {
        super(label + " '" + id + "' does not exist");
    }
}
