package org.wpsnetwork.reporting.recommendations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wpsnetwork.contracts.meetings.Addressee;
import org.wpsnetwork.contracts.meetings.MeetingSnapshot;
import org.wpsnetwork.contracts.meetings.Recommendation;
import org.wpsnetwork.contracts.meetings.RecommendationTheme;
import org.wpsnetwork.kit.projection.ProjectionCheckpoints;
import org.wpsnetwork.kit.replicas.MeetingReplica;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@RestController
@Tag(name = "Recommendations", description = "The network's commitments, as adopted in its communiqués")
class RecommendationsReportController {

    /** One recommendation with the meeting that adopted it; adoptedOn is null while the communiqué is pending. */
    record RecommendationReport(String id, String meetingId, String meetingTitle, LocalDate adoptedOn,
                                RecommendationTheme theme, Addressee addressee, String summary, String paragraphRef) {
    }

    record RecommendationsReport(List<RecommendationReport> recommendations, Instant asOf) {
    }

    private final MeetingReplica meetings;
    private final ProjectionCheckpoints checkpoints;

    RecommendationsReportController(MeetingReplica meetings, ProjectionCheckpoints checkpoints) {
        this.meetings = meetings;
        this.checkpoints = checkpoints;
    }

    @GetMapping("/api/v1/reports/recommendations")
    @Operation(summary = "Every recommendation with its meeting and theme, newest meeting first",
            description = "Filter by theme and meeting; the per-member completion counts come with NAP monitoring")
    RecommendationsReport recommendations(@RequestParam(required = false) RecommendationTheme theme,
                                          @RequestParam(required = false) String meetingId) {
        List<RecommendationReport> found = new ArrayList<>();
        for (MeetingSnapshot meeting : meetings.all()) {
            if (meetingId != null && !meeting.id().equals(meetingId)) {
                continue;
            }
            for (Recommendation r : meeting.recommendations()) {
                if (theme == null || r.theme() == theme) {
                    found.add(new RecommendationReport(r.id(), meeting.id(), meeting.title(),
                            meeting.communiqueAdoptedOn(), r.theme(), r.addressee(), r.summary(), r.paragraphRef()));
                }
            }
        }
        return new RecommendationsReport(found, checkpoints.newest().orElse(null));
    }
}
