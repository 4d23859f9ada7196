package org.wpsnetwork.contracts.nap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;

/** What a plan measures: a value in a unit, from a baseline towards a target, under one of the plan's pillars. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Indicator(String code, String description, String pillar, String unit, BigDecimal baseline,
                        BigDecimal target) {
}
