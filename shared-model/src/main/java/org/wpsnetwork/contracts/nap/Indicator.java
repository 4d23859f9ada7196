package org.wpsnetwork.contracts.nap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a plan measures: a value in a unit, from a baseline towards a target, under one of the plan's pillars.
 *
 * @param direction  which way it should move; absent in events recorded before directions existed, which read as
 *                   {@link #directionOrDerived()} says
 * @param targetDate when the target should be reached (within the plan's period); absent: the plan's end
 * @param tolerance  for {@code MAINTAIN}: how far from the target still counts as on target; absent otherwise
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Indicator(String code, String description, String pillar, String unit, BigDecimal baseline,
                        BigDecimal target, IndicatorDirection direction, LocalDate targetDate,
                        BigDecimal tolerance) {

    /** The direction, or for an indicator recorded before directions existed the way from baseline to target. */
    public IndicatorDirection directionOrDerived() {
        if (direction != null) {
            return direction;
        }
        return target.compareTo(baseline) < 0 ? IndicatorDirection.DECREASE : IndicatorDirection.INCREASE;
    }
}
