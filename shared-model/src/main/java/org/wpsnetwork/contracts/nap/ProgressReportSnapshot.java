package org.wpsnetwork.contracts.nap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.util.List;

/**
 * A progress report at its current revision and state. A correction produces a new revision of the same report,
 * which replaces the earlier one in every read model.
 *
 * @param submittedOn the day the first revision was submitted
 * @param demo        true for reports made up by the demo-data generator
 * @param evidence    links that back the report, its values or its statuses up; empty on reports from before
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProgressReportSnapshot(
        String id,
        String planId,
        String memberCode,
        LocalDate periodFrom,
        LocalDate periodTo,
        List<IndicatorValue> indicatorValues,
        List<RecommendationStatus> recommendationStatuses,
        String submittedBy,
        LocalDate submittedOn,
        ReportState state,
        int revision,
        boolean demo,
        List<Evidence> evidence) {

    public ProgressReportSnapshot {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
