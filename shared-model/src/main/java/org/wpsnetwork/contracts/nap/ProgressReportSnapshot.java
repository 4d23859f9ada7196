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
        boolean demo) {
}
