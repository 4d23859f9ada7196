package org.wpsnetwork.kit.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How fresh each consumer's views are: the time of the newest event it applied. Every read model answers
 * with it as {@code asOf}.
 */
public class ProjectionCheckpoints {

    private final MongoCollection<Document> checkpoints;

    public ProjectionCheckpoints(MongoDatabase database) {
        this.checkpoints = database.getCollection("projection_checkpoints");
    }

    public void advance(String consumer, Instant newestEventAt, Instant appliedAt, long applied) {
        checkpoints.updateOne(Filters.eq("_id", consumer),
                Updates.combine(
                        Updates.max("lastEventAt", Date.from(newestEventAt)),
                        Updates.set("lastAppliedAt", Date.from(appliedAt)),
                        Updates.inc("eventsApplied", applied)),
                new UpdateOptions().upsert(true));
    }

    /**
     * How fresh a view is: the newest event applied anywhere, or the view's own last event if that is newer
     * (the consumer writes its checkpoint just after the views).
     */
    public Optional<Instant> asOf(Instant viewLastEventAt) {
        Optional<Instant> own = Optional.ofNullable(viewLastEventAt);
        Optional<Instant> overall = newest();
        if (own.isEmpty() || overall.isEmpty()) {
            return own.isPresent() ? own : overall;
        }
        return Optional.of(own.get().isAfter(overall.get()) ? own.get() : overall.get());
    }

    /** Every consumer's checkpoint document, by consumer name. */
    public Map<String, Document> all() {
        Map<String, Document> all = new LinkedHashMap<>();
        checkpoints.find().forEach(document -> all.put(document.getString("_id"), document));
        return all;
    }

    /** The occurrence time of the newest event any consumer of this service applied: how fresh its views are. */
    public Optional<Instant> newest() {
        Document newest = checkpoints.find().sort(Sorts.descending("lastEventAt")).first();
        return Optional.ofNullable(newest).map(document -> document.getDate("lastEventAt")).map(Date::toInstant);
    }
}
