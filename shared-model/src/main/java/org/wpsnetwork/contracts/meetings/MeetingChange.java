package org.wpsnetwork.contracts.meetings;

/** The payload of an event on {@code wps.meetings.events}, carrying the meeting as it stands after the change. */
public sealed interface MeetingChange
        permits MeetingScheduled, AttendanceRecorded, RecommendationAdded, CommuniqueAdopted {

    MeetingSnapshot meeting();
}
