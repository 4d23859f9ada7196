package org.wpsnetwork.membership.roles;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.springframework.stereotype.Service;
import org.wpsnetwork.contracts.membership.RoleAssignment;
import org.wpsnetwork.kit.events.Change;
import org.wpsnetwork.kit.outbox.AggregateAlreadyExistsException;
import org.wpsnetwork.kit.outbox.AggregateStore;
import org.wpsnetwork.kit.outbox.OutboxSupport;
import org.wpsnetwork.kit.outbox.VersionConflictException;
import org.wpsnetwork.kit.outbox.Versioned;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.kit.web.ETags;
import org.wpsnetwork.kit.web.FieldViolation;
import org.wpsnetwork.membership.members.Member;
import org.wpsnetwork.membership.members.MemberResponse.YearRole;
import org.wpsnetwork.membership.members.MemberRoles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Records who held the network's roles each year (chair, co-chairs, troika, leadership quad). */
@Service
public class NetworkRolesService implements MemberRoles {

    private final AggregateStore<NetworkRoles> roles;
    private final AggregateStore<Member> members;

    NetworkRolesService(MongoDatabase database, OutboxSupport outbox, AggregateStore<Member> members) {
        this.roles = new AggregateStore<>("Network roles of", database.getCollection("network_roles"),
                NetworkRoles.class, outbox);
        roles.index("assigned_members", Indexes.ascending("state.assignments.memberCode"));
        this.members = members;
    }

    public Versioned<NetworkRoles> get(int year) {
        return roles.find(String.valueOf(year)).orElseGet(() -> new Versioned<>(NetworkRoles.none(year), 0));
    }

    public List<Versioned<NetworkRoles>> all() {
        return roles.findAll(Filters.empty(), Sorts.descending("state.year"));
    }

    /** Replaces the roles of {@code year} with the set given; the same set again changes nothing. */
    public Versioned<NetworkRoles> assign(int year, String ifMatch, AssignRolesRequest request) {
        Versioned<NetworkRoles> current = get(year);
        ETags.requireMatch(ifMatch, current.version());
        List<RoleAssignment> requested = request.assignments().stream()
                .map(a -> new RoleAssignment(a.memberCode(), a.role()))
                .toList();
        Change<NetworkRoles> assigned = current.state().assign(requested);
        requireMembersDuring(year, requested);
        String id = String.valueOf(year);
        if (current.version() == 0 && !assigned.changesNothing()) {
            try {
                return roles.create(id, assigned, null).aggregate();
            } catch (AggregateAlreadyExistsException concurrentlyCreated) {
                throw new VersionConflictException("Network roles of", id, 0, get(year).version());
            }
        }
        return roles.update(id, current, assigned);
    }

    private void requireMembersDuring(int year, List<RoleAssignment> assignments) {
        List<FieldViolation> broken = new ArrayList<>();
        for (int i = 0; i < assignments.size(); i++) {
            String code = assignments.get(i).memberCode();
            String field = "assignments[" + i + "].memberCode";
            Optional<Member> member = members.find(code).map(Versioned::state);
            if (member.isEmpty()) {
                broken.add(FieldViolation.of(field, "is not a member of the network", code));
            } else if (!member.get().wasMemberDuring(year)) {
                broken.add(FieldViolation.of(field, member.get().isActive()
                        ? "joined the network on " + member.get().joinedOn() + ", after " + year
                        : "had withdrawn from the network on " + member.get().withdrawnOn(), code));
            }
        }
        if (!broken.isEmpty()) {
            throw ApiProblemException.ruleViolated("Roles can only go to members of the network during " + year, broken);
        }
    }

    @Override
    public List<YearRole> of(String memberCode) {
        return ofEvery(roles.findAll(Filters.eq("state.assignments.memberCode", memberCode), Sorts.descending("state.year")))
                .getOrDefault(memberCode, List.of());
    }

    @Override
    public Map<String, List<YearRole>> ofEveryMember() {
        return ofEvery(all());
    }

    private static Map<String, List<YearRole>> ofEvery(List<Versioned<NetworkRoles>> years) {
        Map<String, List<YearRole>> byMember = new LinkedHashMap<>();
        for (Versioned<NetworkRoles> year : years) {
            for (RoleAssignment assignment : year.state().assignments()) {
                byMember.computeIfAbsent(assignment.memberCode(), code -> new ArrayList<>())
                        .add(new YearRole(assignment.role(), year.state().year()));
            }
        }
        return byMember;
    }
}
