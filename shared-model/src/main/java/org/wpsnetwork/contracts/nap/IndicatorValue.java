package org.wpsnetwork.contracts.nap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an indicator reached in a reporting period, in the form its kind takes: a {@code value} (quantitative),
 * {@code achieved} with {@code achievedOn} ({@code YES_NO}), or the {@code stage} reached ({@code MILESTONE}).
 * The note is optional.
 *
 * @param breakdown a value per category of each dimension the indicator declares; the total is {@code value}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IndicatorValue(String code, BigDecimal value, String note, Boolean achieved, LocalDate achievedOn,
                             String stage, List<CategoryValue> breakdown) {

    public IndicatorValue {
        breakdown = breakdown == null ? List.of() : List.copyOf(breakdown);
    }

    /** A plain number, as every value was before kinds existed. */
    public static IndicatorValue of(String code, BigDecimal value, String note) {
        return new IndicatorValue(code, value, note, null, null, null, List.of());
    }
}
