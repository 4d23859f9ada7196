package org.wpsnetwork.reporting.network;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.wpsnetwork.contracts.EventEnvelope;
import org.wpsnetwork.contracts.membership.NetworkRolesAssigned;
import org.wpsnetwork.kit.mongo.DocumentMapper;
import org.wpsnetwork.kit.projection.Outcome;
import org.wpsnetwork.kit.projection.Projection;
import org.wpsnetwork.kit.projection.VersionGuard;
import org.wpsnetwork.reporting.views.ViewStore;

import java.util.List;

/**
 * The network's leadership, one document per year holding the whole set of assignments. Kept apart from the
 * member views so that it does not matter whether a member or its role arrives first.
 */
@Component
public class RoleViewProjection implements Projection {

    public static final String COLLECTION = "role_views";

    private final MongoCollection<Document> views;
    private final DocumentMapper mapper;

    RoleViewProjection(ViewStore store, DocumentMapper mapper) {
        this.views = store.collection(COLLECTION);
        // The roles a member held (RolesHeld).
        store.index(COLLECTION, Indexes.ascending("assignments.memberCode"), new IndexOptions().name("assigned_members"));
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return "role-views";
    }

    @Override
    public List<Outcome> apply(List<EventEnvelope<?>> events) {
        return Projection.applyToRelevant(events, event -> event.payload() instanceof NetworkRolesAssigned,
                assignments -> VersionGuard.upsertNewest(views, assignments,
                        event -> ((NetworkRolesAssigned) event.payload()).year(),
                        event -> {
                            NetworkRolesAssigned roles = (NetworkRolesAssigned) event.payload();
                            return Updates.combine(Updates.set("year", roles.year()),
                                    Updates.set("assignments", roles.assignments().stream().map(mapper::toDocument).toList()));
                        }));
    }
}
