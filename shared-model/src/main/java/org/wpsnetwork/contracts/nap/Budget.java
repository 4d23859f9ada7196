package org.wpsnetwork.contracts.nap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;

/** A plan's budget: an amount in an ISO 4217 currency. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Budget(BigDecimal amount, String currency) {
}
