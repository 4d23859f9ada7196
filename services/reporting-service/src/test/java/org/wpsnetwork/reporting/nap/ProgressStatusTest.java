package org.wpsnetwork.reporting.nap;

import org.junit.jupiter.api.Test;
import org.wpsnetwork.contracts.nap.Indicator;
import org.wpsnetwork.contracts.nap.IndicatorDirection;
import org.wpsnetwork.contracts.nap.ProgressStatus;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The progress status scale: achieved, the wrong way, no data, or progress against what the calendar expects. */
class ProgressStatusTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final LocalDate TARGET_DATE = LocalDate.of(2028, 1, 1);
    private static final LocalDate HALF_WAY = LocalDate.of(2026, 1, 1);

    private static ProgressStatus status(IndicatorDirection direction, String baseline, String target,
                                         String tolerance, String latest, LocalDate reachedBy) {
        Indicator indicator = new Indicator("X", "x", "PROTECTION", "n", new BigDecimal(baseline),
                new BigDecimal(target), direction, TARGET_DATE, tolerance == null ? null : new BigDecimal(tolerance), null, null,
                null, null, null, null);
        BigDecimal value = latest == null ? null : new BigDecimal(latest);
        return StatusScale.of(indicator, value, MemberProgress.percent(indicator, value), START, TARGET_DATE,
                reachedBy, ProgressThresholds.DEFAULTS);
    }

    @Test
    void halfWayThroughThePlanProgressIsJudgedAgainstHalfTheWay() {
        assertThat(status(IndicatorDirection.INCREASE, "10", "50", null, "26", HALF_WAY))
                .as("40 % of the way when 50 % was due: 0.8 of it").isEqualTo(ProgressStatus.SUBSTANTIAL);
        assertThat(status(IndicatorDirection.INCREASE, "10", "50", null, "22", HALF_WAY))
                .as("30 % of 50 %: 0.6").isEqualTo(ProgressStatus.MODERATE);
        assertThat(status(IndicatorDirection.INCREASE, "10", "50", null, "15", HALF_WAY))
                .as("12.5 % of 50 %: 0.25").isEqualTo(ProgressStatus.LIMITED);
        assertThat(status(IndicatorDirection.INCREASE, "10", "50", null, "50", HALF_WAY))
                .isEqualTo(ProgressStatus.TARGET_ACHIEVED);
        assertThat(status(IndicatorDirection.INCREASE, "10", "50", null, "9", HALF_WAY))
                .isEqualTo(ProgressStatus.DETERIORATION);
        assertThat(status(IndicatorDirection.INCREASE, "10", "50", null, "10", HALF_WAY))
                .as("no movement yet is limited, not deterioration").isEqualTo(ProgressStatus.LIMITED);
    }

    @Test
    void aFallingIndicatorDeterioratesWhenItRises() {
        assertThat(status(IndicatorDirection.DECREASE, "300", "120", null, "210", HALF_WAY))
                .as("50 % of the way down when 50 % was due").isEqualTo(ProgressStatus.SUBSTANTIAL);
        assertThat(status(IndicatorDirection.DECREASE, "300", "120", null, "320", HALF_WAY))
                .isEqualTo(ProgressStatus.DETERIORATION);
        assertThat(status(IndicatorDirection.DECREASE, "300", "120", null, "110", HALF_WAY))
                .isEqualTo(ProgressStatus.TARGET_ACHIEVED);
    }

    @Test
    void anIndicatorToMaintainIsAchievedWithinItsToleranceAndDeterioratesOutside() {
        assertThat(status(IndicatorDirection.MAINTAIN, "2", "2", "0.25", "2.1", HALF_WAY))
                .isEqualTo(ProgressStatus.TARGET_ACHIEVED);
        assertThat(status(IndicatorDirection.MAINTAIN, "2", "2", "0.25", "1.5", HALF_WAY))
                .isEqualTo(ProgressStatus.DETERIORATION);
    }

    @Test
    void noValueIsNotAvailableNeverNoProgress() {
        assertThat(status(IndicatorDirection.INCREASE, "10", "50", null, null, null))
                .isEqualTo(ProgressStatus.NOT_AVAILABLE);
    }

    @Test
    void earlyInThePlanLittleIsExpectedAndAfterTheTargetDateAllOfIt() {
        assertThat(status(IndicatorDirection.INCREASE, "10", "50", null, "14", LocalDate.of(2024, 7, 1)))
                .as("10 % of the way when about 12 % was due").isEqualTo(ProgressStatus.SUBSTANTIAL);
        assertThat(status(IndicatorDirection.INCREASE, "10", "50", null, "40", LocalDate.of(2029, 1, 1)))
                .as("75 % of the way when all of it was due").isEqualTo(ProgressStatus.SUBSTANTIAL);
        assertThat(status(IndicatorDirection.INCREASE, "10", "50", null, "30", LocalDate.of(2029, 1, 1)))
                .as("50 % when all was due").isEqualTo(ProgressStatus.MODERATE);
    }

    @Test
    void thresholdsMustBeOrderedShares() {
        assertThatThrownBy(() -> new ProgressThresholds(0.5, 0.75)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("moderate < substantial");
        assertThatThrownBy(() -> new ProgressThresholds(1.5, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
