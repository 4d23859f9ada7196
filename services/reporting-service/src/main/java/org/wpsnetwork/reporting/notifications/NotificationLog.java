package org.wpsnetwork.reporting.notifications;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import org.wpsnetwork.kit.mongo.IndexPlan;
import org.wpsnetwork.kit.projection.Outcome;
import org.wpsnetwork.kit.projection.VersionGuard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Every notification, recorded once by its key before it is sent (who, what, when): PENDING until the mail server
 * took it, then SENT; NO_ADDRESS when the member has no focal point e-mail; UNCONFIRMED when the service stopped
 * while handing it over (never sent again: a mail may be lost there, never doubled).
 */
@Component
public class NotificationLog {

    /** Where a notification stands. */
    public enum State { PENDING, SENDING, SENT, NO_ADDRESS, UNCONFIRMED }

    /** A recorded notification, as {@code GET /api/v1/reports/notifications} lists it. */
    public record Entry(String key, Notice.Kind kind, String memberCode, String to, String subject, State state,
                        Instant recordedAt, Instant sentAt) {
    }

    private final MongoCollection<Document> log;

    NotificationLog(MongoDatabase database, IndexPlan indexes) {
        this.log = database.getCollection("notifications");
        indexes.index(log, Indexes.ascending("state"), new IndexOptions().name("state"));
        indexes.index(log, Indexes.compoundIndex(Indexes.ascending("memberCode"), Indexes.descending("recordedAt")),
                new IndexOptions().name("member_newest_first"));
    }

    /** Records what is not recorded yet; a notice recorded before (same key) is left as it is. */
    List<Outcome> record(List<Notice> notices, Instant now) {
        List<Document> documents = new ArrayList<>();
        for (Notice notice : notices) {
            documents.add(new Document("_id", notice.key()).append("kind", notice.kind().name())
                    .append("memberCode", notice.memberCode()).append("subject", notice.subject())
                    .append("body", notice.body()).append("state", State.PENDING.name())
                    .append("recordedAt", Date.from(now)));
        }
        return documents.isEmpty() ? List.of() : VersionGuard.insertOnce(log, documents);
    }

    /** Whether a notice with {@code key} is recorded already (whatever became of it). */
    boolean has(String key) {
        return log.countDocuments(Filters.eq("_id", key)) > 0;
    }

    /** Claims a pending notice for sending; false when another instance (or an earlier run) has it. */
    boolean claim(String key) {
        return log.updateOne(Filters.and(Filters.eq("_id", key), Filters.eq("state", State.PENDING.name())),
                Updates.combine(Updates.set("state", State.SENDING.name()), Updates.set("claimedAt", new Date())))
                .getModifiedCount() == 1;
    }

    /** Where a notice ended: SENT to {@code to} at {@code at}, or NO_ADDRESS (then both are null). */
    void settle(String key, State state, String to, Instant at) {
        log.updateOne(Filters.eq("_id", key), Updates.combine(Updates.set("state", state.name()),
                Updates.set("to", to), Updates.set("sentAt", at == null ? null : Date.from(at))));
    }

    void release(String key) {
        log.updateOne(Filters.eq("_id", key), Updates.set("state", State.PENDING.name()));
    }

    /** Notices left SENDING by a run that stopped before the mail server answered. */
    void markUnconfirmed(Instant before) {
        log.updateMany(Filters.and(Filters.eq("state", State.SENDING.name()), Filters.lt("claimedAt",
                Date.from(before))), Updates.set("state", State.UNCONFIRMED.name()));
    }

    List<Document> pending() {
        return log.find(Filters.eq("state", State.PENDING.name())).sort(Sorts.ascending("recordedAt"))
                .into(new ArrayList<>());
    }

    /** Notifications of one member, or all of them, newest first. */
    public List<Entry> list(String memberCode, Notice.Kind kind) {
        List<Bson> filters = new ArrayList<>();
        if (memberCode != null) {
            filters.add(Filters.eq("memberCode", memberCode));
        }
        if (kind != null) {
            filters.add(Filters.eq("kind", kind.name()));
        }
        List<Entry> entries = new ArrayList<>();
        for (Document d : log.find(filters.isEmpty() ? Filters.empty() : Filters.and(filters))
                .sort(Sorts.descending("recordedAt"))) {
            entries.add(new Entry(d.getString("_id"), Notice.Kind.valueOf(d.getString("kind")),
                    d.getString("memberCode"), d.getString("to"), d.getString("subject"),
                    State.valueOf(d.getString("state")), d.getDate("recordedAt").toInstant(),
                    d.getDate("sentAt") == null ? null : d.getDate("sentAt").toInstant()));
        }
        return entries;
    }
}
