package org.wpsnetwork.membership.focalpoints;

import org.springframework.stereotype.Service;
import org.wpsnetwork.contracts.membership.FocalPoint;
import org.wpsnetwork.contracts.membership.FocalPointAppointed;
import org.wpsnetwork.contracts.membership.FocalPointVacated;
import org.wpsnetwork.kit.events.NewEvent;
import org.wpsnetwork.kit.outbox.AggregateStore;
import org.wpsnetwork.kit.outbox.Versioned;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.kit.web.FieldViolation;
import org.wpsnetwork.membership.members.Member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.wpsnetwork.contracts.membership.MembershipEvents.FOCAL_POINT_APPOINTED;
import static org.wpsnetwork.contracts.membership.MembershipEvents.FOCAL_POINT_VACATED;

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
        Member member = current.state();
        if (!member.isActive()) {
            throw ApiProblemException.conflict(code + " withdrew from the network on " + member.withdrawnOn()
                    + " and cannot appoint a focal point");
        }
        if (request.appointedOn().isAfter(LocalDate.now(clock))) {
            throw ApiProblemException.ruleViolated("The appointment cannot be recorded", List.of(FieldViolation.of(
                    "appointedOn", "must not be in the future", request.appointedOn().toString())));
        }
        FocalPoint appointed = new FocalPoint(request.name().trim(), request.title() == null ? null : request.title().trim(),
                request.institution().trim(), request.email().trim(), request.appointedOn());
        if (appointed.equals(member.focalPoint())) {
            return current;
        }
        Member updated = member.withFocalPoint(appointed);
        return members.update(code, current.version(), updated, List.of(NewEvent.of(FOCAL_POINT_APPOINTED,
                new FocalPointAppointed(updated.snapshot(), appointed, member.focalPoint()))));
    }

    public Versioned<Member> vacate(String code, String ifMatch) {
        Versioned<Member> current = members.getMatching(code, ifMatch);
        Member member = current.state();
        if (member.focalPoint() == null) {
            throw ApiProblemException.notFound(code + " has no focal point to vacate");
        }
        Member updated = member.withFocalPoint(null);
        return members.update(code, current.version(), updated, List.of(NewEvent.of(FOCAL_POINT_VACATED,
                new FocalPointVacated(updated.snapshot(), member.focalPoint()))));
    }
}
