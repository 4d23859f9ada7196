package org.wpsnetwork.contracts.meetings;

/** Figures about the network that its documents state. */
public enum NetworkFigure {
    /** Members of the network. */
    MEMBERS,
    MEMBER_STATES,
    REGIONAL_ORGANIZATIONS,
    FOUNDING_MEMBERS,
    /** UN Member States and territories that have adopted a WPS national action plan (worldwide). */
    STATES_WITH_NAP_WORLDWIDE,
    /** Per cent of the network's member states that have adopted a NAP. */
    MEMBER_STATES_WITH_NAP_PERCENT,
    /** Per cent of the network's regional organizations with a regional action plan or strategy. */
    REGIONAL_ORGANIZATIONS_WITH_PLAN_PERCENT
}
