package org.wpsnetwork.contracts.nap;

/** SUBMITTED → RETURNED → SUBMITTED (corrected) … → VALIDATED, which is final. */
public enum ReportState {
    SUBMITTED,
    RETURNED,
    VALIDATED
}
