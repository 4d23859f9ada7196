package org.wpsnetwork.meetings.meetings;

import org.wpsnetwork.contracts.meetings.MeetingSnapshot;
import org.wpsnetwork.contracts.meetings.MeetingStatus;
import org.wpsnetwork.contracts.meetings.Recommendation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The changes a meeting goes through, each returning the meeting as it stands afterwards. */
public final class MeetingChanges {

    private MeetingChanges() {
    }

    /** Recording who attended also records that the meeting took place. */
    public static MeetingSnapshot withAttendance(MeetingSnapshot m, List<String> attendees) {
        return new MeetingSnapshot(m.id(), m.kind(), m.ordinal(), m.title(), m.theme(), m.startDate(), m.endDate(),
                m.datePrecision(), m.city(), m.countryCode(), m.hostCodes(), m.coChairCodes(), MeetingStatus.HELD,
                m.statedFigures(), List.copyOf(attendees), true, m.recommendations(), m.communiqueAdoptedOn());
    }

    public static MeetingSnapshot withRecommendation(MeetingSnapshot m, Recommendation recommendation) {
        List<Recommendation> recommendations = new ArrayList<>(m.recommendations());
        recommendations.add(recommendation);
        return new MeetingSnapshot(m.id(), m.kind(), m.ordinal(), m.title(), m.theme(), m.startDate(), m.endDate(),
                m.datePrecision(), m.city(), m.countryCode(), m.hostCodes(), m.coChairCodes(), m.status(),
                m.statedFigures(), m.attendees(), m.attendanceRecorded(), List.copyOf(recommendations),
                m.communiqueAdoptedOn());
    }

    /** Adopting the communiqué also records that the meeting took place. */
    public static MeetingSnapshot adopted(MeetingSnapshot m, LocalDate adoptedOn) {
        return new MeetingSnapshot(m.id(), m.kind(), m.ordinal(), m.title(), m.theme(), m.startDate(), m.endDate(),
                m.datePrecision(), m.city(), m.countryCode(), m.hostCodes(), m.coChairCodes(), MeetingStatus.HELD,
                m.statedFigures(), m.attendees(), m.attendanceRecorded(), m.recommendations(), adoptedOn);
    }
}
