package org.wpsnetwork.meetings.attendance;

import org.springframework.stereotype.Service;
import org.wpsnetwork.kit.events.Change;
import org.wpsnetwork.kit.outbox.AggregateStore;
import org.wpsnetwork.kit.outbox.Versioned;
import org.wpsnetwork.kit.replicas.MemberRules;
import org.wpsnetwork.meetings.meetings.Meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Records who attended a meeting, always as the whole list. */
@Service
public class AttendanceService {

    private final AggregateStore<Meeting> meetings;
    private final MemberRules members;
    private final Clock clock;

    AttendanceService(AggregateStore<Meeting> meetings, MemberRules members, Clock clock) {
        this.meetings = meetings;
        this.members = members;
        this.clock = clock;
    }

    /** Replaces the attendance list; the same list again changes nothing. */
    public Versioned<Meeting> record(String meetingId, String ifMatch, List<String> memberCodes) {
        Versioned<Meeting> current = meetings.getMatching(meetingId, ifMatch);
        Meeting meeting = current.state();
        Change<Meeting> recorded = meeting.recordAttendance(memberCodes, LocalDate.now(clock));
        members.requireMembersDuring(meeting.startDate(), meeting.endDate(),
                new MemberRules.CodeList("memberCodes", memberCodes));
        return meetings.update(meetingId, current, recorded);
    }
}
