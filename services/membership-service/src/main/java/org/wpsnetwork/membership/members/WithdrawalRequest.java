package org.wpsnetwork.membership.members;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Records that a member left the network; the reason is optional. */
public record WithdrawalRequest(@NotNull LocalDate effectiveOn, @Size(max = 500) String reason) {
}
