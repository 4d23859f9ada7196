package org.wpsnetwork.membership.roles;

import org.wpsnetwork.contracts.membership.RoleAssignment;

import java.util.List;

/** The network's leadership in one year: who held which role. One aggregate per year. */
public record NetworkRoles(int year, List<RoleAssignment> assignments) {

    static NetworkRoles none(int year) {
        return new NetworkRoles(year, List.of());
    }
}
