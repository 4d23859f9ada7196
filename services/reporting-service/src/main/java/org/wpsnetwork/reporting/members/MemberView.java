package org.wpsnetwork.reporting.members;

import org.wpsnetwork.contracts.membership.FocalPoint;
import org.wpsnetwork.contracts.membership.MemberStatus;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.reporting.network.RolesHeld.RoleHeld;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The per-member progress view. {@code asOf} is the time of the newest event the reporting service has
 * applied: the view reflects everything that happened up to then.
 */
public record MemberView(
        String code,
        String name,
        MemberType type,
        Region region,
        MemberStatus status,
        LocalDate joinedOn,
        LocalDate withdrawnOn,
        FocalPoint focalPoint,
        List<RoleHeld> roles,
        Instant asOf) {
}
