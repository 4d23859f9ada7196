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
import org.wpsnetwork.contracts.membership.MemberStatus;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.kit.projection.ProjectionCheckpoints;
import org.wpsnetwork.kit.replicas.MemberReplica;
import org.wpsnetwork.reporting.meetings.MeetingDates;
import org.wpsnetwork.kit.replicas.MeetingReplica;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
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

    /**
     * The network overview. {@code leadership} is the most recent year's roles (null before any are recorded);
     * {@code recommendationsByTheme} counts recommendations of adopted communiqués.
     */
    record NetworkOverview(MemberCounts members, RolesHeld.Leadership leadership, List<MeetingSummary> meetings,
                           Map<RecommendationTheme, Long> recommendationsByTheme,
                           List<DocumentedFigure> documentedFigures, Instant asOf) {
    }

    private final MemberReplica members;
    private final RolesHeld roles;
    private final MeetingReplica meetings;
    private final ProjectionCheckpoints checkpoints;

    NetworkOverviewController(MemberReplica members, RolesHeld roles, MeetingReplica meetings,
                              ProjectionCheckpoints checkpoints) {
        this.members = members;
        this.roles = roles;
        this.meetings = meetings;
        this.checkpoints = checkpoints;
    }

    @GetMapping("/api/v1/reports/network")
    @Operation(summary = "The network overview", description = "Member counts by type and status, the current "
            + "leadership, meetings with attendance counts, recommendations by theme and the figures the documents "
            + "state; asOf is the time of the newest event applied")
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
        return new NetworkOverview(counts(), roles.latest().orElse(null), summaries, byTheme, figures,
                checkpoints.newest().orElse(null));
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
