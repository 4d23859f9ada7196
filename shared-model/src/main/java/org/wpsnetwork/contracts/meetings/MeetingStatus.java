package org.wpsnetwork.contracts.meetings;

/** Whether a meeting took place. Recording its attendance or adopting its communiqué makes it HELD. */
public enum MeetingStatus {
    PLANNED,
    HELD
}
