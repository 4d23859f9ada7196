package org.wpsnetwork.contracts.membership;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * The network's leadership for one year was set. The aggregate is the year (aggregateId "2024"), and the
 * event carries the whole set of assignments as well as the set it replaced.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NetworkRolesAssigned(int year, List<RoleAssignment> assignments, List<RoleAssignment> previousAssignments)
        implements MembershipEvent {
}
