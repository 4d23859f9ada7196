package org.wpsnetwork.contracts.nap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The secretariat validated a progress report; it can no longer change. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProgressReportValidated(ProgressReportSnapshot report, String validatedBy) implements ProgressReportChange {
}
