package org.wpsnetwork.testsupport;

import org.wpsnetwork.contracts.EventEnvelope;
import org.wpsnetwork.contracts.EventType;
import org.wpsnetwork.contracts.meetings.Addressee;
import org.wpsnetwork.contracts.meetings.AttendanceRecorded;
import org.wpsnetwork.contracts.meetings.CommuniqueAdopted;
import org.wpsnetwork.contracts.meetings.DatePrecision;
import org.wpsnetwork.contracts.meetings.MeetingKind;
import org.wpsnetwork.contracts.meetings.MeetingScheduled;
import org.wpsnetwork.contracts.meetings.MeetingSnapshot;
import org.wpsnetwork.contracts.meetings.MeetingStatus;
import org.wpsnetwork.contracts.meetings.MeetingsEvents;
import org.wpsnetwork.contracts.meetings.Recommendation;
import org.wpsnetwork.contracts.meetings.RecommendationAdded;
import org.wpsnetwork.contracts.meetings.RecommendationTheme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Builds the events meetings-service would publish for one meeting, version by version, to drive the
 * consumers of {@code wps.meetings.events} in tests.
 */
public final class MeetingHistory {

    private MeetingSnapshot meeting;
    private long version;

    public MeetingHistory(String id, String title, LocalDate startDate, LocalDate endDate) {
        this.meeting = new MeetingSnapshot(id, MeetingKind.CAPITAL_LEVEL, null, title, null, startDate, endDate,
                DatePrecision.DAY, "Geneva", "CHE", List.of(), List.of(), MeetingStatus.HELD, List.of(), List.of(),
                false, List.of(), null);
    }

    public EventEnvelope<?> scheduled() {
        return next(MeetingsEvents.MEETING_SCHEDULED, new MeetingScheduled(meeting));
    }

    public EventEnvelope<?> attended(String... codes) {
        List<String> before = meeting.attendees();
        List<String> after = List.of(codes).stream().sorted().toList();
        meeting = copy(after, true, meeting.recommendations(), meeting.communiqueAdoptedOn());
        return next(MeetingsEvents.ATTENDANCE_RECORDED, new AttendanceRecorded(meeting,
                after.stream().filter(code -> !before.contains(code)).toList(),
                before.stream().filter(code -> !after.contains(code)).toList()));
    }

    public EventEnvelope<?> recommended(String id, RecommendationTheme theme, Addressee addressee) {
        Recommendation recommendation = new Recommendation(id, theme, addressee, "Summary of " + id + ".", "1.");
        List<Recommendation> recommendations = new ArrayList<>(meeting.recommendations());
        recommendations.add(recommendation);
        meeting = copy(meeting.attendees(), meeting.attendanceRecorded(), recommendations, meeting.communiqueAdoptedOn());
        return next(MeetingsEvents.RECOMMENDATION_ADDED, new RecommendationAdded(meeting, recommendation));
    }

    public EventEnvelope<?> adopted() {
        meeting = copy(meeting.attendees(), meeting.attendanceRecorded(), meeting.recommendations(), meeting.endDate());
        return next(MeetingsEvents.COMMUNIQUE_ADOPTED, new CommuniqueAdopted(meeting, meeting.endDate()));
    }

    private MeetingSnapshot copy(List<String> attendees, boolean recorded, List<Recommendation> recommendations,
                                 LocalDate adoptedOn) {
        MeetingSnapshot m = meeting;
        return new MeetingSnapshot(m.id(), m.kind(), m.ordinal(), m.title(), m.theme(), m.startDate(), m.endDate(),
                m.datePrecision(), m.city(), m.countryCode(), m.hostCodes(), m.coChairCodes(), m.status(),
                m.statedFigures(), attendees, recorded, List.copyOf(recommendations), adoptedOn);
    }

    private <P> EventEnvelope<P> next(EventType<P> type, P payload) {
        version++;
        return new EventEnvelope<>(UUID.randomUUID(), type.name(), type.schemaVersion(), type.aggregateType(),
                meeting.id(), version, Instant.now(), "meetings-service", meeting.id() + "-" + version,
                TestTokens.SECRETARIAT_ACTOR, payload);
    }
}
