package org.wpsnetwork.contracts.membership;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;

/** A member left the network. {@code reason} is optional. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MemberWithdrew(MemberSnapshot member, LocalDate effectiveOn, String reason) implements MemberChange {
}
