package org.wpsnetwork.kit.projection;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.wpsnetwork.contracts.EventEnvelope;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Order-safe, idempotent writes for projections. Each view document records, under {@code appliedVersions},
 * the last version it applied of every source aggregate; an event of an older or equal version changes nothing.
 *
 * <p>The versions are read by {@code _id} (one query per batch) and the writes are filtered by {@code _id} alone:
 * every MongoDB-wire server answers both from its {@code _id} index, where a filter that adds a version condition
 * is a collection scan on some (the embedded one's: 1,000 such upserts took 15 s in a collection of 32,000). This
 * relies on one writer per document at a time, which the consumers give: a document belongs to one aggregate's
 * key, so to one partition and its one consumer; a dead letter's replay waits for the consumer's batch, and a
 * rebuild's last catch-up runs while the consumers wait.
 */
public final class VersionGuard {

    public static final String APPLIED_VERSIONS = "appliedVersions";
    /** When the newest event applied to the document occurred: a view is at least this fresh. */
    public static final String LAST_EVENT_AT = "lastEventAt";

    private VersionGuard() {
    }

    /** The key under {@code appliedVersions} that holds the last applied version of the event's aggregate. */
    private static String appliedVersionKey(EventEnvelope<?> event) {
        return event.aggregateKey().replace('.', '_').replace('$', '_');
    }

    /**
     * For views that keep the newest state of an aggregate (events carry snapshots): writes only the newest
     * event of each document in the batch, if the document has not applied it or a newer one. Older events of the
     * same document in the batch share the newest one's outcome, since its snapshot includes their effect.
     */
    public static List<Outcome> upsertNewest(MongoCollection<Document> collection, List<EventEnvelope<?>> events,
                                             Function<EventEnvelope<?>, Object> documentId,
                                             Function<EventEnvelope<?>, Bson> update) {
        Map<Object, Integer> newestIndex = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            Object id = documentId.apply(events.get(i));
            Integer current = newestIndex.get(id);
            if (current == null || events.get(current).aggregateVersion() < events.get(i).aggregateVersion()) {
                newestIndex.put(id, i);
            }
        }
        Map<Object, Document> applied = new HashMap<>();
        collection.find(Filters.in("_id", newestIndex.keySet())).projection(Projections.include(APPLIED_VERSIONS))
                .forEach(document -> applied.put(document.get("_id"), document.get(APPLIED_VERSIONS, Document.class)));
        Map<Object, Outcome> byDocument = new HashMap<>();
        List<Object> written = new ArrayList<>();
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (Map.Entry<Object, Integer> entry : newestIndex.entrySet()) {
            EventEnvelope<?> event = events.get(entry.getValue());
            Document versions = applied.get(entry.getKey());
            Number stored = versions == null ? null : versions.get(appliedVersionKey(event), Number.class);
            if (stored != null && stored.longValue() >= event.aggregateVersion()) {
                byDocument.put(entry.getKey(), Outcome.DUPLICATE);
                continue;
            }
            writes.add(new UpdateOneModel<>(Filters.eq("_id", entry.getKey()), Updates.combine(update.apply(event),
                    Updates.set(APPLIED_VERSIONS + "." + appliedVersionKey(event), event.aggregateVersion()),
                    Updates.max(LAST_EVENT_AT, Date.from(event.occurredAt()))), new UpdateOptions().upsert(true)));
            written.add(entry.getKey());
        }
        List<Outcome> writeOutcomes = execute(collection, writes);
        for (int w = 0; w < written.size(); w++) {
            byDocument.put(written.get(w), writeOutcomes.get(w));
        }
        return events.stream().map(event -> byDocument.get(documentId.apply(event))).toList();
    }

    /** Inserts documents whose {@code _id} identifies the event they record; an existing one is a duplicate. */
    public static List<Outcome> insertOnce(MongoCollection<Document> collection, List<Document> documents) {
        return execute(collection, documents.stream().<WriteModel<Document>>map(InsertOneModel::new).toList());
    }

    /**
     * Runs the writes unordered in one round trip; a duplicate-key failure of a write means the view already had
     * it. Any other failure is thrown, for the consumer to retry the batch.
     */
    public static List<Outcome> execute(MongoCollection<Document> collection, List<WriteModel<Document>> writes) {
        Outcome[] outcomes = new Outcome[writes.size()];
        Arrays.fill(outcomes, Outcome.APPLIED);
        if (writes.isEmpty()) {
            return List.of();
        }
        try {
            collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                outcomes[error.getIndex()] = Outcome.DUPLICATE;
            }
            if (e.getWriteConcernError() != null) {
                throw e;
            }
        }
        return Arrays.asList(outcomes);
    }
}
