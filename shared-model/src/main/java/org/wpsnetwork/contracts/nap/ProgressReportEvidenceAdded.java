package org.wpsnetwork.contracts.nap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A document was uploaded as evidence for a progress report; the report carries it among its evidence. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProgressReportEvidenceAdded(ProgressReportSnapshot report, Evidence evidence)
        implements ProgressReportChange {
}
