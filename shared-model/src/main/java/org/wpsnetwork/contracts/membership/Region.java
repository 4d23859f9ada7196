package org.wpsnetwork.contracts.membership;

/**
 * The UN geoscheme region of a state (M49 regions). A regional organization takes the region it serves,
 * or TRANSREGIONAL when it spans several (NATO, OSCE, the Union for the Mediterranean).
 */
public enum Region {
    AFRICA,
    AMERICAS,
    ASIA,
    EUROPE,
    OCEANIA,
    TRANSREGIONAL
}
