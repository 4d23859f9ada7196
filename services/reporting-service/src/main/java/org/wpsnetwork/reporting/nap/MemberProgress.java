package org.wpsnetwork.reporting.nap;

import org.wpsnetwork.contracts.nap.ActionPlanSnapshot;
import org.wpsnetwork.contracts.nap.CategoryValue;
import org.wpsnetwork.contracts.nap.Dimension;
import org.wpsnetwork.contracts.nap.Evidence;
import org.wpsnetwork.contracts.nap.Indicator;
import org.wpsnetwork.contracts.nap.IndicatorDirection;
import org.wpsnetwork.contracts.nap.IndicatorKind;
import org.wpsnetwork.contracts.nap.IndicatorValue;
import org.wpsnetwork.contracts.nap.Narrative;
import org.wpsnetwork.contracts.nap.PlanKind;
import org.wpsnetwork.contracts.nap.PlanStatus;
import org.wpsnetwork.contracts.nap.ProgressReportSnapshot;
import org.wpsnetwork.contracts.nap.ProgressStatus;
import org.wpsnetwork.contracts.nap.RecommendationStatus;
import org.wpsnetwork.contracts.nap.ReportState;
import org.wpsnetwork.contracts.nap.StatusOverride;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One member's progress, computed from its plans and reports as of a date. Reports count once accepted for
 * review or validated; a RETURNED report waits for its correction and does not count. A corrected report counts
 * at its latest revision only.
 */
