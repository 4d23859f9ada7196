package org.wpsnetwork.nap.reports;

import org.wpsnetwork.contracts.nap.ProgressReportSnapshot;
import org.wpsnetwork.contracts.nap.ReportState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A progress report with its whole history: the current revision, every transition (who, when, why) and
 * every earlier revision as it was submitted.
 */
public record ProgressReport(ProgressReportSnapshot current, List<Transition> history,
                             List<ProgressReportSnapshot> previousRevisions) {

    /**
     * The most revisions one report keeps (the first submission and its corrections). Every revision is kept
     * whole in the report's one document, so this bounds it well below the database's 16 MB per document.
     */
    public static final int MAX_REVISIONS = 20;

    /** One step of the workflow: SUBMITTED, CORRECTED, RETURNED or VALIDATED. */
    public record Transition(String action, ReportState state, int revision, String by, Instant at, String reason) {
    }

    ProgressReport then(ProgressReportSnapshot next, Transition transition, boolean newRevision) {
        List<Transition> transitions = new ArrayList<>(history);
        transitions.add(transition);
        List<ProgressReportSnapshot> revisions = new ArrayList<>(previousRevisions);
        if (newRevision) {
            revisions.add(current);
        }
        return new ProgressReport(next, List.copyOf(transitions), List.copyOf(revisions));
    }
}
