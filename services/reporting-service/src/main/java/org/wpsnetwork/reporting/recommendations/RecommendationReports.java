package org.wpsnetwork.reporting.recommendations;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.wpsnetwork.contracts.meetings.Addressee;
import org.wpsnetwork.contracts.meetings.MeetingSnapshot;
import org.wpsnetwork.contracts.meetings.Recommendation;
import org.wpsnetwork.contracts.meetings.RecommendationTheme;
import org.wpsnetwork.contracts.nap.Completion;
import org.wpsnetwork.kit.mongo.DocumentMapper;
import org.wpsnetwork.kit.mongo.FoundPage;
import org.wpsnetwork.kit.replicas.MeetingReplica;
import org.wpsnetwork.kit.web.PageRequest;
import org.wpsnetwork.reporting.members.MemberView;
import org.wpsnetwork.reporting.members.MemberViews;
import org.wpsnetwork.reporting.views.NetworkViews;
import org.wpsnetwork.reporting.views.ViewStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The recommendations report, materialised: one document per recommendation with the active members at each
 * completion level, rewritten with the network's views, so that the list is one indexed query and one
 * recommendation one document.
 */
@Component
class RecommendationReports implements NetworkViews.Part {

    /**
     * One recommendation with the meeting that adopted it (adoptedOn is null while the communiqué is pending), and
     * how many active members report each completion level on it; {@code NO_EVIDENCE} counts the members it is
     * addressed to that have reported nothing.
     */
    record RecommendationReport(String id, String meetingId, String meetingTitle, LocalDate adoptedOn,
                                RecommendationTheme theme, Addressee addressee, String summary, String paragraphRef,
                                Map<String, Long> completion) {
    }

    /** A recommendation's report and the codes of the active members at each level (sorted). */
    record Stored(RecommendationReport report, Map<String, List<String>> membersByLevel) {
    }

    static final String COLLECTION = "recommendation_reports";
    private static final String STORED = "stored";

    private final MeetingReplica meetings;
    private final DocumentMapper mapper;
    private final MongoCollection<Document> reports;

    RecommendationReports(MeetingReplica meetings, DocumentMapper mapper, ViewStore store) {
        this.meetings = meetings;
        this.mapper = mapper;
        this.reports = store.collection(COLLECTION);
        store.index(COLLECTION, Indexes.ascending("order"), new IndexOptions().name("order"));
        store.index(COLLECTION, Indexes.ascending("theme", "order"), new IndexOptions().name("theme"));
        store.index(COLLECTION, Indexes.ascending("meetingId", "order"), new IndexOptions().name("meeting"));
    }

    @Override
    public void rewrite(List<MemberView> activeMembers) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, Map<String, String>> reported = new HashMap<>();
        activeMembers.forEach(view -> reported.put(view.member().code(), completions(view)));
        int order = 0;
        for (MeetingSnapshot meeting : meetings.all()) {
            for (Recommendation r : meeting.recommendations()) {
                Map<String, List<String>> members = membersByLevel(r, activeMembers, reported);
                Document document = new Document("_id", r.id()).append("order", order++)
                        .append("theme", r.theme().name()).append("meetingId", meeting.id())
                        .append(STORED, mapper.toDocument(new Stored(report(meeting, r, members), members)));
                writes.add(new ReplaceOneModel<>(Filters.eq("_id", r.id()), document, new ReplaceOptions().upsert(true)));
                ids.add(r.id());
            }
        }
        if (!writes.isEmpty()) {
            reports.bulkWrite(writes);
        }
        reports.deleteMany(Filters.nin("_id", ids));
    }

    /** The reports that match, newest meeting first, one page of them. */
    FoundPage<RecommendationReport> find(RecommendationTheme theme, String meetingId, PageRequest page) {
        return FoundPage.find(reports, Sorts.ascending("order"), page, d -> stored(d).report(),
                theme == null ? null : Filters.eq("theme", theme.name()),
                meetingId == null ? null : Filters.eq("meetingId", meetingId));
    }

    Optional<Stored> find(String id) {
        return Optional.ofNullable(reports.find(Filters.eq("_id", id)).first()).map(this::stored);
    }

    private Stored stored(Document document) {
        return mapper.fromDocument(document.get(STORED, Document.class), Stored.class);
    }

    private static RecommendationReport report(MeetingSnapshot meeting, Recommendation r,
                                               Map<String, List<String>> members) {
        Map<String, Long> counts = new LinkedHashMap<>();
        members.forEach((level, codes) -> counts.put(level, (long) codes.size()));
        return new RecommendationReport(r.id(), meeting.id(), meeting.title(), meeting.communiqueAdoptedOn(),
                r.theme(), r.addressee(), r.summary(), r.paragraphRef(), counts);
    }

    private static Map<String, List<String>> membersByLevel(Recommendation recommendation, List<MemberView> network,
                                                            Map<String, Map<String, String>> reported) {
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (Completion level : Completion.values()) {
            members.put(level.name(), new ArrayList<>());
        }
        members.put(MemberViews.NO_EVIDENCE, new ArrayList<>());
        for (MemberView view : network) {
            String level = reported.get(view.member().code()).get(recommendation.id());
            if (level != null) {
                members.computeIfAbsent(level, l -> new ArrayList<>()).add(view.member().code());
            } else if (MemberViews.addressedTo(recommendation, view.member().type())) {
                members.get(MemberViews.NO_EVIDENCE).add(view.member().code());
            }
        }
        members.values().forEach(codes -> codes.sort(null));
        return members;
    }

    /** The levels the member reported, by recommendation. */
    private static Map<String, String> completions(MemberView view) {
        Map<String, String> levels = new HashMap<>();
        view.recommendations().stream().filter(r -> !MemberViews.NO_EVIDENCE.equals(r.completion()))
                .forEach(r -> levels.put(r.id(), r.completion()));
        return levels;
    }
}
