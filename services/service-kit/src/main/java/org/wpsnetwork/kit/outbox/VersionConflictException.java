package org.wpsnetwork.kit.outbox;

/** The client changed a version of an aggregate that is no longer the current one. */
public class VersionConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long currentVersion;

    public VersionConflictException(String label, String id, long expectedVersion, long currentVersion) {
        super(label + " '" + id + "' is at version " + currentVersion + ", not " + expectedVersion
                + "; read it again and retry");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
