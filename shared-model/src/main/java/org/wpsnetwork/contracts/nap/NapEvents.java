package org.wpsnetwork.contracts.nap;

import org.wpsnetwork.contracts.EventType;
import org.wpsnetwork.contracts.Topics;

import java.util.List;
import java.util.stream.Stream;

/**
 * The event types of the NAP monitoring service, published on {@link Topics#NAP}. The record key is the member
 * code for plans and reports, so that a member's plans and reports stay in order (the aggregate is the plan or
 * report), and the code of a reference indicator for the network's catalogue.
 * Version 2 brought indicator kinds, stages and breakdowns (a value may be a stage, not a number); version 1 events
 * stay on the topic and read into the same payloads ({@link #EARLIER}).
 */
public final class NapEvents {

    public static final String ACTION_PLAN = "ActionPlan";
    public static final String PROGRESS_REPORT = "ProgressReport";
    public static final String REFERENCE_INDICATOR = "ReferenceIndicator";

    /** The version written now; consumers read every version in {@link #ALL} and {@link #EARLIER}. */
    private static final int CURRENT_VERSION = 2;

    public static final EventType<ActionPlanAdopted> ACTION_PLAN_ADOPTED =
            new EventType<>("ActionPlanAdopted", CURRENT_VERSION, ACTION_PLAN, Topics.NAP, ActionPlanAdopted.class);
    public static final EventType<ActionPlanExtended> ACTION_PLAN_EXTENDED =
            new EventType<>("ActionPlanExtended", CURRENT_VERSION, ACTION_PLAN, Topics.NAP, ActionPlanExtended.class);
    public static final EventType<ActionPlanCorrected> ACTION_PLAN_CORRECTED =
            new EventType<>("ActionPlanCorrected", CURRENT_VERSION, ACTION_PLAN, Topics.NAP, ActionPlanCorrected.class);
    public static final EventType<ProgressReportSubmitted> PROGRESS_REPORT_SUBMITTED =
            new EventType<>("ProgressReportSubmitted", CURRENT_VERSION, PROGRESS_REPORT, Topics.NAP, ProgressReportSubmitted.class);
    public static final EventType<ProgressReportCorrected> PROGRESS_REPORT_CORRECTED =
            new EventType<>("ProgressReportCorrected", CURRENT_VERSION, PROGRESS_REPORT, Topics.NAP, ProgressReportCorrected.class);
    public static final EventType<ProgressReportReturned> PROGRESS_REPORT_RETURNED =
            new EventType<>("ProgressReportReturned", CURRENT_VERSION, PROGRESS_REPORT, Topics.NAP, ProgressReportReturned.class);
    public static final EventType<ProgressReportValidated> PROGRESS_REPORT_VALIDATED =
            new EventType<>("ProgressReportValidated", CURRENT_VERSION, PROGRESS_REPORT, Topics.NAP, ProgressReportValidated.class);

    public static final EventType<IndicatorStatusOverridden> INDICATOR_STATUS_OVERRIDDEN =
            new EventType<>("IndicatorStatusOverridden", 1, ACTION_PLAN, Topics.NAP, IndicatorStatusOverridden.class);
    public static final EventType<IndicatorStatusOverrideWithdrawn> INDICATOR_STATUS_OVERRIDE_WITHDRAWN =
            new EventType<>("IndicatorStatusOverrideWithdrawn", 1, ACTION_PLAN, Topics.NAP,
                    IndicatorStatusOverrideWithdrawn.class);

    public static final EventType<ProgressReportEvidenceAdded> PROGRESS_REPORT_EVIDENCE_ADDED =
            new EventType<>("ProgressReportEvidenceAdded", 1, PROGRESS_REPORT, Topics.NAP,
                    ProgressReportEvidenceAdded.class);

    /** Keyed by the reference indicator's code (it belongs to no member). */
    public static final EventType<ReferenceIndicatorDefined> REFERENCE_INDICATOR_DEFINED =
            new EventType<>("ReferenceIndicatorDefined", 1, REFERENCE_INDICATOR, Topics.NAP,
                    ReferenceIndicatorDefined.class);

    /** The types written at {@link #CURRENT_VERSION}, whose version 1 is still read. */
    private static final List<EventType<?>> SINCE_VERSION_1 = List.of(ACTION_PLAN_ADOPTED, ACTION_PLAN_EXTENDED,
            ACTION_PLAN_CORRECTED, PROGRESS_REPORT_SUBMITTED, PROGRESS_REPORT_CORRECTED, PROGRESS_REPORT_RETURNED,
            PROGRESS_REPORT_VALIDATED);

    public static final List<EventType<?>> ALL = Stream.concat(SINCE_VERSION_1.stream(),
            Stream.of(INDICATOR_STATUS_OVERRIDDEN, INDICATOR_STATUS_OVERRIDE_WITHDRAWN, PROGRESS_REPORT_EVIDENCE_ADDED,
                    REFERENCE_INDICATOR_DEFINED))
            .toList();

    /** The same events at schema version 1, still read from the topic. */
    public static final List<EventType<?>> EARLIER = SINCE_VERSION_1.stream().<EventType<?>>map(NapEvents::atVersion1)
            .toList();

    /** {@code type} as version 1 wrote it (numbers only), for reading and for replaying history in tests. */
    public static <P> EventType<P> atVersion1(EventType<P> type) {
        return new EventType<>(type.name(), 1, type.aggregateType(), type.topic(), type.payloadType());
    }

    private NapEvents() {
    }
}
