package org.wpsnetwork.reporting.nap;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import org.wpsnetwork.contracts.EventEnvelope;
import org.wpsnetwork.contracts.nap.ActionPlanChange;
import org.wpsnetwork.contracts.nap.ActionPlanSnapshot;
import org.wpsnetwork.contracts.nap.ProgressReportChange;
import org.wpsnetwork.contracts.nap.ProgressReportSnapshot;
import org.wpsnetwork.kit.mongo.DocumentMapper;
import org.wpsnetwork.kit.projection.Outcome;
import org.wpsnetwork.kit.projection.Projection;
import org.wpsnetwork.kit.projection.VersionGuard;

import java.util.ArrayList;
import java.util.List;

/**
 * Members' action plans and progress reports, one document each at the newest version seen. A corrected
 * report is the same document at a later revision, so it replaces the earlier one everywhere.
 */
@Component
public class NapViews implements Projection {

    private static final String PLAN = "plan";
    private static final String REPORT = "report";

    private final MongoCollection<Document> plans;
    private final MongoCollection<Document> reports;
    private final DocumentMapper mapper;

    NapViews(MongoDatabase database, DocumentMapper mapper) {
        this.plans = database.getCollection("plan_views");
        this.reports = database.getCollection("report_views");
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return "nap-views";
    }

    @Override
    public List<Outcome> apply(List<EventEnvelope<?>> events) {
        List<Outcome> planOutcomes = Projection.applyToRelevant(events, e -> e.payload() instanceof ActionPlanChange,
                changes -> VersionGuard.upsertNewest(plans, changes, EventEnvelope::aggregateId,
                        e -> Updates.set(PLAN, mapper.toDocument(((ActionPlanChange) e.payload()).plan()))));
        List<Outcome> reportOutcomes = Projection.applyToRelevant(events,
                e -> e.payload() instanceof ProgressReportChange,
                changes -> VersionGuard.upsertNewest(reports, changes, EventEnvelope::aggregateId,
                        e -> Updates.set(REPORT, mapper.toDocument(((ProgressReportChange) e.payload()).report()))));
        List<Outcome> outcomes = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            outcomes.add(planOutcomes.get(i) != Outcome.IGNORED ? planOutcomes.get(i) : reportOutcomes.get(i));
        }
        return outcomes;
    }

    public List<ActionPlanSnapshot> plansOf(String memberCode) {
        return plans(Filters.eq(PLAN + ".memberCode", memberCode));
    }

    public List<ProgressReportSnapshot> reportsOf(String memberCode) {
        return reports(Filters.eq(REPORT + ".memberCode", memberCode));
    }

    public List<ActionPlanSnapshot> allPlans() {
        return plans(Filters.empty());
    }

    public List<ProgressReportSnapshot> allReports() {
        return reports(Filters.empty());
    }

    private List<ActionPlanSnapshot> plans(Bson filter) {
        List<ActionPlanSnapshot> found = new ArrayList<>();
        plans.find(filter).forEach(d -> found.add(mapper.fromDocument(d.get(PLAN, Document.class), ActionPlanSnapshot.class)));
        return found;
    }

    private List<ProgressReportSnapshot> reports(Bson filter) {
        List<ProgressReportSnapshot> found = new ArrayList<>();
        reports.find(filter).forEach(d -> found.add(mapper.fromDocument(d.get(REPORT, Document.class),
                ProgressReportSnapshot.class)));
        return found;
    }
}
