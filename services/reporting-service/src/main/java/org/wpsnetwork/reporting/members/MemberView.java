package org.wpsnetwork.reporting.members;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.wpsnetwork.contracts.membership.MemberSnapshot;
import org.wpsnetwork.reporting.network.RolesHeld.RoleHeld;

import java.time.Instant;
import java.util.List;

/**
 * The per-member progress view: the member as its latest event describes it, the roles it held, and
 * {@code asOf}, the time of the newest event applied (the view reflects everything up to then).
 */
public record MemberView(@JsonUnwrapped MemberSnapshot member, List<RoleHeld> roles, Instant asOf) {
}
