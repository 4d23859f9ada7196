package org.wpsnetwork.reporting.nap;

import org.wpsnetwork.contracts.nap.Indicator;
import org.wpsnetwork.contracts.nap.IndicatorDirection;
import org.wpsnetwork.contracts.nap.ProgressStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where an indicator stands, on the network's published scale ({@link ProgressStatus}): achieved, moved the wrong
 * way, no data, or how far it has come against how far it should have by now (the share of the time from the plan's
 * start to the target date that had passed at the end of the latest reported period). The thresholds are
 * {@link ProgressThresholds}.
 */
final class StatusScale {

    private StatusScale() {
    }

    /**
     * @param percent  the indicator's progress % ({@link MemberProgress#percent}), null without a value
     * @param reachedBy the end of the period the latest value is for
     */
    static ProgressStatus of(Indicator indicator, BigDecimal latest, BigDecimal percent, LocalDate planStart,
                             LocalDate targetDate, LocalDate reachedBy, ProgressThresholds thresholds) {
        if (latest == null || percent == null) {
            return ProgressStatus.NOT_AVAILABLE;
        }
        IndicatorDirection direction = indicator.directionOrDerived();
        if (direction == IndicatorDirection.MAINTAIN) {
            return percent.signum() > 0 ? ProgressStatus.TARGET_ACHIEVED : ProgressStatus.DETERIORATION;
        }
        int fromBaseline = latest.compareTo(indicator.baseline());
        if (direction == IndicatorDirection.INCREASE ? fromBaseline < 0 : fromBaseline > 0) {
            return ProgressStatus.DETERIORATION;
        }
        if (percent.compareTo(BigDecimal.valueOf(100)) >= 0) {
            return ProgressStatus.TARGET_ACHIEVED;
        }
        long planned = Math.max(1, ChronoUnit.DAYS.between(planStart, targetDate));
        long elapsed = Math.min(planned, Math.max(1, ChronoUnit.DAYS.between(planStart, reachedBy)));
        double expectedShare = (double) elapsed / planned;
        double againstExpected = percent.doubleValue() / 100 / expectedShare;
        if (againstExpected >= thresholds.substantial()) {
            return ProgressStatus.SUBSTANTIAL;
        }
        return againstExpected >= thresholds.moderate() ? ProgressStatus.MODERATE : ProgressStatus.LIMITED;
    }
}
