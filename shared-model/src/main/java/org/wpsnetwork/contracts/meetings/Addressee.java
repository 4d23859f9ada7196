package org.wpsnetwork.contracts.meetings;

/**
 * Whom a recommendation asks to act. The first three concern members (and show on their views); THE_NETWORK is
 * the network acting together (its secretariat, guidance, peer review); OTHER_ACTORS are parliamentarians, third
 * parties in peace processes and other actors outside the membership.
 */
public enum Addressee {
    ALL_MEMBERS,
    MEMBER_STATES,
    REGIONAL_ORGANIZATIONS,
    THE_NETWORK,
    OTHER_ACTORS
}
