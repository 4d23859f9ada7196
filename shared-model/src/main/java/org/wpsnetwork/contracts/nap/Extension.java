package org.wpsnetwork.contracts.nap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;

/** A plan's period was extended: the end it had, the end it has now, why, and when it was decided. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Extension(LocalDate previousPeriodEnd, LocalDate periodEnd, String reason, LocalDate extendedOn) {
}
