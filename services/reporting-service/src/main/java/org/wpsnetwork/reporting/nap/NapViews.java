package org.wpsnetwork.reporting.nap;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
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
import org.wpsnetwork.kit.mongo.UnreadableDocuments;
import org.wpsnetwork.kit.projection.Outcome;
import org.wpsnetwork.kit.projection.Projection;
import org.wpsnetwork.kit.projection.VersionGuard;
import org.wpsnetwork.reporting.views.ViewStore;

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
    private static final String PLANS = "plan_views";
    private static final String REPORTS = "report_views";

    private final MongoCollection<Document> plans;
    private final MongoCollection<Document> reports;
    private final DocumentMapper mapper;
    private final UnreadableDocuments unreadable;

    NapViews(ViewStore store, DocumentMapper mapper, UnreadableDocuments unreadable) {
        this.plans = store.collection(PLANS);
        this.reports = store.collection(REPORTS);
        store.index(PLANS, Indexes.ascending(PLAN + ".memberCode"), new IndexOptions().name("member"));
        store.index(REPORTS, Indexes.ascending(REPORT + ".memberCode"), new IndexOptions().name("member"));
        this.mapper = mapper;
        this.unreadable = unreadable;
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

    /** One member's plans and reports, or every member's for {@code null}; unreadable documents are left out. */
    public Nap of(String memberCode) {
        Bson plansOfMember = memberCode == null ? Filters.empty() : Filters.eq(PLAN + ".memberCode", memberCode);
        Bson reportsOfMember = memberCode == null ? Filters.empty() : Filters.eq(REPORT + ".memberCode", memberCode);
        UnreadableDocuments.Read<ActionPlanSnapshot> foundPlans = unreadable.readAll(plans, plans.find(plansOfMember),
                d -> mapper.fromDocument(d.get(PLAN, Document.class), ActionPlanSnapshot.class));
        UnreadableDocuments.Read<ProgressReportSnapshot> foundReports = unreadable.readAll(reports,
                reports.find(reportsOfMember),
                d -> mapper.fromDocument(d.get(REPORT, Document.class), ProgressReportSnapshot.class));
        List<String> skipped = new ArrayList<>(foundPlans.skipped());
        skipped.addAll(foundReports.skipped());
        return new Nap(foundPlans.values(), foundReports.values(), List.copyOf(skipped));
    }

    /** Plans and reports as read, and the documents ({@code collection/id}) that could not be read. */
    public record Nap(List<ActionPlanSnapshot> plans, List<ProgressReportSnapshot> reports, List<String> skipped) {
    }
}
