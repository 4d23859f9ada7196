package org.wpsnetwork.kit.outbox;

import org.bson.Document;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The aggregate stores whose records an administrator may restate, by collection name. */
public final class RestatableRecords {

    /** One store's way to restate a record given as JSON text. */
    public interface Target {

        /** The type the restated record is read as. */
        Class<?> stateType();

        /** The record's state as stored, read or not; {@code null} when there is no such record. */
        Document storedState(String id);

        /** Restates the record; answers its new version. */
        long restate(String id, String ifMatch, Object state, String reason);
    }

    private final Map<String, Target> byCollection = new ConcurrentHashMap<>();

    void register(String collection, Target target) {
        byCollection.put(collection, target);
    }

    public Optional<Target> of(String collection) {
        return Optional.ofNullable(byCollection.get(collection));
    }
}
