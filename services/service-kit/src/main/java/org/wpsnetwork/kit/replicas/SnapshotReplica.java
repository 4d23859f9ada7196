package org.wpsnetwork.kit.replicas;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.wpsnetwork.contracts.EventEnvelope;
import org.wpsnetwork.kit.mongo.DocumentMapper;
import org.wpsnetwork.kit.projection.Outcome;
import org.wpsnetwork.kit.projection.Projection;
import org.wpsnetwork.kit.projection.VersionGuard;

import java.util.List;
import java.util.function.Function;

/**
 * A copy of another service's aggregates kept from its events. Their events carry the whole aggregate as it
 * stands after the change, so the copy keeps, per aggregate, the newest snapshot it has seen (in the field
 * {@code field} of one document per aggregate id) and ignores older or repeated events.
 *
 * @param <S> the snapshot type, e.g. a member
 */
public abstract class SnapshotReplica<S> implements Projection {

    protected final MongoCollection<Document> collection;
    private final DocumentMapper mapper;
    private final String field;
    private final String name;
    private final Class<S> snapshotType;
    private final Function<Object, S> snapshotOf;

    /**
     * @param name       the projection's name in metrics and logs, e.g. "member-replica"
     * @param snapshotOf the snapshot an event payload carries, or null for payloads of other aggregates
     */
    protected SnapshotReplica(String name, MongoCollection<Document> collection, DocumentMapper mapper, String field,
                              Class<S> snapshotType, Function<Object, S> snapshotOf) {
        this.name = name;
        this.collection = collection;
        this.mapper = mapper;
        this.field = field;
        this.snapshotType = snapshotType;
        this.snapshotOf = snapshotOf;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Outcome> apply(List<EventEnvelope<?>> events) {
        return Projection.applyToRelevant(events, event -> snapshotOf.apply(event.payload()) != null,
                changes -> VersionGuard.upsertNewest(collection, changes, EventEnvelope::aggregateId,
                        event -> Updates.set(field, mapper.toDocument(snapshotOf.apply(event.payload())))));
    }

    protected S snapshot(Document document) {
        return mapper.fromDocument(document.get(field, Document.class), snapshotType);
    }
}
