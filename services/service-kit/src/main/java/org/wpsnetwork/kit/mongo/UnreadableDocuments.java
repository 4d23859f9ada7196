package org.wpsnetwork.kit.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Reads many documents for a view so that one that cannot be read (written by an older build, or by hand)
 * never fails the view for everyone: it is left out, counted in {@code wps.views.unreadable}, logged once with
 * its id, and remembered in {@code unreadable_records} for the secretariat's admin endpoint. The caller learns
 * what was left out, so the view can say it is incomplete.
 */
public class UnreadableDocuments {

    /** The documents read, and the ids ({@code collection/id}) of those left out. */
    public record Read<T>(List<T> values, List<String> skipped) {
    }

    /** A document left out of views: where it is, why, and when it was first and last seen. */
    public record Unreadable(String collection, String id, String reason, Date firstSeenAt, Date lastSeenAt) {
    }

    private static final Logger log = LoggerFactory.getLogger(UnreadableDocuments.class);

    private final MongoCollection<Document> records;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final Set<String> logged = ConcurrentHashMap.newKeySet();

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
            try {
                values.add(reader.apply(document));
            } catch (RuntimeException e) {
                String id = String.valueOf(document.get("_id"));
                skipped.add(name + "/" + id);
                leftOut(name, id, e);
            }
        }
        return new Read<>(values, List.copyOf(skipped));
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
        String reason = e.getClass().getSimpleName() + ": " + firstLine(e.getMessage());
        if (logged.add(key)) {
            log.warn("Left {} out of the views: it cannot be read ({})", key, reason);
            try {
                Date now = Date.from(clock.instant());
                records.updateOne(Filters.eq("_id", key), Updates.combine(
                        Updates.set("collection", collection), Updates.set("documentId", id),
                        Updates.set("reason", reason), Updates.set("lastSeenAt", now),
                        Updates.setOnInsert("firstSeenAt", now)), new UpdateOptions().upsert(true));
            } catch (RuntimeException notRecorded) {
                logged.remove(key);
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
