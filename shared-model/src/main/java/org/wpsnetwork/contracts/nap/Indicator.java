package org.wpsnetwork.contracts.nap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a plan measures, under one of the plan's pillars. A quantitative indicator moves a value in a unit from a
 * baseline towards a target; a {@code YES_NO} one has neither (it starts at no and aims at yes); a
 * {@code MILESTONE} one moves along its {@code stages}, from {@code baselineStage} (absent: none reached yet) to the
 * last stage.
 *
 * @param direction     which way it should move; absent in events recorded before directions existed, which read
 *                      as {@link #directionOrDerived()} says
 * @param targetDate    when the target should be reached (within the plan's period); absent: the plan's end
 * @param tolerance     for {@code MAINTAIN}: how far from the target still counts as on target; absent otherwise
 * @param kind          absent in events of schema version 1, which knew numbers only: {@link #kindOrDefault()}
 * @param currency      for {@code CURRENCY}: the ISO 4217 code of the amounts
 * @param stages        for {@code MILESTONE}: the stages in the order they are reached
 * @param dimensions    how reported values are broken down (a value per category of each); empty: not at all
 * @param reference     the code of the network's reference indicator it measures, for comparisons; absent: none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Indicator(String code, String description, String pillar, String unit, BigDecimal baseline,
                        BigDecimal target, IndicatorDirection direction, LocalDate targetDate,
                        BigDecimal tolerance, IndicatorKind kind, String currency, List<String> stages,
                        String baselineStage, List<Dimension> dimensions, String reference) {

    public Indicator {
        stages = stages == null ? List.of() : List.copyOf(stages);
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    }

    /** The kind; {@code NUMBER} for an indicator recorded before kinds existed. */
    public IndicatorKind kindOrDefault() {
        return kind == null ? IndicatorKind.NUMBER : kind;
    }

    /**
     * The direction, or for an indicator recorded before directions existed the way from baseline to target.
     * Qualitative indicators only go forward.
     */
    public IndicatorDirection directionOrDerived() {
        if (direction != null) {
            return direction;
        }
        if (kindOrDefault().qualitative() || target.compareTo(baseline) >= 0) {
            return IndicatorDirection.INCREASE;
        }
        return IndicatorDirection.DECREASE;
    }
}
