package org.wpsnetwork.contracts.nap;

/** An event about a progress report, carrying the report as it stands afterwards. */
public sealed interface ProgressReportChange
        permits ProgressReportSubmitted, ProgressReportCorrected, ProgressReportReturned, ProgressReportValidated, ProgressReportEvidenceAdded {

    ProgressReportSnapshot report();
}
