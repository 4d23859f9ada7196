package org.wpsnetwork.contracts.meetings;

public enum MeetingKind {
    FOUNDATIONAL,
    CAPITAL_LEVEL,
    MINISTERIAL,
    SIDE_EVENT,
    EXPERT_LEVEL
}
