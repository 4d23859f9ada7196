package org.wpsnetwork.contracts.nap;

/**
 * Which way an indicator should move: up to its target (women among negotiators), down to it (cases of violence
 * pending), or stay at it within a tolerance (a budget share already reached).
 */
public enum IndicatorDirection {
    INCREASE,
    DECREASE,
    MAINTAIN
}
