package org.wpsnetwork.reporting.network;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.wpsnetwork.kit.mongo.DocumentMapper;
import org.wpsnetwork.reporting.members.MemberView;
import org.wpsnetwork.reporting.views.NetworkViews;
import org.wpsnetwork.reporting.views.ViewStore;
import org.wpsnetwork.contracts.meetings.DatePrecision;
import org.wpsnetwork.contracts.meetings.MeetingKind;
import org.wpsnetwork.contracts.meetings.MeetingSnapshot;
import org.wpsnetwork.contracts.meetings.MeetingStatus;
import org.wpsnetwork.contracts.meetings.NetworkFigure;
import org.wpsnetwork.contracts.meetings.Recommendation;
import org.wpsnetwork.contracts.meetings.RecommendationTheme;
import org.wpsnetwork.contracts.meetings.StatedFigure;
import org.wpsnetwork.contracts.membership.MemberStatus;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.contracts.nap.PlanKind;
import org.wpsnetwork.contracts.nap.PlanStatus;
import org.wpsnetwork.kit.projection.SourceFreshness;
import org.wpsnetwork.kit.replicas.MemberReplica;
import org.wpsnetwork.reporting.meetings.MeetingDates;
import org.wpsnetwork.reporting.nap.ReportingCalendar;
import org.wpsnetwork.reporting.nap.ReportingStatus;
import org.wpsnetwork.kit.replicas.MeetingReplica;
import org.wpsnetwork.reporting.Shares;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The network overview, materialised: one document, rewritten from the active members' views after every batch
 * that changed one of them (and on the daily tick), so that a read is that document and how fresh its sources are.
 */
@Component
public class NetworkOverviews implements NetworkViews.Part {

    /** Members of one type (or all) by status. */
    record ByStatus(long total, long active, long withdrawn) {
    }

    record MemberCounts(ByStatus all, Map<MemberType, ByStatus> byType) {
    }

    /** A meeting in the overview; attendeeCount is null where no attendance list is on record. */
    record MeetingSummary(String id, String title, MeetingKind kind, Integer ordinal, LocalDate startDate,
                          DatePrecision datePrecision, String dates, String city, MeetingStatus status,
                          Integer attendeeCount, int recommendationCount, LocalDate communiqueAdoptedOn) {
    }

    /** A figure about the network as a meeting's document states it. */
    record DocumentedFigure(String meetingId, NetworkFigure figure, int value, StatedFigure.Qualifier qualifier,
                            LocalDate asOf) {
    }

    /** How many of the active members of a type have an active plan of the kinds they adopt; share is null for none. */
    record Coverage(long members, long withActivePlan, Double share) {

        static Coverage of(long members, long withActivePlan) {
            return new Coverage(members, withActivePlan,
                    Shares.of(withActivePlan, members));
        }
    }

    /**
     * Expected, received and on-time reports of the active members, for the network, by region and by member type
     * (every region and type listed); the reports behind each number are in {@code GET
     * /api/v1/reports/reporting-calendar}.
     */
    record ReportingFigures(ReportingCalendar.Tally network, Map<Region, ReportingCalendar.Tally> byRegion,
                            Map<MemberType, ReportingCalendar.Tally> byType) {

        static ReportingFigures of(List<MemberView> network) {
            ReportingCalendar.Tally all = ReportingCalendar.Tally.NONE;
            Map<Region, ReportingCalendar.Tally> byRegion = new EnumMap<>(Region.class);
            Map<MemberType, ReportingCalendar.Tally> byType = new EnumMap<>(MemberType.class);
            for (Region region : Region.values()) {
                byRegion.put(region, ReportingCalendar.Tally.NONE);
            }
            for (MemberType type : MemberType.values()) {
                byType.put(type, ReportingCalendar.Tally.NONE);
            }
            for (MemberView view : network) {
                ReportingCalendar.Tally member = view.reporting();
                all = all.plus(member);
                byRegion.merge(view.member().region(), member, ReportingCalendar.Tally::plus);
                byType.merge(view.member().type(), member, ReportingCalendar.Tally::plus);
            }
            return new ReportingFigures(all, byRegion, byType);
        }
    }

    /** NAP coverage of active states; RAP or strategy coverage of active regional organizations. */
    record NapCoverage(Coverage states, Coverage regionalOrganizations) {
    }

    /**
     * The network overview. {@code leadership} is the most recent year's roles (null before any are recorded);
     * {@code recommendationsByTheme} counts recommendations of adopted communiqués; {@code reportingStatus}
     * counts active members by reporting status ({@code NOT_EXPECTED}: no active plan and no report);
     * {@code reporting} gives the reporting rate and timeliness of the active members' calendars.
     * {@code includesDemoData} warns that made-up plans or reports are counted; {@code skippedRecords} lists stored
     * records that could not be read and are not counted (normally none); {@code freshness} says per source topic
     * when its newest applied event occurred and whether its consumer is stalled; {@code asOf} is the newest of
     * those times.
     */
    record NetworkOverview(MemberCounts members, RolesHeld.Leadership leadership, NapCoverage napCoverage,
                           Map<String, Long> reportingStatus, ReportingFigures reporting,
                           List<MeetingSummary> meetings,
                           Map<RecommendationTheme, Long> recommendationsByTheme,
                           List<DocumentedFigure> documentedFigures, boolean includesDemoData,
                           List<String> skippedRecords, List<SourceFreshness.Source> freshness, Instant asOf) {

        /** The overview as materialised, with how fresh its sources are at the time of reading. */
        NetworkOverview freshAt(List<SourceFreshness.Source> sources, Instant newest) {
            return new NetworkOverview(members, leadership, napCoverage, reportingStatus, reporting, meetings,
                    recommendationsByTheme, documentedFigures, includesDemoData, skippedRecords, sources, newest);
        }
    }

