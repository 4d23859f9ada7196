package org.wpsnetwork.reporting.recommendations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wpsnetwork.contracts.meetings.RecommendationTheme;
import org.wpsnetwork.kit.mongo.FoundPage;
import org.wpsnetwork.kit.projection.ProjectionCheckpoints;
import org.wpsnetwork.kit.projection.SourceFreshness;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.kit.web.PageRequest;
import org.wpsnetwork.kit.web.Pages;
import org.wpsnetwork.reporting.network.NetworkOverviews;

import java.time.Instant;
import java.util.List;
import java.util.Map;

@RestController
@Tag(name = "Recommendations", description = "The network's commitments, as adopted in its communiqués")
class RecommendationsReportController {

    record RecommendationsReport(List<RecommendationReports.RecommendationReport> recommendations,
                                 boolean includesDemoData, List<String> skippedRecords,
                                 List<SourceFreshness.Source> freshness, Instant asOf) {
    }

    /** One recommendation with the active members at each completion level (by code, sorted). */
    record RecommendationMembers(RecommendationReports.RecommendationReport recommendation,
                                 Map<String, List<String>> membersByLevel, boolean includesDemoData, Instant asOf) {
    }

    private final RecommendationReports reports;
    private final NetworkOverviews network;
    private final SourceFreshness freshness;
    private final ProjectionCheckpoints checkpoints;

    RecommendationsReportController(RecommendationReports reports, NetworkOverviews network,
                                    ProjectionCheckpoints checkpoints, SourceFreshness freshness) {
        this.reports = reports;
        this.network = network;
        this.freshness = freshness;
        this.checkpoints = checkpoints;
    }

    @GetMapping("/api/v1/reports/recommendations")
    @Operation(summary = "Every recommendation with its meeting and theme, newest meeting first",
            description = "Filter by theme and meeting. Per recommendation: how many active members report each "
                    + "completion level, and how many of those it is addressed to have reported nothing (NO_EVIDENCE)")
    ResponseEntity<RecommendationsReport> recommendations(@RequestParam(required = false) RecommendationTheme theme,
                                                          @RequestParam(required = false) String meetingId,
                                                          @ParameterObject PageRequest page) {
        FoundPage<RecommendationReports.RecommendationReport> found = reports.find(theme, meetingId, page);
        NetworkOverviews.Totals totals = network.totals();
        return Pages.respondPage(found.items(), found.total(), page, items -> new RecommendationsReport(items,
                totals.includesDemoData(), totals.skippedRecords(), freshness.sources(),
                checkpoints.newest().orElse(null)));
    }

    @GetMapping("/api/v1/reports/recommendations/{id}")
    @Operation(summary = "One recommendation and the members behind each of its completion counts",
            description = "membersByLevel: the codes of the active members at each level; NO_EVIDENCE: those it is "
                    + "addressed to that have reported nothing")
    RecommendationMembers recommendation(@PathVariable String id) {
        RecommendationReports.Stored stored = reports.find(id)
                .orElseThrow(() -> ApiProblemException.notFound("No recommendation '" + id + "' in the reports"));
        return new RecommendationMembers(stored.report(), stored.membersByLevel(), network.totals().includesDemoData(),
                checkpoints.newest().orElse(null));
    }
}
