package org.wpsnetwork.contracts.nap;

import org.wpsnetwork.contracts.EventType;
import org.wpsnetwork.contracts.Topics;

import java.util.List;

/**
 * The event types of the NAP monitoring service, published on {@link Topics#NAP}. The record key is the member
 * code for all of them, so that a member's plans and reports stay in order; the aggregate is the plan or report.
 */
public final class NapEvents {

    public static final String ACTION_PLAN = "ActionPlan";
    public static final String PROGRESS_REPORT = "ProgressReport";

    public static final EventType<ActionPlanAdopted> ACTION_PLAN_ADOPTED =
            new EventType<>("ActionPlanAdopted", 1, ACTION_PLAN, Topics.NAP, ActionPlanAdopted.class);
    public static final EventType<ActionPlanExtended> ACTION_PLAN_EXTENDED =
            new EventType<>("ActionPlanExtended", 1, ACTION_PLAN, Topics.NAP, ActionPlanExtended.class);
    public static final EventType<ActionPlanCorrected> ACTION_PLAN_CORRECTED =
            new EventType<>("ActionPlanCorrected", 1, ACTION_PLAN, Topics.NAP, ActionPlanCorrected.class);
    public static final EventType<ProgressReportSubmitted> PROGRESS_REPORT_SUBMITTED =
            new EventType<>("ProgressReportSubmitted", 1, PROGRESS_REPORT, Topics.NAP, ProgressReportSubmitted.class);
    public static final EventType<ProgressReportCorrected> PROGRESS_REPORT_CORRECTED =
            new EventType<>("ProgressReportCorrected", 1, PROGRESS_REPORT, Topics.NAP, ProgressReportCorrected.class);
    public static final EventType<ProgressReportReturned> PROGRESS_REPORT_RETURNED =
            new EventType<>("ProgressReportReturned", 1, PROGRESS_REPORT, Topics.NAP, ProgressReportReturned.class);
    public static final EventType<ProgressReportValidated> PROGRESS_REPORT_VALIDATED =
            new EventType<>("ProgressReportValidated", 1, PROGRESS_REPORT, Topics.NAP, ProgressReportValidated.class);

    public static final List<EventType<?>> ALL = List.of(ACTION_PLAN_ADOPTED, ACTION_PLAN_EXTENDED, ACTION_PLAN_CORRECTED,
            PROGRESS_REPORT_SUBMITTED, PROGRESS_REPORT_CORRECTED, PROGRESS_REPORT_RETURNED, PROGRESS_REPORT_VALIDATED);

    private NapEvents() {
    }
}
