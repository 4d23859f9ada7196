package org.wpsnetwork.contracts.membership;

public enum MemberStatus {
    ACTIVE,
    WITHDRAWN
}
