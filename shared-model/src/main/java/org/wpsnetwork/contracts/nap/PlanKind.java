package org.wpsnetwork.contracts.nap;

/** A state's national action plan, or a regional organization's regional action plan or strategy. */
public enum PlanKind {
    NAP,
    RAP,
    STRATEGY
}
