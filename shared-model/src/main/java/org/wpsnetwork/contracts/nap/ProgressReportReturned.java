package org.wpsnetwork.contracts.nap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The secretariat returned a progress report for correction. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProgressReportReturned(ProgressReportSnapshot report, String reason, String returnedBy) implements ProgressReportChange {
}
