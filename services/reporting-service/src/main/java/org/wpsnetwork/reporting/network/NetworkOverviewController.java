package org.wpsnetwork.reporting.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wpsnetwork.contracts.meetings.DatePrecision;
import org.wpsnetwork.contracts.meetings.MeetingKind;
import org.wpsnetwork.contracts.meetings.MeetingSnapshot;
import org.wpsnetwork.contracts.meetings.MeetingStatus;
import org.wpsnetwork.contracts.meetings.NetworkFigure;
import org.wpsnetwork.contracts.meetings.Recommendation;
import org.wpsnetwork.contracts.meetings.RecommendationTheme;
import org.wpsnetwork.contracts.meetings.StatedFigure;
import org.wpsnetwork.contracts.membership.MemberSnapshot;
import org.wpsnetwork.contracts.membership.MemberStatus;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.contracts.nap.PlanKind;
import org.wpsnetwork.contracts.nap.PlanStatus;
import org.wpsnetwork.kit.projection.ProjectionCheckpoints;
import org.wpsnetwork.kit.projection.SourceFreshness;
import org.wpsnetwork.kit.replicas.MemberReplica;
import org.wpsnetwork.reporting.meetings.MeetingDates;
import org.wpsnetwork.reporting.nap.MemberProgress;
import org.wpsnetwork.reporting.nap.NetworkProgress;
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

@RestController
@Tag(name = "Network overview", description = "The state of the whole network at a glance")
class NetworkOverviewController {

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

        static ReportingFigures of(NetworkProgress.Snapshot network) {
            ReportingCalendar.Tally all = ReportingCalendar.Tally.NONE;
            Map<Region, ReportingCalendar.Tally> byRegion = new EnumMap<>(Region.class);
            Map<MemberType, ReportingCalendar.Tally> byType = new EnumMap<>(MemberType.class);
            for (Region region : Region.values()) {
                byRegion.put(region, ReportingCalendar.Tally.NONE);
            }
            for (MemberType type : MemberType.values()) {
                byType.put(type, ReportingCalendar.Tally.NONE);
            }
            for (Map.Entry<MemberSnapshot, MemberProgress> entry : network.members().entrySet()) {
                ReportingCalendar.Tally member = entry.getValue().reporting();
                all = all.plus(member);
                byRegion.merge(entry.getKey().region(), member, ReportingCalendar.Tally::plus);
                byType.merge(entry.getKey().type(), member, ReportingCalendar.Tally::plus);
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
    }

    private final MemberReplica members;
    private final RolesHeld roles;
    private final MeetingReplica meetings;
    private final NetworkProgress progress;
    private final ProjectionCheckpoints checkpoints;
    private final SourceFreshness freshness;

    NetworkOverviewController(MemberReplica members, RolesHeld roles, MeetingReplica meetings, NetworkProgress progress,
                              ProjectionCheckpoints checkpoints, SourceFreshness freshness) {
        this.freshness = freshness;
        this.members = members;
        this.roles = roles;
        this.meetings = meetings;
        this.progress = progress;
        this.checkpoints = checkpoints;
    }

    @GetMapping("/api/v1/reports/network")
    @Operation(summary = "The network overview", description = "Member counts by type and status, the current "
            + "leadership, NAP coverage, members by reporting status, reporting rate (received / expected) and "
            + "timeliness (on time / expected) for the network, by region and by type, meetings with attendance counts, recommendations "
            + "by theme and the figures the documents state; asOf is the time of the newest event applied")
    NetworkOverview overview() {
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
        NetworkProgress.Snapshot network = progress.now();
        return new NetworkOverview(counts(), roles.latest().orElse(null), coverage(network), reportingStatus(network),
                ReportingFigures.of(network), summaries, byTheme, figures, network.includesDemoData(), network.skippedRecords(),
                freshness.sources(), checkpoints.newest().orElse(null));
    }

    private static NapCoverage coverage(NetworkProgress.Snapshot network) {
        long states = 0;
        long statesCovered = 0;
        long organizations = 0;
        long organizationsCovered = 0;
        for (Map.Entry<MemberSnapshot, MemberProgress> entry : network.members().entrySet()) {
            boolean state = entry.getKey().type() == MemberType.STATE;
            boolean covered = entry.getValue().plans().stream().anyMatch(plan -> plan.status() == PlanStatus.ACTIVE
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

    private static Map<String, Long> reportingStatus(NetworkProgress.Snapshot network) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ReportingStatus status : ReportingStatus.values()) {
            counts.put(status.name(), 0L);
        }
        counts.put(ReportingStatus.NOT_EXPECTED, 0L);
        for (MemberProgress member : network.members().values()) {
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
