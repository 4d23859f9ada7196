package org.wpsnetwork.contracts.membership;

/** A member of the network is either a UN member state or a regional organization. */
public enum MemberType {
    STATE,
    REGIONAL_ORGANIZATION
}
