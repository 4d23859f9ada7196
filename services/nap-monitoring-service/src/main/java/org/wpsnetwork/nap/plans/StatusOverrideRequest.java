package org.wpsnetwork.nap.plans;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.wpsnetwork.contracts.nap.ProgressStatus;

/** The secretariat's judgement of an indicator's progress status, with the reason the member and reviewers see. */
public record StatusOverrideRequest(@NotNull ProgressStatus status, @NotBlank @Size(max = 500) String reason) {
}
