package org.wpsnetwork.kit.replicas;

import org.wpsnetwork.contracts.membership.MemberSnapshot;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.kit.web.FieldViolation;
import org.wpsnetwork.kit.web.ProblemType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks member codes in a request against the service's {@link MemberReplica}: every code must be a member,
 * and a member during the period the request is about.
 */
public final class MemberRules {

    private final MemberReplica replica;

    public MemberRules(MemberReplica replica) {
        this.replica = replica;
    }

    /**
     * Requires {@code code} to name a member that has not withdrawn.
     *
     * @param field where the code came from, for the problem's errors (e.g. "code" for a path variable)
     * @throws ApiProblemException 422 unknown-members, or 422 rule-violated for a member that withdrew
     */
    public MemberSnapshot requireActiveMember(String field, String code) {
        MemberSnapshot member = replica.find(code).map(MemberReplica.Replicated::member).orElseThrow(() ->
                new ApiProblemException(ProblemType.UNKNOWN_MEMBERS, "Member code unknown: " + code,
                        List.of(FieldViolation.of(field, "is not a member of the network", code))));
        if (member.withdrawnOn() != null) {
            throw ApiProblemException.ruleViolated(code + " withdrew from the network on " + member.withdrawnOn(),
                    List.of(FieldViolation.of(field, "withdrew from the network on " + member.withdrawnOn(), code)));
        }
        return member;
    }

    /** A list of member codes from one field of a request, e.g. {@code hostCodes}. */
    public record CodeList(String field, List<String> codes) {
    }

    /**
     * Requires every code to name a member that belonged to the network at some time between {@code from} and
     * {@code to}.
     *
     * @throws ApiProblemException 422 unknown-members naming every unknown code, or 422 rule-violated naming every
     *                             member that had not joined yet or had already withdrawn
     */
    public void requireMembersDuring(LocalDate from, LocalDate to, CodeList... lists) {
        List<String> all = new ArrayList<>();
        for (CodeList list : lists) {
            all.addAll(list.codes());
        }
        Map<String, MemberSnapshot> known = replica.findAll(all);
        List<FieldViolation> unknown = new ArrayList<>();
        List<FieldViolation> outside = new ArrayList<>();
        for (CodeList list : lists) {
            for (int i = 0; i < list.codes().size(); i++) {
                String code = list.codes().get(i);
                String field = list.field() + "[" + i + "]";
                MemberSnapshot member = known.get(code);
                if (member == null) {
                    unknown.add(FieldViolation.of(field, "is not a member of the network", code));
                } else if (member.joinedOn().isAfter(to)) {
                    outside.add(FieldViolation.of(field, "joined the network on " + member.joinedOn() + ", after "
                            + to, code));
                } else if (member.withdrawnOn() != null && member.withdrawnOn().isBefore(from)) {
                    outside.add(FieldViolation.of(field, "had withdrawn from the network on " + member.withdrawnOn(),
                            code));
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new ApiProblemException(ProblemType.UNKNOWN_MEMBERS, unknown.size() + " member code(s) unknown: "
                    + String.join(", ", unknown.stream().map(v -> String.valueOf(v.rejectedValue())).toList()), unknown);
        }
        if (!outside.isEmpty()) {
            throw ApiProblemException.ruleViolated("Only members of the network at the time can take part", outside);
        }
    }
}
