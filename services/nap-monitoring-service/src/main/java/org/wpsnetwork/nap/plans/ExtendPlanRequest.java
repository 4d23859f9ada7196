package org.wpsnetwork.nap.plans;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Extends a plan's period to a later end, for a stated reason. */
public record ExtendPlanRequest(@NotNull LocalDate periodEnd, @NotBlank @Size(max = 500) String reason) {
}