    static final String COLLECTION = "network_overview";
    private static final String NETWORK = "network";
    private static final String OVERVIEW = "overview";

    private final MemberReplica members;
    private final RolesHeld roles;
    private final MeetingReplica meetings;
    private final DocumentMapper mapper;
    private final MongoCollection<Document> overviews;

    NetworkOverviews(MemberReplica members, RolesHeld roles, MeetingReplica meetings, DocumentMapper mapper,
                     ViewStore store) {
        this.members = members;
        this.roles = roles;
        this.meetings = meetings;
        this.mapper = mapper;
        this.overviews = store.collection(COLLECTION);
    }

    /** What every network-wide view says about what it counts. */
    public record Totals(boolean includesDemoData, List<String> skippedRecords) {
    }

    public Totals totals() {
        return stored().map(o -> new Totals(o.includesDemoData(), o.skippedRecords()))
                .orElse(new Totals(false, List.of()));
    }

    /** The overview as last materialised, without its freshness; empty before the first. */
    Optional<NetworkOverview> stored() {
        return Optional.ofNullable(overviews.find(Filters.eq("_id", NETWORK)).first())
                .map(d -> mapper.fromDocument(d.get(OVERVIEW, Document.class), NetworkOverview.class));
    }

    @Override
    public void rewrite(List<MemberView> network) {
        List<MeetingSnapshot> all = meetings.all();
        List<MeetingSummary> summaries = new ArrayList<>();
        Map<RecommendationTheme, Long> byTheme = new EnumMap<>(RecommendationTheme.class);
        for (RecommendationTheme theme : RecommendationTheme.values()) {
            byTheme.put(theme, 0L);
        }
        List<DocumentedFigure> figures = new ArrayList<>();
        for (MeetingSnapshot meeting : all) {
            summaries.add(new MeetingSummary(meeting.id(), meeting.title(), meeting.kind(), meeting.ordinal(),
                    meeting.startDate(), meeting.datePrecision(), MeetingDates.describe(meeting), meeting.city(),
                    meeting.status(), meeting.attendanceRecorded() ? meeting.attendees().size() : null,
                    meeting.recommendations().size(), meeting.communiqueAdoptedOn()));
            if (meeting.communiqueAdoptedOn() != null) {
                for (Recommendation recommendation : meeting.recommendations()) {
                    byTheme.merge(recommendation.theme(), 1L, Long::sum);
                }
            }
            for (StatedFigure figure : meeting.statedFigures()) {
                figures.add(new DocumentedFigure(meeting.id(), figure.figure(), figure.value(), figure.qualifier(),
                        figure.asOf()));
            }
        }
        boolean demo = network.stream().anyMatch(MemberView::includesDemoData);
        List<String> skipped = network.stream().flatMap(v -> v.skippedRecords().stream()).toList();
        NetworkOverview overview = new NetworkOverview(counts(), roles.latest().orElse(null), coverage(network),
                reportingStatus(network), ReportingFigures.of(network), summaries, byTheme, figures, demo, skipped,
                List.of(), null);
        overviews.replaceOne(Filters.eq("_id", NETWORK), new Document("_id", NETWORK)
                .append(OVERVIEW, mapper.toDocument(overview)), new ReplaceOptions().upsert(true));
    }

    private static NapCoverage coverage(List<MemberView> network) {
        long states = 0;
        long statesCovered = 0;
        long organizations = 0;
        long organizationsCovered = 0;
        for (MemberView view : network) {
            boolean state = view.member().type() == MemberType.STATE;
            boolean covered = view.actionPlans().stream().anyMatch(plan -> plan.status() == PlanStatus.ACTIVE
                    && (state ? plan.kind() == PlanKind.NAP : plan.kind() != PlanKind.NAP));
            if (state) {
                states++;
                statesCovered += covered ? 1 : 0;
            } else {
                organizations++;
                organizationsCovered += covered ? 1 : 0;
            }
        }
        return new NapCoverage(Coverage.of(states, statesCovered), Coverage.of(organizations, organizationsCovered));
    }

    private static Map<String, Long> reportingStatus(List<MemberView> network) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ReportingStatus status : ReportingStatus.values()) {
            counts.put(status.name(), 0L);
        }
        counts.put(ReportingStatus.NOT_EXPECTED, 0L);
        for (MemberView member : network) {
            counts.merge(ReportingStatus.nameOf(member.reportingStatus()), 1L, Long::sum);
        }
        return counts;
    }

    private MemberCounts counts() {
        Map<MemberType, ByStatus> byType = new EnumMap<>(MemberType.class);
        long active = 0;
        long withdrawn = 0;
        for (Map.Entry<MemberType, Map<MemberStatus, Long>> type : members.countByTypeAndStatus().entrySet()) {
            long typeActive = type.getValue().get(MemberStatus.ACTIVE);
            long typeWithdrawn = type.getValue().get(MemberStatus.WITHDRAWN);
            byType.put(type.getKey(), new ByStatus(typeActive + typeWithdrawn, typeActive, typeWithdrawn));
            active += typeActive;
            withdrawn += typeWithdrawn;
        }
        return new MemberCounts(new ByStatus(active + withdrawn, active, withdrawn), byType);
    }
}
