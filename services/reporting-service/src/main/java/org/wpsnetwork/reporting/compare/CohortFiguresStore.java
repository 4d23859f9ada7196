package org.wpsnetwork.reporting.compare;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.wpsnetwork.kit.mongo.DocumentMapper;
import org.wpsnetwork.reporting.members.MemberView;
import org.wpsnetwork.reporting.views.NetworkViews;
import org.wpsnetwork.reporting.views.ViewStore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cohorts' figures for comparisons, materialised: one document per cohort (member type, region) with its
 * median in every row, rewritten with the network's views, so that a comparison reads the members it compares and
 * the documents of their cohorts, never every member.
 */
@Component
class CohortFiguresStore implements NetworkViews.Part {

    static final String COLLECTION = "cohort_figures";
    private static final String FIGURES = "figures";

    private final DocumentMapper mapper;
    private final MongoCollection<Document> cohorts;

    CohortFiguresStore(DocumentMapper mapper, ViewStore store) {
        this.mapper = mapper;
        this.cohorts = store.collection(COLLECTION);
    }

    @Override
    public void rewrite(List<MemberView> activeMembers) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Comparison.CohortFigures figures : Comparison.cohortFigures(activeMembers)) {
            String id = figures.cohort().id();
            writes.add(new ReplaceOneModel<>(Filters.eq("_id", id), new Document("_id", id)
                    .append(FIGURES, mapper.toDocument(figures)), new ReplaceOptions().upsert(true)));
            ids.add(id);
        }
        if (!writes.isEmpty()) {
            cohorts.bulkWrite(writes);
        }
        cohorts.deleteMany(Filters.nin("_id", ids));
    }

    /** The figures of these cohorts (ids "type:STATE", "region:EUROPE"), of those that have active members. */
    Map<String, Comparison.CohortFigures> find(Collection<String> ids) {
        Map<String, Comparison.CohortFigures> found = new HashMap<>();
        cohorts.find(Filters.in("_id", ids)).forEach(d -> found.put(d.getString("_id"),
                mapper.fromDocument(d.get(FIGURES, Document.class), Comparison.CohortFigures.class)));
        return found;
    }
}
