package org.wpsnetwork.contracts.nap;

/** What a piece of evidence is. */
public enum EvidenceKind {
    PUBLICATION,
    LEGISLATION,
    POLICY,
    DATASET,
    MEDIA,
    OTHER
}
