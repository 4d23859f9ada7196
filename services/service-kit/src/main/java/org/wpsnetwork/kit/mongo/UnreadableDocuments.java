package org.wpsnetwork.kit.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.kit.web.ProblemType;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Reads stored documents so that one that cannot be read (written by an older build, or by hand) never fails a
 * list or a view for everyone: it is left out, counted in {@code wps.views.unreadable}, logged once with its id,
 * and remembered in {@code unreadable_records} for the admin endpoint. The caller of {@link #readAll} learns what
 * was left out, so a view can say it is incomplete; {@link #readOne} answers a 409 naming the way to repair it.
 * A record that reads again (restated, or its view rewritten by a newer event) leaves the list.
 */
public class UnreadableDocuments {

    /** The documents read, and the ids ({@code collection/id}) of those left out. */
    public record Read<T>(List<T> values, List<String> skipped) {
    }

    /** A document left out of views: where it is, why, and when it was first and last seen. */
    public record Unreadable(String collection, String id, String reason, Date firstSeenAt, Date lastSeenAt) {
    }

    private static final Logger log = LoggerFactory.getLogger(UnreadableDocuments.class);
    /** Where an administrator restates an unreadable record of a write service: this, then collection/id. */
    public static final String RESTATE_PATH = "/api/v1/admin/unreadable-records/";

    private final MongoCollection<Document> records;
    private final MeterRegistry metrics;
    private final Clock clock;
    /** Keys ({@code collection/id}) of the records listed as unreadable, loaded once from the list. */
    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean loaded = new AtomicBoolean();

    public UnreadableDocuments(MongoDatabase database, MeterRegistry metrics, Clock clock) {
        this.records = database.getCollection("unreadable_records");
        this.metrics = metrics;
        this.clock = clock;
    }

    public <T> Read<T> readAll(MongoCollection<Document> collection, Iterable<Document> documents,
                               Function<Document, T> reader) {
        List<T> values = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        String name = collection.getNamespace().getCollectionName();
        for (Document document : documents) {
            String id = String.valueOf(document.get("_id"));
            try {
                values.add(read(name, id, document, reader));
            } catch (RuntimeException e) {
                skipped.add(name + "/" + id);
                leftOut(name, id, e);
            }
        }
        return new Read<>(values, List.copyOf(skipped));
    }

    /**
     * Reads one document, e.g. the aggregate a request names.
     *
     * @param label what the record is called in messages to users, e.g. "Action plan"
     * @throws ApiProblemException {@link ProblemType#UNREADABLE_RECORD} (409) naming the repair endpoint
     */
    public <T> T readOne(MongoCollection<Document> collection, Document document, Function<Document, T> reader,
                         String label) {
        String name = collection.getNamespace().getCollectionName();
        String id = String.valueOf(document.get("_id"));
        try {
            return read(name, id, document, reader);
        } catch (RuntimeException e) {
            leftOut(name, id, e);
            throw new ApiProblemException(ProblemType.UNREADABLE_RECORD, label + " '" + id + "' is stored in a form "
                    + "this version cannot read (" + reason(e) + "); an administrator can restate it with PUT "
                    + RESTATE_PATH + name + "/" + id, List.of());
        }
    }

    /** The record reads again: it leaves the list. */
    public void resolved(String collection, String id) {
        String key = collection + "/" + id;
        records.deleteOne(Filters.eq("_id", key));
        known.remove(key);
    }

    private <T> T read(String collection, String id, Document document, Function<Document, T> reader) {
        T value = reader.apply(document);
        loadKnown();
        if (known.contains(collection + "/" + id)) {
            try {
                resolved(collection, id);
            } catch (RuntimeException notResolved) {
                // Still listed: the next read that succeeds tries again.
            }
        }
        return value;
    }

    /** Once per process, so a record repaired before a restart still leaves the list when it reads again. */
    private void loadKnown() {
        if (loaded.compareAndSet(false, true)) {
            try {
                records.find().projection(Projections.include("_id")).forEach(record -> known.add(record.getString("_id")));
            } catch (RuntimeException e) {
                loaded.set(false);
            }
        }
    }

    /** Every document left out of a view since it was first seen, newest first. */
    public List<Unreadable> list() {
        List<Unreadable> found = new ArrayList<>();
        for (Document record : records.find().sort(Sorts.descending("lastSeenAt"))) {
            found.add(new Unreadable(record.getString("collection"), record.getString("documentId"),
                    record.getString("reason"), record.getDate("firstSeenAt"), record.getDate("lastSeenAt")));
        }
        return found;
    }

    private void leftOut(String collection, String id, RuntimeException e) {
        metrics.counter("wps.views.unreadable", "collection", collection).increment();
        String key = collection + "/" + id;
        String reason = reason(e);
        if (known.add(key)) {
            log.warn("Left {} out of the views: it cannot be read ({})", key, reason);
            try {
                Date now = Date.from(clock.instant());
                records.updateOne(Filters.eq("_id", key), Updates.combine(
                        Updates.set("collection", collection), Updates.set("documentId", id),
                        Updates.set("reason", reason), Updates.set("lastSeenAt", now),
                        Updates.setOnInsert("firstSeenAt", now)), new UpdateOptions().upsert(true));
            } catch (RuntimeException notRecorded) {
                known.remove(key);
            }
        }
    }

    private static String reason(RuntimeException e) {
        return e.getClass().getSimpleName() + ": " + firstLine(e.getMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
