package org.wpsnetwork.meetings.meetings;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Service;
import org.wpsnetwork.contracts.meetings.MeetingKind;
import org.wpsnetwork.kit.events.Change;
import org.wpsnetwork.kit.outbox.AggregateStore;
import org.wpsnetwork.kit.outbox.Created;
import org.wpsnetwork.kit.outbox.IdempotentRequest;
import org.wpsnetwork.kit.outbox.Versioned;
import org.wpsnetwork.kit.replicas.MemberRules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Puts meetings on the network's record and reads them back. */
@Service
public class MeetingService {

    private final AggregateStore<Meeting> meetings;
    private final MemberRules members;
    private final Clock clock;

    MeetingService(AggregateStore<Meeting> meetings, MemberRules members, Clock clock) {
        this.meetings = meetings;
        this.members = members;
        this.clock = clock;
    }

    public Created<Meeting> schedule(ScheduleMeetingRequest request, IdempotentRequest idempotency) {
        Change<Meeting> scheduled = Meeting.schedule(request, LocalDate.now(clock));
        Meeting meeting = scheduled.state();
        members.requireMembersDuring(meeting.startDate(), meeting.endDate(),
                new MemberRules.CodeList("hostCodes", meeting.hostCodes()),
                new MemberRules.CodeList("coChairCodes", meeting.coChairCodes()));
        String id = meetings.claimId(idempotency, meeting.id());
        return meetings.create(id, scheduled, idempotency);
    }

    public Versioned<Meeting> get(String id) {
        return meetings.get(id);
    }

    /** Newest first; a null filter does not filter. */
    public List<Versioned<Meeting>> list(Integer year, MeetingKind kind) {
        List<Bson> filters = new ArrayList<>();
        if (year != null) {
            filters.add(Filters.gte("state.startDate", year + "-01-01"));
            filters.add(Filters.lte("state.startDate", year + "-12-31"));
        }
        if (kind != null) {
            filters.add(Filters.eq("state.kind", kind.name()));
        }
        return meetings.findAll(filters.isEmpty() ? Filters.empty() : Filters.and(filters),
                Sorts.orderBy(Sorts.descending("state.startDate"), Sorts.ascending("_id")));
    }
}
