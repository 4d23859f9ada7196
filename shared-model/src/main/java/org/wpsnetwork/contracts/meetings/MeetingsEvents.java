package org.wpsnetwork.contracts.meetings;

import org.wpsnetwork.contracts.EventType;
import org.wpsnetwork.contracts.Topics;

import java.util.List;

/** The event types of the meetings service, published on {@link Topics#MEETINGS}, keyed by meeting id. */
public final class MeetingsEvents {

    public static final String MEETING = "Meeting";

    public static final EventType<MeetingScheduled> MEETING_SCHEDULED =
            new EventType<>("MeetingScheduled", 1, MEETING, Topics.MEETINGS, MeetingScheduled.class);
    public static final EventType<AttendanceRecorded> ATTENDANCE_RECORDED =
            new EventType<>("AttendanceRecorded", 1, MEETING, Topics.MEETINGS, AttendanceRecorded.class);
    public static final EventType<RecommendationAdded> RECOMMENDATION_ADDED =
            new EventType<>("RecommendationAdded", 1, MEETING, Topics.MEETINGS, RecommendationAdded.class);
    public static final EventType<CommuniqueAdopted> COMMUNIQUE_ADOPTED =
            new EventType<>("CommuniqueAdopted", 1, MEETING, Topics.MEETINGS, CommuniqueAdopted.class);

    public static final List<EventType<?>> ALL = List.of(MEETING_SCHEDULED, ATTENDANCE_RECORDED,
            RECOMMENDATION_ADDED, COMMUNIQUE_ADOPTED);

    private MeetingsEvents() {
    }
}
