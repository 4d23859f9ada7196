package org.wpsnetwork.testsupport;

import org.wpsnetwork.contracts.EventEnvelope;
import org.wpsnetwork.contracts.EventType;
import org.wpsnetwork.contracts.nap.ActionPlanAdopted;
import org.wpsnetwork.contracts.nap.ActionPlanChange;
import org.wpsnetwork.contracts.nap.ActionPlanSnapshot;
import org.wpsnetwork.contracts.nap.Completion;
import org.wpsnetwork.contracts.nap.Dimension;
import org.wpsnetwork.contracts.nap.Evidence;
import org.wpsnetwork.contracts.nap.Indicator;
import org.wpsnetwork.contracts.nap.IndicatorDirection;
import org.wpsnetwork.contracts.nap.IndicatorKind;
import org.wpsnetwork.contracts.nap.IndicatorStatusOverridden;
import org.wpsnetwork.contracts.nap.IndicatorValue;
import org.wpsnetwork.contracts.nap.NapEvents;
import org.wpsnetwork.contracts.nap.PlanKind;
import org.wpsnetwork.contracts.nap.ProgressReportCorrected;
import org.wpsnetwork.contracts.nap.ProgressReportReturned;
import org.wpsnetwork.contracts.nap.ProgressReportSnapshot;
import org.wpsnetwork.contracts.nap.ProgressReportSubmitted;
import org.wpsnetwork.contracts.nap.ProgressReportValidated;
import org.wpsnetwork.contracts.nap.ProgressStatus;
import org.wpsnetwork.contracts.nap.RecommendationStatus;
import org.wpsnetwork.contracts.nap.ReportState;
import org.wpsnetwork.contracts.nap.StatusOverride;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Builds the events nap-monitoring-service would publish, to drive the consumers of {@code wps.nap.events} in
 * tests. A plan has two indicators: P1 (10 → 40 %) and S1 (4 → 12 shelters). The events are at schema version 1,
 * as the topic holds them from before indicator kinds, so every consumer test also proves old events still read.
 */
public final class NapHistory {

    private NapHistory() {
    }

    public static EventEnvelope<?> planAdopted(String id, String memberCode, PlanKind kind, LocalDate start,
                                               LocalDate end) {
        ActionPlanSnapshot plan = new ActionPlanSnapshot(id, memberCode, kind, "Plan " + id, 1, start, start, end, null,
                "Ministry of Foreign Affairs", List.of("PARTICIPATION", "PROTECTION"),
                List.of(new Indicator("P1", "Women among negotiators", "PARTICIPATION", "%", BigDecimal.TEN,
                                BigDecimal.valueOf(40), IndicatorDirection.INCREASE, null, null, null, null, null, null,
                                null, null),
                        // As events recorded before indicators had a direction carry it: none.
                        new Indicator("S1", "Shelters for survivors", "PROTECTION", "number", BigDecimal.valueOf(4),
                                BigDecimal.valueOf(12), null, null, null, null, null, null, null, null, null)),
                List.of(), false, List.of(), null, null);
        return envelope(NapEvents.atVersion1(NapEvents.ACTION_PLAN_ADOPTED), id, 1, new ActionPlanAdopted(plan));
    }

    /** The stages of {@link #planOfEveryKindAdopted}'s milestone indicator M1. */
    public static final List<String> STAGES = List.of("Drafted", "Approved by cabinet", "Operational");

