package org.wpsnetwork.kit.projection;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
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
 * the last version it applied of every source aggregate; a write for an older or equal version matches no
 * document, and the upsert it then attempts collides on {@code _id}, which is reported as a duplicate.
 */
public final class VersionGuard {

    public static final String APPLIED_VERSIONS = "appliedVersions";
    /** When the newest event applied to the document occurred: a view is at least this fresh. */
    public static final String LAST_EVENT_AT = "lastEventAt";

    private VersionGuard() {
    }

    /** The field that holds the last applied version of the event's aggregate. */
    public static String appliedVersionField(EventEnvelope<?> event) {
        return APPLIED_VERSIONS + "." + event.aggregateKey().replace('.', '_').replace('$', '_');
    }

    /** Upserts {@code update} into document {@code id} unless it already reflects this event's version or a newer one. */
    public static UpdateOneModel<Document> upsertIfNewer(Object id, EventEnvelope<?> event, Bson update) {
        String field = appliedVersionField(event);
        return new UpdateOneModel<>(
                Filters.and(Filters.eq("_id", id),
                        Filters.or(Filters.exists(field, false), Filters.lt(field, event.aggregateVersion()))),
                Updates.combine(update, Updates.set(field, event.aggregateVersion()),
                        Updates.max(LAST_EVENT_AT, Date.from(event.occurredAt()))),
                new UpdateOptions().upsert(true));
    }

    /**
     * For views that keep the newest state of an aggregate (events carry snapshots): writes only the newest
     * event of each document in the batch, guarded by version. Older events of the same document in the batch
     * share the newest one's outcome, since its snapshot includes their effect.
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
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (Map.Entry<Object, Integer> entry : newestIndex.entrySet()) {
            EventEnvelope<?> event = events.get(entry.getValue());
            writes.add(upsertIfNewer(entry.getKey(), event, update.apply(event)));
        }
        List<Outcome> writeOutcomes = execute(collection, writes);
        Map<Object, Outcome> byDocument = new HashMap<>();
        int w = 0;
        for (Object id : newestIndex.keySet()) {
            byDocument.put(id, writeOutcomes.get(w++));
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
