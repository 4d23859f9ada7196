package org.wpsnetwork.reporting.members;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.wpsnetwork.contracts.EventEnvelope;
import org.wpsnetwork.contracts.membership.MemberChange;
import org.wpsnetwork.kit.mongo.DocumentMapper;
import org.wpsnetwork.kit.projection.Outcome;
import org.wpsnetwork.kit.projection.Projection;
import org.wpsnetwork.kit.projection.VersionGuard;

import java.util.List;

/**
 * One document per member with its latest profile, status and focal point. Member events carry the whole
 * member, so the view keeps the newest version it has seen and ignores older or repeated ones.
 */
@Component
public class MemberViewProjection implements Projection {

    static final String COLLECTION = "member_views";

    private final MongoCollection<Document> views;
    private final DocumentMapper mapper;

    MemberViewProjection(MongoDatabase database, DocumentMapper mapper) {
        this.views = database.getCollection(COLLECTION);
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return "member-views";
    }

    @Override
    public List<Outcome> apply(List<EventEnvelope<?>> events) {
        return Projection.applyToRelevant(events, event -> event.payload() instanceof MemberChange,
                changes -> VersionGuard.upsertNewest(views, changes, EventEnvelope::aggregateId,
                        event -> Updates.combine(
                                Updates.set("member", mapper.toDocument(((MemberChange) event.payload()).member())),
                                Updates.set("memberVersion", event.aggregateVersion()))));
    }
}
