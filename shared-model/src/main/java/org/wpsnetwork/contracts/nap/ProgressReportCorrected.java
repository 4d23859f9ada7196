package org.wpsnetwork.contracts.nap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A member corrected a progress report: a new revision, submitted again. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProgressReportCorrected(ProgressReportSnapshot report, String reason) implements ProgressReportChange {
}
