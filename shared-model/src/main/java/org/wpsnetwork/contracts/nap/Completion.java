package org.wpsnetwork.contracts.nap;

/**
 * How far a member has acted on a recommendation, on the scale of the Open Government Partnership's
 * Independent Reporting Mechanism. Read models show NO_EVIDENCE where a member reported nothing.
 */
public enum Completion {
    NOT_STARTED,
    LIMITED,
    SUBSTANTIAL,
    COMPLETE,
    NOT_APPLICABLE
}
