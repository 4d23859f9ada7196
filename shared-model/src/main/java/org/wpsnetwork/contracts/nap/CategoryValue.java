package org.wpsnetwork.contracts.nap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;

/** The value of one category of a breakdown (women, men, an age group…) in a reporting period. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CategoryValue(Dimension dimension, String category, BigDecimal value) {
}