    /**
     * A plan as schema version 2 records it, with an indicator of each kind: W1 women police officers by sex (COUNT,
     * 100 → 300), V1 cases pending (COUNT, DECREASE 300 → 120), L1 a quota law (YES_NO), M1 a monitoring mechanism
     * (MILESTONE from Drafted) and B1 a budget kept at 2,000,000 USD ± 100,000 (CURRENCY, MAINTAIN).
     */
    public static EventEnvelope<?> planOfEveryKindAdopted(String id, String memberCode, LocalDate start,
                                                          LocalDate end) {
        ActionPlanSnapshot plan = new ActionPlanSnapshot(id, memberCode, PlanKind.NAP, "Plan " + id, 2, start, start,
                end, null, "Ministry of Gender Equality", List.of("PARTICIPATION", "PROTECTION"), List.of(
                new Indicator("W1", "Women police officers", "PROTECTION", "officers", BigDecimal.valueOf(100),
                        BigDecimal.valueOf(300), IndicatorDirection.INCREASE, end, null, IndicatorKind.COUNT, null,
                        List.of(), null, List.of(Dimension.SEX), null),
                new Indicator("V1", "Cases of violence pending trial", "PROTECTION", "cases", BigDecimal.valueOf(300),
                        BigDecimal.valueOf(120), IndicatorDirection.DECREASE, end, null, IndicatorKind.COUNT, null,
                        List.of(), null, List.of(), null),
                new Indicator("L1", "Gender quota law adopted", "PARTICIPATION", null, null, null,
                        IndicatorDirection.INCREASE, end, null, IndicatorKind.YES_NO, null, List.of(), null, List.of(), null),
                new Indicator("M1", "National monitoring mechanism", "PROTECTION", null, null, null,
                        IndicatorDirection.INCREASE, end, null, IndicatorKind.MILESTONE, null, STAGES, "Drafted",
                        List.of(), null),
                new Indicator("B1", "Budget of the plan", "PARTICIPATION", "USD", BigDecimal.valueOf(2_000_000),
                        BigDecimal.valueOf(2_000_000), IndicatorDirection.MAINTAIN, end, BigDecimal.valueOf(100_000),
                        IndicatorKind.CURRENCY, "USD", List.of(), null, List.of(), null)),
                List.of(), false, List.of(), null, null);
        return envelope(NapEvents.ACTION_PLAN_ADOPTED, id, 1, new ActionPlanAdopted(plan));
    }

    /**
     * A plan (schema version 2) with one indicator, N1 women among negotiators (COUNT, 10 → 30), measuring the
     * network's reference indicator {@code reference}, so comparisons align it with other members' indicators.
     */
    public static EventEnvelope<?> planMeasuring(String id, String memberCode, String reference, LocalDate start,
                                                 LocalDate end) {
        ActionPlanSnapshot plan = new ActionPlanSnapshot(id, memberCode, PlanKind.NAP, "Plan " + id, 1, start, start,
                end, null, "Ministry of Foreign Affairs", List.of("PARTICIPATION"), List.of(
                new Indicator("N1", "Women among negotiators", "PARTICIPATION", "women", BigDecimal.TEN,
                        BigDecimal.valueOf(30), IndicatorDirection.INCREASE, end, null, IndicatorKind.COUNT, null,
                        List.of(), null, List.of(), reference)),
                List.of(), false, List.of(), null, null);
        return envelope(NapEvents.ACTION_PLAN_ADOPTED, id, 1, new ActionPlanAdopted(plan));
    }

    /** The secretariat's judgement of indicator {@code code} of {@code adopted} (a plan event of this class). */
    public static EventEnvelope<?> statusOverridden(EventEnvelope<?> adopted, String code, ProgressStatus status,
                                                    String reason) {
        ActionPlanSnapshot plan = ((ActionPlanChange) adopted.payload()).plan();
        StatusOverride override = new StatusOverride(code, status, reason, TestTokens.SECRETARIAT_ACTOR,
                Instant.now());
        ActionPlanSnapshot overridden = new ActionPlanSnapshot(plan.id(), plan.memberCode(), plan.kind(),
                plan.title(), plan.generation(), plan.adoptedOn(), plan.periodStart(), plan.periodEnd(), plan.budget(),
                plan.leadInstitution(), plan.pillars(), plan.indicators(), plan.extensions(), plan.demo(),
                List.of(override), plan.reportingFrequency(), plan.gracePeriodDays());
        return envelope(NapEvents.INDICATOR_STATUS_OVERRIDDEN, plan.id(), adopted.aggregateVersion() + 1,
                new IndicatorStatusOverridden(overridden, override));
    }

