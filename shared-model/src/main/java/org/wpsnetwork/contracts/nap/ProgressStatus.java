package org.wpsnetwork.contracts.nap;

/**
 * Where an indicator stands, on the network's published scale: achieved, moved the wrong way, no data, or how far
 * it has come against how far it should have by now. The reporting service computes it; the secretariat may
 * override it ({@link StatusOverride}).
 */
public enum ProgressStatus {
    TARGET_ACHIEVED,
    SUBSTANTIAL,
    MODERATE,
    LIMITED,
    DETERIORATION,
    /** No value reported: no data is never read as no progress. */
    NOT_AVAILABLE
}
