package org.wpsnetwork.contracts.membership;

/** The payload of an event on {@code wps.membership.events}. */
public sealed interface MembershipEvent permits MemberChange, NetworkRolesAssigned {
}
