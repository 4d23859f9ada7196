package org.wpsnetwork.contracts.membership;

/** The yearly leadership roles of the network. */
public enum NetworkRole {
    CHAIR,
    CO_CHAIR,
    TROIKA,
    LEADERSHIP_QUAD
}
