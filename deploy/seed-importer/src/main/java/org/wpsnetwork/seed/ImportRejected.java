package org.wpsnetwork.seed;

/** The import stopped: a service refused a record, or could not be reached. The message names which and why. */
public class ImportRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportRejected(String message) {
        super(message);
    }
}
