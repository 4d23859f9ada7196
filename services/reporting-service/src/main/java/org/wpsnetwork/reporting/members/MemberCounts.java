package org.wpsnetwork.reporting.members;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.wpsnetwork.contracts.membership.MemberStatus;
import org.wpsnetwork.contracts.membership.MemberType;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts the members in the views by type and status. */
@Component
public class MemberCounts {

    /** Members of one type (or all) by status. */
    public record ByStatus(long total, long active, long withdrawn) {

        static final ByStatus NONE = new ByStatus(0, 0, 0);

        ByStatus plus(MemberStatus status, long count) {
            return status == MemberStatus.ACTIVE ? new ByStatus(total + count, active + count, withdrawn)
                    : new ByStatus(total + count, active, withdrawn + count);
        }
    }

    /** All members, and the same split by type. */
    public record Counts(ByStatus all, Map<MemberType, ByStatus> byType) {
    }

    private final MongoCollection<Document> views;

    MemberCounts(MongoDatabase database) {
        this.views = database.getCollection(MemberViewProjection.COLLECTION);
    }

    public Counts count() {
        ByStatus all = ByStatus.NONE;
        Map<MemberType, ByStatus> byType = new EnumMap<>(MemberType.class);
        for (MemberType type : MemberType.values()) {
            byType.put(type, ByStatus.NONE);
        }
        List<Document> groups = views.aggregate(List.of(Aggregates.group(
                new Document("type", "$member.type").append("status", "$member.status"),
                Accumulators.sum("count", 1)))).into(new ArrayList<>());
        for (Document group : groups) {
            Document key = group.get("_id", Document.class);
            MemberType type = MemberType.valueOf(key.getString("type"));
            MemberStatus status = MemberStatus.valueOf(key.getString("status"));
            long count = group.get("count", Number.class).longValue();
            byType.put(type, byType.get(type).plus(status, count));
            all = all.plus(status, count);
        }
        return new Counts(all, byType);
    }
}
