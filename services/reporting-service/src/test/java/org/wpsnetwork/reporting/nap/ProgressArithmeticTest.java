package org.wpsnetwork.reporting.nap;

import org.junit.jupiter.api.Test;
import org.wpsnetwork.contracts.nap.Indicator;
import org.wpsnetwork.contracts.nap.IndicatorDirection;
import org.wpsnetwork.contracts.nap.IndicatorKind;
import org.wpsnetwork.contracts.nap.IndicatorValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressArithmeticTest {

    private static Indicator indicator(String baseline, String target) {
        return new Indicator("X", "x", "PARTICIPATION", "%", new BigDecimal(baseline), new BigDecimal(target), null,
                null, null, null, null, null, null, null, null);
    }

    private static Indicator indicator(IndicatorDirection direction, String baseline, String target,
                                       String tolerance) {
        return new Indicator("X", "x", "PARTICIPATION", "%", new BigDecimal(baseline), new BigDecimal(target),
                direction, null, tolerance == null ? null : new BigDecimal(tolerance), null, null, null, null, null, null);
    }

    @Test
    void progressIsTheShareOfTheWayFromBaselineToTargetClampedToZeroAndAHundred() {
        assertThat(MemberProgress.percent(indicator("10", "40"), new BigDecimal("28"))).isEqualByComparingTo("60.0");
        assertThat(MemberProgress.percent(indicator("10", "40"), new BigDecimal("55"))).isEqualByComparingTo("100.0");
        assertThat(MemberProgress.percent(indicator("10", "40"), new BigDecimal("4"))).isEqualByComparingTo("0.0");
        assertThat(MemberProgress.percent(indicator("10", "40"), null)).isNull();
    }

    @Test
    void aFallingTargetCountsProgressDownwards() {
        assertThat(MemberProgress.percent(indicator("200", "50"), new BigDecimal("110"))).isEqualByComparingTo("60.0");
        Indicator pendingCases = indicator(IndicatorDirection.DECREASE, "300", "120", null);
        assertThat(MemberProgress.percent(pendingCases, new BigDecimal("210"))).as("(300 - 210) / (300 - 120)")
                .isEqualByComparingTo("50.0");
        assertThat(MemberProgress.percent(pendingCases, new BigDecimal("350"))).as("deteriorated")
                .isEqualByComparingTo("0.0");
        assertThat(MemberProgress.percent(pendingCases, new BigDecimal("100"))).isEqualByComparingTo("100.0");
    }

    @Test
    void anIndicatorToMaintainIsOnTargetWithinItsToleranceOnly() {
        Indicator budgetShare = indicator(IndicatorDirection.MAINTAIN, "2", "2", "0.25");
        assertThat(MemberProgress.percent(budgetShare, new BigDecimal("1.75"))).isEqualByComparingTo("100.0");
        assertThat(MemberProgress.percent(budgetShare, new BigDecimal("2.2"))).isEqualByComparingTo("100.0");
        assertThat(MemberProgress.percent(budgetShare, new BigDecimal("1.7"))).isEqualByComparingTo("0.0");
        assertThat(MemberProgress.percent(budgetShare, null)).isNull();
    }

    private static final List<String> STAGES = List.of("Drafted", "Approved by cabinet", "Operational");

    private static BigDecimal qualitative(IndicatorKind kind, String baselineStage, IndicatorValue value) {
        Indicator indicator = new Indicator("Q", "q", "PROTECTION", null, null, null, IndicatorDirection.INCREASE, null,
                null, kind, null, kind == IndicatorKind.MILESTONE ? STAGES : List.of(), baselineStage, List.of(), null);
        return MemberProgress.percent(MemberProgress.onNumberScale(indicator),
                MemberProgress.positionOnScale(indicator, value));
    }

    private static IndicatorValue stage(String stage) {
        return new IndicatorValue("Q", null, null, null, null, stage, List.of());
    }

    @Test
    void aYesNoIndicatorIsAllOrNothingAndAMilestoneCountsStagesFromItsBaselineStage() {
        assertThat(qualitative(IndicatorKind.YES_NO, null, new IndicatorValue("Q", null, null, true,
                LocalDate.of(2024, 3, 8), null, List.of()))).isEqualByComparingTo("100.0");
        assertThat(qualitative(IndicatorKind.YES_NO, null, new IndicatorValue("Q", null, null, false, null, null,
                List.of()))).isEqualByComparingTo("0.0");
        assertThat(qualitative(IndicatorKind.YES_NO, null, null)).isNull();
        assertThat(qualitative(IndicatorKind.MILESTONE, "Drafted", stage("Approved by cabinet")))
                .as("one of the two stages after Drafted").isEqualByComparingTo("50.0");
        assertThat(qualitative(IndicatorKind.MILESTONE, null, stage("Drafted"))).as("one stage of three")
                .isEqualByComparingTo("33.3");
        assertThat(qualitative(IndicatorKind.MILESTONE, "Drafted", stage("Operational"))).isEqualByComparingTo("100.0");
    }

    @Test
    void anIndicatorRecordedBeforeDirectionsExistedTakesTheWayFromBaselineToTarget() {
        assertThat(indicator("200", "50").directionOrDerived()).isEqualTo(IndicatorDirection.DECREASE);
        assertThat(indicator("10", "40").directionOrDerived()).isEqualTo(IndicatorDirection.INCREASE);
    }

    @Test
    void progressIsRoundedToOneDecimal() {
        assertThat(MemberProgress.percent(indicator("0", "3"), new BigDecimal("1"))).isEqualByComparingTo("33.3");
    }

    @Test
    void reportingStatusBoundariesAreTwelveAndFifteenMonths() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertThat(ReportingStatus.of(LocalDate.of(2025, 11, 23), true, today)).isEqualTo(ReportingStatus.ON_TRACK);
        assertThat(ReportingStatus.of(LocalDate.of(2025, 11, 22), true, today)).isEqualTo(ReportingStatus.DUE);
        assertThat(ReportingStatus.of(LocalDate.of(2025, 8, 23), true, today)).isEqualTo(ReportingStatus.DUE);
        assertThat(ReportingStatus.of(LocalDate.of(2025, 8, 22), true, today)).isEqualTo(ReportingStatus.OVERDUE);
        assertThat(ReportingStatus.of(null, true, today)).isEqualTo(ReportingStatus.NEVER_REPORTED);
        assertThat(ReportingStatus.of(null, false, today)).isNull();
    }
}
