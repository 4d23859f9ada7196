package org.wpsnetwork.membership.focalpoints;

import org.springframework.stereotype.Service;
import org.wpsnetwork.contracts.membership.FocalPoint;
import org.wpsnetwork.kit.outbox.AggregateStore;
import org.wpsnetwork.kit.outbox.Versioned;
import org.wpsnetwork.membership.members.Member;

import java.time.Clock;
import java.time.LocalDate;

/** Appoints, replaces and vacates members' focal points. */
@Service
public class FocalPointService {

    private final AggregateStore<Member> members;
    private final Clock clock;

    FocalPointService(AggregateStore<Member> members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    /** Appoints a focal point, replacing the one there is; sending the same person again changes nothing. */
    public Versioned<Member> appoint(String code, String ifMatch, FocalPointRequest request) {
        Versioned<Member> current = members.getMatching(code, ifMatch);
        FocalPoint appointed = new FocalPoint(request.name().trim(), request.title() == null ? null : request.title().trim(),
                request.institution().trim(), request.email().trim(), request.appointedOn());
        return members.update(code, current, current.state().appointFocalPoint(appointed, LocalDate.now(clock)));
    }

    public Versioned<Member> vacate(String code, String ifMatch) {
        Versioned<Member> current = members.getMatching(code, ifMatch);
        return members.update(code, current, current.state().vacateFocalPoint());
    }
}
