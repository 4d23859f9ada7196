package org.wpsnetwork.contracts.nap;

/**
 * What an indicator measures. Quantitative kinds carry a number from a baseline towards a target; qualitative ones
 * say whether something happened ({@code YES_NO}, with the day it did) or how far along an ordered list of stages
 * the plan declares it has come ({@code MILESTONE}).
 */
public enum IndicatorKind {
    /** Any number in the indicator's unit. */
    NUMBER,
    /** A share from 0 to 100. */
    PERCENT,
    /** A whole number of persons, cases, institutions…, never negative. */
    COUNT,
    /** An amount of money in the indicator's ISO 4217 currency. */
    CURRENCY,
    /** Done or not yet (a law adopted, a mechanism in place). */
    YES_NO,
    /** The stage reached among the stages the plan declares, in order. */
    MILESTONE;

    public boolean qualitative() {
        return this == YES_NO || this == MILESTONE;
    }

    /** Whether the categories of a breakdown add up to the total (shares do not). */
    public boolean additive() {
        return this == NUMBER || this == COUNT || this == CURRENCY;
    }
}
