package org.wpsnetwork.membership.members;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Service;
import org.wpsnetwork.contracts.membership.MemberAdmitted;
import org.wpsnetwork.contracts.membership.MemberProfileUpdated;
import org.wpsnetwork.contracts.membership.MemberStatus;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.MemberWithdrew;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.kit.events.NewEvent;
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
import java.util.Optional;

import static org.wpsnetwork.contracts.membership.MembershipEvents.MEMBER_ADMITTED;
import static org.wpsnetwork.contracts.membership.MembershipEvents.MEMBER_PROFILE_UPDATED;
import static org.wpsnetwork.contracts.membership.MembershipEvents.MEMBER_WITHDREW;

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
        MemberCodes.problemWith(request.code(), request.type()).ifPresent(problem -> {
            throw ApiProblemException.invalid(problem);
        });
        List<FieldViolation> broken = new ArrayList<>();
        regionProblem(request.type(), request.region()).ifPresent(broken::add);
        LocalDate today = LocalDate.now(clock);
        if (request.joinedOn().isAfter(today)) {
            broken.add(FieldViolation.of("joinedOn", "must not be in the future", request.joinedOn().toString()));
        }
        if (request.joinedOn().isBefore(Member.NETWORK_FOUNDED_ON)) {
            broken.add(FieldViolation.of("joinedOn", "must not be before the network was founded on "
                    + Member.NETWORK_FOUNDED_ON, request.joinedOn().toString()));
        }
        requireNone(broken, "The member cannot be admitted");
        Member member = Member.admit(request.code(), request.name().trim(), request.type(), request.region(),
                request.joinedOn());
        // The code comes from the body, so a retry with the same key claims the same id.
        String code = members.claimId(idempotency, member.code());
        return members.create(code, member,
                List.of(NewEvent.of(MEMBER_ADMITTED, new MemberAdmitted(member.snapshot()))), idempotency);
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
        Member member = current.state();
        if (request.region() != null) {
            regionProblem(member.type(), request.region()).ifPresent(problem -> {
                throw ApiProblemException.ruleViolated("The region does not fit the member", List.of(problem));
            });
        }
        Member updated = member.withProfile(request.name() == null ? null : request.name().trim(), request.region());
        if (updated.sameProfileAs(member)) {
            return current;
        }
        List<String> changed = new ArrayList<>();
        if (!updated.name().equals(member.name())) {
            changed.add("name");
        }
        if (updated.region() != member.region()) {
            changed.add("region");
        }
        return members.update(code, current.version(), updated, List.of(NewEvent.of(MEMBER_PROFILE_UPDATED,
                new MemberProfileUpdated(updated.snapshot(), changed))));
    }

    public Versioned<Member> withdraw(String code, String ifMatch, WithdrawalRequest request) {
        Versioned<Member> current = members.getMatching(code, ifMatch);
        Member member = current.state();
        if (!member.isActive()) {
            throw ApiProblemException.conflict(code + " already withdrew from the network on " + member.withdrawnOn());
        }
        List<FieldViolation> broken = new ArrayList<>();
        if (request.effectiveOn().isBefore(member.joinedOn())) {
            broken.add(FieldViolation.of("effectiveOn", "must not be before the member joined on " + member.joinedOn(),
                    request.effectiveOn().toString()));
        }
        if (request.effectiveOn().isAfter(LocalDate.now(clock))) {
            broken.add(FieldViolation.of("effectiveOn", "must not be in the future; record a withdrawal once it is effective",
                    request.effectiveOn().toString()));
        }
        requireNone(broken, "The withdrawal cannot be recorded");
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().trim();
        Member withdrawn = member.withdraw(request.effectiveOn(), reason);
        return members.update(code, current.version(), withdrawn, List.of(NewEvent.of(MEMBER_WITHDREW,
                new MemberWithdrew(withdrawn.snapshot(), request.effectiveOn(), reason))));
    }

    private static Optional<FieldViolation> regionProblem(MemberType type, Region region) {
        if (type == MemberType.STATE && region == Region.TRANSREGIONAL) {
            return Optional.of(FieldViolation.of("region",
                    "TRANSREGIONAL is for regional organizations that span several regions; a state has one UN region",
                    region.name()));
        }
        return Optional.empty();
    }

    private static void requireNone(List<FieldViolation> broken, String detail) {
        if (!broken.isEmpty()) {
            throw ApiProblemException.ruleViolated(detail, broken);
        }
    }
}
