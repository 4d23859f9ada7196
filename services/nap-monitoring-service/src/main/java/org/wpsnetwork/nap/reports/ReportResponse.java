package org.wpsnetwork.nap.reports;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.wpsnetwork.contracts.nap.ProgressReportSnapshot;
import org.wpsnetwork.kit.outbox.Versioned;

import java.util.List;

/** A report at its current revision, with its history and earlier revisions, and its version (the ETag). */
public record ReportResponse(@JsonUnwrapped ProgressReportSnapshot report, List<ProgressReport.Transition> history,
                             List<ProgressReportSnapshot> previousRevisions, long version) {

    public static ReportResponse of(Versioned<ProgressReport> report) {
        return new ReportResponse(report.state().current(), report.state().history(),
                report.state().previousRevisions(), report.version());
    }
}
