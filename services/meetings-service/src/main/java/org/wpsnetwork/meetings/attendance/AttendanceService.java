package org.wpsnetwork.meetings.attendance;

import org.springframework.stereotype.Service;
import org.wpsnetwork.contracts.meetings.AttendanceRecorded;
import org.wpsnetwork.contracts.meetings.MeetingSnapshot;
import org.wpsnetwork.kit.events.NewEvent;
import org.wpsnetwork.kit.outbox.AggregateStore;
import org.wpsnetwork.kit.outbox.Versioned;
import org.wpsnetwork.kit.replicas.MemberRules;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.kit.web.FieldViolation;
import org.wpsnetwork.meetings.meetings.MeetingChanges;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.wpsnetwork.contracts.meetings.MeetingsEvents.ATTENDANCE_RECORDED;

/** Records who attended a meeting, always as the whole list. */
@Service
public class AttendanceService {

    private final AggregateStore<MeetingSnapshot> meetings;
    private final MemberRules members;
    private final Clock clock;

    AttendanceService(AggregateStore<MeetingSnapshot> meetings, MemberRules members, Clock clock) {
        this.meetings = meetings;
        this.members = members;
        this.clock = clock;
    }

    /** Replaces the attendance list; the same list again changes nothing. */
    public Versioned<MeetingSnapshot> record(String meetingId, String ifMatch, List<String> memberCodes) {
        Versioned<MeetingSnapshot> current = meetings.getMatching(meetingId, ifMatch);
        MeetingSnapshot meeting = current.state();
        List<FieldViolation> repeated = new ArrayList<>();
        for (int i = 0; i < memberCodes.size(); i++) {
            int first = memberCodes.indexOf(memberCodes.get(i));
            if (first < i) {
                repeated.add(FieldViolation.of("memberCodes[" + i + "]", "repeats memberCodes[" + first + "]",
                        memberCodes.get(i)));
            }
        }
        if (!repeated.isEmpty()) {
            throw ApiProblemException.invalid("The same member is listed twice", repeated);
        }
        if (meeting.startDate().isAfter(LocalDate.now(clock))) {
            throw ApiProblemException.ruleViolated("Attendance can only be recorded once the meeting has started",
                    List.of(FieldViolation.of("memberCodes", "the meeting starts on " + meeting.startDate())));
        }
        members.requireMembersDuring(meeting.startDate(), meeting.endDate(),
                new MemberRules.CodeList("memberCodes", memberCodes));
        List<String> attendees = memberCodes.stream().sorted().toList();
        if (meeting.attendanceRecorded() && attendees.equals(meeting.attendees())) {
            return current;
        }
        List<String> added = attendees.stream().filter(code -> !meeting.attendees().contains(code)).toList();
        List<String> removed = meeting.attendees().stream().filter(code -> !attendees.contains(code)).toList();
        MeetingSnapshot updated = MeetingChanges.withAttendance(meeting, attendees);
        return meetings.update(meetingId, current.version(), updated,
                List.of(NewEvent.of(ATTENDANCE_RECORDED, new AttendanceRecorded(updated, added, removed))));
    }
}
