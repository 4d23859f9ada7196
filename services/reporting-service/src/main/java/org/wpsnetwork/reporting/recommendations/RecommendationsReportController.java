package org.wpsnetwork.reporting.recommendations;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.kit.web.PageRequest;
import org.wpsnetwork.kit.web.Pages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wpsnetwork.contracts.meetings.Addressee;
import org.wpsnetwork.contracts.meetings.MeetingSnapshot;
import org.wpsnetwork.contracts.meetings.Recommendation;
import org.wpsnetwork.contracts.meetings.RecommendationTheme;
import org.wpsnetwork.contracts.nap.Completion;
import org.wpsnetwork.kit.projection.ProjectionCheckpoints;
import org.wpsnetwork.kit.projection.SourceFreshness;
import org.wpsnetwork.kit.replicas.MeetingReplica;
import org.wpsnetwork.reporting.members.MemberViews;
import org.wpsnetwork.reporting.nap.MemberProgress;
import org.wpsnetwork.reporting.nap.NetworkProgress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@RestController
@Tag(name = "Recommendations", description = "The network's commitments, as adopted in its communiqués")
class RecommendationsReportController {

    /**
     * One recommendation with the meeting that adopted it (adoptedOn is null while the communiqué is pending), and
     * how many active members report each completion level on it; {@code NO_EVIDENCE} counts the members it is
     * addressed to that have reported nothing.
     */
    record RecommendationReport(String id, String meetingId, String meetingTitle, LocalDate adoptedOn,
                                RecommendationTheme theme, Addressee addressee, String summary, String paragraphRef,
                                Map<String, Long> completion) {
    }

    record RecommendationsReport(List<RecommendationReport> recommendations, boolean includesDemoData,
                                 List<String> skippedRecords, List<SourceFreshness.Source> freshness, Instant asOf) {
    }

    private final MeetingReplica meetings;
    private final NetworkProgress progress;
    private final SourceFreshness freshness;
    private final ProjectionCheckpoints checkpoints;

    RecommendationsReportController(MeetingReplica meetings, NetworkProgress progress,
                                    ProjectionCheckpoints checkpoints, SourceFreshness freshness) {
        this.freshness = freshness;
        this.meetings = meetings;
        this.progress = progress;
        this.checkpoints = checkpoints;
    }

    @GetMapping("/api/v1/reports/recommendations")
    @Operation(summary = "Every recommendation with its meeting and theme, newest meeting first",
            description = "Filter by theme and meeting. Per recommendation: how many active members report each "
                    + "completion level, and how many of those it is addressed to have reported nothing (NO_EVIDENCE)")
    ResponseEntity<RecommendationsReport> recommendations(@RequestParam(required = false) RecommendationTheme theme,
                                                          @RequestParam(required = false) String meetingId,
                                                          @ParameterObject PageRequest page) {
        NetworkProgress.Snapshot network = progress.now();
        List<RecommendationReport> found = new ArrayList<>();
        for (MeetingSnapshot meeting : meetings.all()) {
            if (meetingId != null && !meeting.id().equals(meetingId)) {
                continue;
            }
            for (Recommendation r : meeting.recommendations()) {
                if (theme == null || r.theme() == theme) {
                    found.add(report(meeting, r, membersByLevel(r, network)));
                }
            }
        }
        return Pages.respond(found, page, recommendations -> new RecommendationsReport(recommendations,
                network.includesDemoData(), network.skippedRecords(), freshness.sources(),
                checkpoints.newest().orElse(null)));
    }

    /** One recommendation with the active members at each completion level (by code, sorted). */
    record RecommendationMembers(RecommendationReport recommendation, Map<String, List<String>> membersByLevel,
                                 boolean includesDemoData, Instant asOf) {
    }

    @GetMapping("/api/v1/reports/recommendations/{id}")
    @Operation(summary = "One recommendation and the members behind each of its completion counts",
            description = "membersByLevel: the codes of the active members at each level; NO_EVIDENCE: those it is "
                    + "addressed to that have reported nothing")
    RecommendationMembers recommendation(@PathVariable String id) {
        NetworkProgress.Snapshot network = progress.now();
        for (MeetingSnapshot meeting : meetings.all()) {
            for (Recommendation r : meeting.recommendations()) {
                if (r.id().equals(id)) {
                    Map<String, List<String>> members = membersByLevel(r, network);
                    return new RecommendationMembers(report(meeting, r, members), members,
                            network.includesDemoData(), checkpoints.newest().orElse(null));
                }
            }
        }
        throw ApiProblemException.notFound("No recommendation '" + id + "' in the reports");
    }

    private static RecommendationReport report(MeetingSnapshot meeting, Recommendation r,
                                               Map<String, List<String>> members) {
        Map<String, Long> counts = new LinkedHashMap<>();
        members.forEach((level, codes) -> counts.put(level, (long) codes.size()));
        return new RecommendationReport(r.id(), meeting.id(), meeting.title(), meeting.communiqueAdoptedOn(),
                r.theme(), r.addressee(), r.summary(), r.paragraphRef(), counts);
    }

    private static Map<String, List<String>> membersByLevel(Recommendation recommendation,
                                                            NetworkProgress.Snapshot network) {
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (Completion level : Completion.values()) {
            members.put(level.name(), new ArrayList<>());
        }
        members.put(MemberViews.NO_EVIDENCE, new ArrayList<>());
        network.members().forEach((member, memberProgress) -> {
            MemberProgress.RecommendationProgress reported = memberProgress.recommendations().get(recommendation.id());
            if (reported != null) {
                members.computeIfAbsent(reported.completion(), level -> new ArrayList<>()).add(member.code());
            } else if (MemberViews.addressedTo(recommendation, member.type())) {
                members.get(MemberViews.NO_EVIDENCE).add(member.code());
            }
        });
        members.values().forEach(codes -> codes.sort(null));
        return members;
    }
}
