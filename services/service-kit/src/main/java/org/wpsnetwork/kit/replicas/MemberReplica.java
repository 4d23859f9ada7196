package org.wpsnetwork.kit.replicas;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.wpsnetwork.contracts.membership.MemberChange;
import org.wpsnetwork.contracts.membership.MemberSnapshot;
import org.wpsnetwork.contracts.membership.MemberStatus;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.kit.mongo.DocumentMapper;
import org.wpsnetwork.kit.projection.VersionGuard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A service's own copy of the network's members, built from {@code wps.membership.events}: what a service
 * needs of membership without ever calling the membership service. Member events carry the whole member, so
 * the copy keeps the newest version it has seen of each and ignores older or repeated ones.
 */
public class MemberReplica extends SnapshotReplica<MemberSnapshot> {

    private static final String MEMBER = "member";

    /** A replicated member and when its newest applied event occurred. */
    public record Replicated(MemberSnapshot member, Instant lastEventAt) {
    }

    /**
     * @param name the projection's name in metrics and logs, e.g. "member-views"
     */
    public MemberReplica(String name, MongoCollection<Document> members, DocumentMapper mapper) {
        super(name, members, mapper, MEMBER, MemberSnapshot.class,
                payload -> payload instanceof MemberChange change ? change.member() : null);
    }

    public Optional<Replicated> find(String code) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", code)).first()).map(this::replicated);
    }

    /** The members among {@code codes} that the replica knows, by code. */
    public Map<String, MemberSnapshot> findAll(Collection<String> codes) {
        Map<String, MemberSnapshot> found = new LinkedHashMap<>();
        for (Document document : collection.find(Filters.in("_id", codes))) {
            MemberSnapshot member = snapshot(document);
            found.put(member.code(), member);
        }
        return found;
    }

    /** Members sorted by code; a null filter does not filter. */
    public List<MemberSnapshot> list(MemberType type, MemberStatus status, Region region) {
        List<Bson> filters = new ArrayList<>();
        if (type != null) {
            filters.add(Filters.eq(MEMBER + ".type", type.name()));
        }
        if (status != null) {
            filters.add(Filters.eq(MEMBER + ".status", status.name()));
        }
        if (region != null) {
            filters.add(Filters.eq(MEMBER + ".region", region.name()));
        }
        List<MemberSnapshot> list = new ArrayList<>();
        for (Document document : collection.find(filters.isEmpty() ? Filters.empty() : Filters.and(filters))
                .sort(Sorts.ascending("_id"))) {
            list.add(snapshot(document));
        }
        return list;
    }

    /** How many members there are of each type in each status (zero where there are none). */
    public Map<MemberType, Map<MemberStatus, Long>> countByTypeAndStatus() {
        Map<MemberType, Map<MemberStatus, Long>> counts = new EnumMap<>(MemberType.class);
        for (MemberType type : MemberType.values()) {
            Map<MemberStatus, Long> byStatus = new EnumMap<>(MemberStatus.class);
            for (MemberStatus status : MemberStatus.values()) {
                byStatus.put(status, 0L);
            }
            counts.put(type, byStatus);
        }
        for (Document group : collection.aggregate(List.of(Aggregates.group(
                new Document("type", "$" + MEMBER + ".type").append("status", "$" + MEMBER + ".status"),
                Accumulators.sum("count", 1))))) {
            Document key = group.get("_id", Document.class);
            counts.get(MemberType.valueOf(key.getString("type")))
                    .put(MemberStatus.valueOf(key.getString("status")), group.get("count", Number.class).longValue());
        }
        return counts;
    }

    private Replicated replicated(Document document) {
        Date last = document.getDate(VersionGuard.LAST_EVENT_AT);
        return new Replicated(snapshot(document), last == null ? null : last.toInstant());
    }
}
