package org.wpsnetwork.membership.roles;

import org.wpsnetwork.contracts.membership.NetworkRolesAssigned;
import org.wpsnetwork.contracts.membership.RoleAssignment;
import org.wpsnetwork.kit.events.Change;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.kit.web.FieldViolation;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;

import static org.wpsnetwork.contracts.membership.MembershipEvents.NETWORK_ROLES_ASSIGNED;

/** The network's leadership in one year: who held which role. One aggregate per year. */
public record NetworkRoles(int year, List<RoleAssignment> assignments) {

    private static final Comparator<RoleAssignment> ORDER = Comparator.comparing(RoleAssignment::role)
            .thenComparing(RoleAssignment::memberCode);

    static NetworkRoles none(int year) {
        return new NetworkRoles(year, List.of());
    }

    /**
     * Replaces the year's roles with the set given (kept in role, then member order); the same set again
     * changes nothing. Whether each member belonged to the network that year is for the caller to check.
     */
    Change<NetworkRoles> assign(List<RoleAssignment> requested) {
        List<FieldViolation> repeated = FieldViolation.repeatsIn("assignments", requested, Function.identity(), null);
        if (!repeated.isEmpty()) {
            throw ApiProblemException.invalid("The same member is named twice in the same role", repeated);
        }
        List<RoleAssignment> sorted = requested.stream().sorted(ORDER).toList();
        if (new HashSet<>(assignments).equals(new HashSet<>(sorted))) {
            return Change.none(this);
        }
        return Change.of(new NetworkRoles(year, sorted), NETWORK_ROLES_ASSIGNED,
                new NetworkRolesAssigned(year, sorted, assignments));
    }
}
