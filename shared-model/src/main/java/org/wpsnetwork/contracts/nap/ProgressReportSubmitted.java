package org.wpsnetwork.contracts.nap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A member submitted a progress report against one of its plans. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProgressReportSubmitted(ProgressReportSnapshot report) implements ProgressReportChange {
}
