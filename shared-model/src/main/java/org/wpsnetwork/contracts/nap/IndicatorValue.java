package org.wpsnetwork.contracts.nap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;

/** The value an indicator reached in a reporting period; the note is optional. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IndicatorValue(String code, BigDecimal value, String note) {
}
