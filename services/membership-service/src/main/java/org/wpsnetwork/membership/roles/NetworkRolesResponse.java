package org.wpsnetwork.membership.roles;

import org.wpsnetwork.contracts.membership.RoleAssignment;
import org.wpsnetwork.kit.outbox.Versioned;

import java.util.List;

/** The roles of one year; version 0 means none were ever recorded for it. */
public record NetworkRolesResponse(int year, List<RoleAssignment> assignments, long version) {

    static NetworkRolesResponse of(Versioned<NetworkRoles> roles) {
        return new NetworkRolesResponse(roles.state().year(), roles.state().assignments(), roles.version());
    }
}