public record MemberProgress(List<PlanView> plans, List<IndicatorProgress> indicators,
                             Map<String, RecommendationProgress> recommendations, LocalDate lastReportDate,
                             ReportingStatus reportingStatus, List<ReportingCalendar.ExpectedReport> reportingCalendar,
                             ReportingCalendar.Tally reporting, boolean includesDemoData) {

    /** A plan with its status as of the date. */
    public record PlanView(String id, PlanKind kind, int generation, String title, LocalDate adoptedOn,
                           LocalDate periodStart, LocalDate periodEnd, PlanStatus status, boolean demo) {
    }

    /**
     * An indicator of a plan with its latest reported value and {@code progressPercent} as {@link #percent} gives
     * it (null without a value); {@code targetDate} is null for indicators recorded before target dates existed
     * (their plan's end applies). The latest value takes its kind's form: {@code latestValue} with its
     * {@code breakdown}, {@code achieved} and {@code achievedOn}, or {@code latestStage}. {@code status} is the
     * secretariat's {@code statusOverride} where there is one, else the {@code computedStatus}. {@code evidence}
     * is what the report behind the latest value offers for it.
     */
    public record IndicatorProgress(String planId, String code, String description, String pillar,
                                    IndicatorKind kind, String unit, String currency,
                                    IndicatorDirection direction, BigDecimal baseline, BigDecimal target,
                                    BigDecimal tolerance, List<String> stages, String baselineStage,
                                    List<Dimension> dimensions, String reference, LocalDate targetDate,
                                    BigDecimal latestValue,
                                    List<CategoryValue> breakdown, Boolean achieved, LocalDate achievedOn,
                                    String latestStage, LocalDate latestPeriodTo, BigDecimal progressPercent,
                                    ProgressStatus status, ProgressStatus computedStatus,
                                    StatusOverrideView statusOverride, Boolean validated, List<Evidence> evidence) {
    }

    /** The secretariat's judgement of an indicator's status: what, why, who ("Sam Okafor (secretariat)") and when. */
    public record StatusOverrideView(ProgressStatus status, String reason, String by, Instant at) {

        static StatusOverrideView of(StatusOverride override) {
            return new StatusOverrideView(override.status(), override.reason(),
                    override.by() == null ? null : override.by().describe(), override.at());
        }
    }

    /** The member's latest completion level on a recommendation, and whether the report behind it is validated. */
    public record RecommendationProgress(String completion, boolean validated, String reportId, LocalDate periodTo,
                                         Narrative narrative, List<Evidence> evidence) {
    }

    /** The order in which reports supersede each other: later period, then later submission, then later revision. */
    static final Comparator<ProgressReportSnapshot> LATEST_LAST = Comparator
            .comparing(ProgressReportSnapshot::periodTo)
            .thenComparing(ProgressReportSnapshot::submittedOn)
            .thenComparingInt(ProgressReportSnapshot::revision);

    public static MemberProgress of(List<ActionPlanSnapshot> plans, List<ProgressReportSnapshot> reports,
                                    LocalDate today, ProgressThresholds thresholds) {
        List<ProgressReportSnapshot> counted = reports.stream().filter(MemberProgress::counts)
                .sorted(LATEST_LAST).toList();
        List<PlanView> planViews = plans.stream()
                .sorted(Comparator.comparing(ActionPlanSnapshot::kind).thenComparing(ActionPlanSnapshot::generation,
                        Comparator.reverseOrder()))
                .map(plan -> new PlanView(plan.id(), plan.kind(), plan.generation(), plan.title(), plan.adoptedOn(),
                        plan.periodStart(), plan.periodEnd(), PlanStatus.of(plan, plans, today), plan.demo()))
                .toList();
        List<IndicatorProgress> indicators = planViews.stream()
                .flatMap(view -> plans.stream().filter(p -> p.id().equals(view.id())).findFirst().stream())
                .flatMap(plan -> plan.indicators().stream().map(indicator -> progress(plan, indicator, counted, thresholds)))
                .toList();
        Map<String, RecommendationProgress> recommendations = new HashMap<>();
        for (ProgressReportSnapshot report : counted) {
            for (RecommendationStatus status : report.recommendationStatuses()) {
                recommendations.put(status.recommendationId(), new RecommendationProgress(status.completion().name(),
                        report.state() == ReportState.VALIDATED, report.id(), report.periodTo(), status.narrative(),
                        report.evidence().stream().filter(e -> status.recommendationId().equals(e.recommendationId()))
                                .toList()));
            }
        }
        LocalDate lastReportDate = counted.stream().map(ProgressReportSnapshot::submittedOn)
                .max(Comparator.naturalOrder()).orElse(null);
        LocalDate latestPeriodEnd = counted.stream().map(ProgressReportSnapshot::periodTo)
                .max(Comparator.naturalOrder()).orElse(null);
        boolean activePlan = planViews.stream().anyMatch(view -> view.status() == PlanStatus.ACTIVE);
        boolean demo = plans.stream().anyMatch(ActionPlanSnapshot::demo)
                || reports.stream().anyMatch(ProgressReportSnapshot::demo);
        List<ReportingCalendar.ExpectedReport> calendar = ReportingCalendar.of(plans, reports, today);
        return new MemberProgress(planViews, indicators, recommendations, lastReportDate,
                ReportingStatus.of(latestPeriodEnd, activePlan, today), calendar, ReportingCalendar.Tally.of(calendar),
                demo);
    }

    static boolean counts(ProgressReportSnapshot report) {
        return report.state() != ReportState.RETURNED;
    }

    private static IndicatorProgress progress(ActionPlanSnapshot plan, Indicator indicator,
                                              List<ProgressReportSnapshot> countedOldestFirst,
                                              ProgressThresholds thresholds) {
        ProgressReportSnapshot source = null;
        IndicatorValue latest = null;
        for (ProgressReportSnapshot report : countedOldestFirst) {
            if (!report.planId().equals(plan.id())) {
                continue;
            }
            Optional<IndicatorValue> value = report.indicatorValues().stream()
                    .filter(v -> v.code().equals(indicator.code())).findFirst();
            if (value.isPresent()) {
                latest = value.get();
                source = report;
            }
        }
        LocalDate targetDate = indicator.targetDate() == null ? plan.periodEnd() : indicator.targetDate();
        LocalDate reachedBy = source == null ? null : source.periodTo();
        Indicator scale = onNumberScale(indicator);
        BigDecimal position = positionOnScale(indicator, latest);
        BigDecimal percent = percent(scale, position);
        ProgressStatus computed = StatusScale.of(scale, position, percent, plan.periodStart(), targetDate, reachedBy,
                thresholds);
        Optional<StatusOverrideView> override = plan.statusOverrides().stream()
                .filter(o -> o.indicatorCode().equals(indicator.code())).findFirst().map(StatusOverrideView::of);
        return new IndicatorProgress(plan.id(), indicator.code(), indicator.description(), indicator.pillar(),
                indicator.kindOrDefault(), indicator.unit(), indicator.currency(), indicator.directionOrDerived(),
                indicator.baseline(), indicator.target(), indicator.tolerance(), indicator.stages(),
                indicator.baselineStage(), indicator.dimensions(), indicator.reference(), targetDate,
                latest == null ? null : latest.value(), latest == null ? List.of() : latest.breakdown(),
                latest == null ? null : latest.achieved(), latest == null ? null : latest.achievedOn(),
                latest == null ? null : latest.stage(), reachedBy, percent,
                override.map(StatusOverrideView::status).orElse(computed), computed, override.orElse(null),
                source == null ? null : source.state() == ReportState.VALIDATED,
                source == null ? List.of() : source.evidence().stream()
                        .filter(e -> indicator.code().equals(e.indicatorCode())).toList());
    }

    /**
     * The indicator on a scale of numbers, so that one formula serves every kind: a quantitative one as it is,
     * YES_NO from 0 (no) to 1 (yes), MILESTONE from the number of its baseline stage (0: none) to the number of its
     * last stage, both moving up.
     */
    static Indicator onNumberScale(Indicator indicator) {
        return switch (indicator.kindOrDefault()) {
            case YES_NO -> scale(indicator, BigDecimal.ZERO, BigDecimal.ONE);
            case MILESTONE -> scale(indicator, BigDecimal.valueOf(indicator.baselineStage() == null ? 0
                    : indicator.stages().indexOf(indicator.baselineStage()) + 1),
                    BigDecimal.valueOf(indicator.stages().size()));
            default -> indicator;
        };
    }

    /** Where a reported value lies on {@link #onNumberScale}; null without one. */
    static BigDecimal positionOnScale(Indicator indicator, IndicatorValue value) {
        if (value == null) {
            return null;
        }
        return switch (indicator.kindOrDefault()) {
            case YES_NO -> value.achieved() == null ? null : Boolean.TRUE.equals(value.achieved()) ? BigDecimal.ONE
                    : BigDecimal.ZERO;
            case MILESTONE -> value.stage() == null ? null
                    : BigDecimal.valueOf(indicator.stages().indexOf(value.stage()) + 1);
            default -> value.value();
        };
    }

    private static Indicator scale(Indicator i, BigDecimal baseline, BigDecimal target) {
        return new Indicator(i.code(), i.description(), i.pillar(), i.unit(), baseline, target,
                IndicatorDirection.INCREASE, i.targetDate(), null, i.kind(), null, i.stages(), i.baselineStage(),
                List.of(), i.reference());
    }

    /**
     * The one progress formula (published in the README and the API description), to one decimal, clamped to
     * 0–100: INCREASE (latest − baseline) ÷ (target − baseline) × 100; DECREASE (baseline − latest) ÷ (baseline −
     * target) × 100, the same share of the way down; MAINTAIN 100 while |latest − target| ≤ tolerance, else 0.
     * Null without a value: no data is never read as no progress.
     */
    static BigDecimal percent(Indicator indicator, BigDecimal latest) {
        if (latest == null) {
            return null;
        }
        if (indicator.directionOrDerived() == IndicatorDirection.MAINTAIN) {
            BigDecimal tolerance = indicator.tolerance() == null ? BigDecimal.ZERO : indicator.tolerance();
            boolean onTarget = latest.subtract(indicator.target()).abs().compareTo(tolerance) <= 0;
            return BigDecimal.valueOf(onTarget ? 1000 : 0, 1);
        }
        // (latest − baseline) ÷ (target − baseline) is both formulas: for DECREASE both signs flip.
        BigDecimal span = indicator.target().subtract(indicator.baseline());
        if (span.signum() == 0) {
            return null; // refused at the edge since decimals are exact; a record from before may still have it
        }
        BigDecimal percent = latest.subtract(indicator.baseline()).multiply(BigDecimal.valueOf(100))
                .divide(span, 1, RoundingMode.HALF_UP);
        return percent.max(BigDecimal.ZERO.setScale(1)).min(BigDecimal.valueOf(1000, 1));
    }
}
