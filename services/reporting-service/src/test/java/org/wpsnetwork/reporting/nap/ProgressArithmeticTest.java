package org.wpsnetwork.reporting.nap;

import org.junit.jupiter.api.Test;
import org.wpsnetwork.contracts.nap.Indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressArithmeticTest {

    private static Indicator indicator(String baseline, String target) {
        return new Indicator("X", "x", "PARTICIPATION", "%", new BigDecimal(baseline), new BigDecimal(target));
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