    /** The revisions and review steps of one progress report. */
    public static final class Report {
        private final String id = UUID.randomUUID().toString();
        private final String planId;
        private final String memberCode;
        private ProgressReportSnapshot report;
        private long version;

        public Report(String planId, String memberCode) {
            this.planId = planId;
            this.memberCode = memberCode;
        }

        public EventEnvelope<?> submitted(LocalDate from, LocalDate to, String p1, String recommendationId,
                                          Completion completion) {
            report = snapshot(from, to, p1, recommendationId, completion, ReportState.SUBMITTED, 1);
            return envelope(NapEvents.atVersion1(NapEvents.PROGRESS_REPORT_SUBMITTED), id, ++version, new ProgressReportSubmitted(report));
        }

        /** A first revision at schema version 2, submitted on {@code submittedOn}, with values of any kind. */
        public EventEnvelope<?> submitted(LocalDate from, LocalDate to, LocalDate submittedOn,
                                          List<IndicatorValue> values, List<RecommendationStatus> statuses,
                                          List<Evidence> evidence) {
            report = new ProgressReportSnapshot(id, planId, memberCode, from, to, values, statuses,
                    "Focal point of " + memberCode, submittedOn, ReportState.SUBMITTED, 1, false, evidence);
            return envelope(NapEvents.PROGRESS_REPORT_SUBMITTED, id, ++version, new ProgressReportSubmitted(report));
        }

        public EventEnvelope<?> corrected(String p1, Completion completion) {
            report = snapshot(report.periodFrom(), report.periodTo(), p1,
                    report.recommendationStatuses().get(0).recommendationId(), completion, ReportState.SUBMITTED,
                    report.revision() + 1);
            return envelope(NapEvents.atVersion1(NapEvents.PROGRESS_REPORT_CORRECTED), id, ++version,
                    new ProgressReportCorrected(report, "Corrected figures"));
        }

        public EventEnvelope<?> returned() {
            report = withState(ReportState.RETURNED);
            return envelope(NapEvents.atVersion1(NapEvents.PROGRESS_REPORT_RETURNED), id, ++version,
                    new ProgressReportReturned(report, "Evidence missing", "UN Women"));
        }

        public EventEnvelope<?> validated() {
            report = withState(ReportState.VALIDATED);
            return envelope(NapEvents.atVersion1(NapEvents.PROGRESS_REPORT_VALIDATED), id, ++version,
                    new ProgressReportValidated(report, "UN Women"));
        }

        private ProgressReportSnapshot snapshot(LocalDate from, LocalDate to, String p1, String recommendationId,
                                                Completion completion, ReportState state, int revision) {
            return new ProgressReportSnapshot(id, planId, memberCode, from, to,
                    List.of(IndicatorValue.of("P1", new BigDecimal(p1), null)),
                    List.of(new RecommendationStatus(recommendationId, completion, null, null)), "Focal point of " + memberCode,
                    to.plusDays(30), state, revision, false, List.of());
        }

        private ProgressReportSnapshot withState(ReportState state) {
            ProgressReportSnapshot r = report;
            return new ProgressReportSnapshot(r.id(), r.planId(), r.memberCode(), r.periodFrom(), r.periodTo(),
                    r.indicatorValues(), r.recommendationStatuses(), r.submittedBy(), r.submittedOn(), state,
                    r.revision(), r.demo(), r.evidence());
        }
    }

    private static <P> EventEnvelope<P> envelope(EventType<P> type, String aggregateId, long version, P payload) {
        return new EventEnvelope<>(UUID.randomUUID(), type.name(), type.schemaVersion(), type.aggregateType(),
                aggregateId, version, Instant.now(), "nap-monitoring-service", aggregateId + "-" + version, TestTokens.SECRETARIAT_ACTOR,
                payload);
    }
}
