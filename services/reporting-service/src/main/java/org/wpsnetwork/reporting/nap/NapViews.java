package org.wpsnetwork.reporting.nap;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Members' action plans and progress reports, one document each at the newest version seen. A corrected
 * report is the same document at a later revision, so it replaces the earlier one everywhere. Per member, a
 * document ({@code member_nap}) lists the ids of its plans and reports, so that a member's are read by {@code _id},
 * which every MongoDB-wire server answers from its index (the embedded one scans for any other field).
 */
@Component
public class NapViews implements Projection {

    private static final String PLAN = "plan";
    private static final String REPORT = "report";
    private static final String PLANS = "plan_views";
    private static final String REPORTS = "report_views";
    private static final String BY_MEMBER = "member_nap";
    private static final String PLAN_IDS = "plans";
    private static final String REPORT_IDS = "reports";

    private final MongoCollection<Document> plans;
    private final MongoCollection<Document> reports;
    private final MongoCollection<Document> byMember;
    private final ViewStore store;
    private final DocumentMapper mapper;
    private final UnreadableDocuments unreadable;

    NapViews(ViewStore store, DocumentMapper mapper, UnreadableDocuments unreadable) {
        this.plans = store.collection(PLANS);
        this.reports = store.collection(REPORTS);
        this.byMember = store.collection(BY_MEMBER);
        this.store = store;
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
        listByMember(events);
        return outcomes;
    }

    /** Adds the batch's plans and reports to their members' lists (set-like: applying it twice changes nothing). */
    private void listByMember(List<EventEnvelope<?>> events) {
        Map<String, Set<String>> planIds = new LinkedHashMap<>();
        Map<String, Set<String>> reportIds = new LinkedHashMap<>();
        for (EventEnvelope<?> event : events) {
            if (event.payload() instanceof ActionPlanChange change) {
                planIds.computeIfAbsent(change.plan().memberCode(), m -> new LinkedHashSet<>()).add(change.plan().id());
            } else if (event.payload() instanceof ProgressReportChange change) {
                reportIds.computeIfAbsent(change.report().memberCode(), m -> new LinkedHashSet<>())
                        .add(change.report().id());
            }
        }
        Set<String> members = new LinkedHashSet<>(planIds.keySet());
        members.addAll(reportIds.keySet());
        if (members.isEmpty()) {
            return;
        }
        if (!store.writingAnotherGeneration()) {
            // Views kept from before the lists existed: a member's first list starts with what is stored for it.
            Set<String> listed = new HashSet<>();
            byMember.find(Filters.in("_id", members)).projection(new Document("_id", 1))
                    .forEach(d -> listed.add(d.getString("_id")));
            for (String member : members) {
                if (!listed.contains(member)) {
                    plans.find(Filters.eq(PLAN + ".memberCode", member)).projection(new Document("_id", 1)).forEach(
                            d -> planIds.computeIfAbsent(member, m -> new LinkedHashSet<>()).add(d.getString("_id")));
                    reports.find(Filters.eq(REPORT + ".memberCode", member)).projection(new Document("_id", 1)).forEach(
                            d -> reportIds.computeIfAbsent(member, m -> new LinkedHashSet<>()).add(d.getString("_id")));
                }
            }
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (String member : members) {
            writes.add(new UpdateOneModel<>(Filters.eq("_id", member), Updates.combine(
                    Updates.addEachToSet(PLAN_IDS, List.copyOf(planIds.getOrDefault(member, Set.of()))),
                    Updates.addEachToSet(REPORT_IDS, List.copyOf(reportIds.getOrDefault(member, Set.of())))),
                    new UpdateOptions().upsert(true)));
        }
        byMember.bulkWrite(writes, new BulkWriteOptions().ordered(false));
    }

    /** One member's plans and reports; unreadable documents are left out. */
    public Nap of(String memberCode) {
        Document listed = byMember.find(Filters.eq("_id", memberCode)).first();
        Bson plansOfMember = listed != null ? Filters.in("_id", listed.getList(PLAN_IDS, String.class, List.of()))
                : Filters.eq(PLAN + ".memberCode", memberCode);
        Bson reportsOfMember = listed != null ? Filters.in("_id", listed.getList(REPORT_IDS, String.class, List.of()))
                : Filters.eq(REPORT + ".memberCode", memberCode);
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
