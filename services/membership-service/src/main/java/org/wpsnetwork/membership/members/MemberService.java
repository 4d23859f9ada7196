package org.wpsnetwork.membership.members;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Service;
import org.wpsnetwork.contracts.membership.MemberStatus;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.kit.events.Change;
import org.wpsnetwork.kit.outbox.AggregateStore;
import org.wpsnetwork.kit.outbox.Created;
import org.wpsnetwork.kit.outbox.IdempotentRequest;
import org.wpsnetwork.kit.outbox.Versioned;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.kit.web.FieldViolation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Admits members, corrects their profile and records withdrawals. */
@Service
public class MemberService {

    private final AggregateStore<Member> members;
    private final Clock clock;

    MemberService(AggregateStore<Member> members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    public Created<Member> admit(AdmitMemberRequest request, IdempotentRequest idempotency) {
        Change<Member> admitted = Member.admit(request.code(), request.name(), request.type(), request.region(),
                request.joinedOn(), LocalDate.now(clock));
        // The code comes from the body, so a retry with the same key claims the same id.
        String code = members.claimId(idempotency, admitted.state().code());
        return members.create(code, admitted, idempotency);
    }

    public Versioned<Member> get(String code) {
        return members.get(code);
    }

    public List<Versioned<Member>> list(MemberType type, MemberStatus status, Region region) {
        List<Bson> filters = new ArrayList<>();
        if (type != null) {
            filters.add(Filters.eq("state.type", type.name()));
        }
        if (status != null) {
            filters.add(Filters.eq("state.status", status.name()));
        }
        if (region != null) {
            filters.add(Filters.eq("state.region", region.name()));
        }
        return members.findAll(filters.isEmpty() ? Filters.empty() : Filters.and(filters), Sorts.ascending("_id"));
    }

    public Versioned<Member> updateProfile(String code, String ifMatch, UpdateProfileRequest request) {
        if (request.name() == null && request.region() == null) {
            throw ApiProblemException.invalid("Give name, region or both", List.of(
                    FieldViolation.of("name", "give name, region or both"),
                    FieldViolation.of("region", "give name, region or both")));
        }
        Versioned<Member> current = members.getMatching(code, ifMatch);
        return members.update(code, current, current.state().updateProfile(request.name(), request.region()));
    }

    public Versioned<Member> withdraw(String code, String ifMatch, WithdrawalRequest request) {
        Versioned<Member> current = members.getMatching(code, ifMatch);
        return members.update(code, current,
                current.state().withdraw(request.effectiveOn(), request.reason(), LocalDate.now(clock)));
    }
}
