package org.wpsnetwork.kit.security;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles of the wps realm, as tokens carry them in {@code realm_access.roles}. */
public enum Role {
    /** UN Women secretariat: keeps the record, reviews reports, reads everything. */
    SECRETARIAT("secretariat"),
    /** A member's focal point, for the member in the token's {@code member_code}. */
    FOCAL_POINT("focal-point"),
    /** A peer-review team: reads every member's view and the comparisons; writes nothing. */
    PEER_REVIEWER("peer-reviewer"),
    /** Operations: dead letters, parked events, unreadable records, metrics. */
    ADMIN("admin");

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }

    static Optional<Role> ofClaim(String claim) {
        return Arrays.stream(values()).filter(role -> role.claim.equals(claim)).findFirst();
    }
}
