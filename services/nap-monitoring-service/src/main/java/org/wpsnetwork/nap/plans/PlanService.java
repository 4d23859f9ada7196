package org.wpsnetwork.nap.plans;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.springframework.stereotype.Service;
import org.wpsnetwork.contracts.Actor;
import org.wpsnetwork.nap.references.ReferenceIndicators;
import org.wpsnetwork.contracts.membership.MemberSnapshot;
import org.wpsnetwork.kit.events.Change;
import org.wpsnetwork.kit.outbox.AggregateStore;
import org.wpsnetwork.kit.outbox.Created;
import org.wpsnetwork.kit.outbox.IdempotentRequest;
import org.wpsnetwork.kit.outbox.OutboxSupport;
import org.wpsnetwork.kit.outbox.Versioned;
import org.wpsnetwork.kit.replicas.MemberRules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Records the action plans members adopt, extends them, and says where each stands. */
@Service
public class PlanService {

    private final AggregateStore<ActionPlan> plans;
    private final MemberRules members;
    private final ReferenceIndicators references;
    private final Clock clock;

    PlanService(MongoDatabase database, OutboxSupport outbox, MemberRules members, ReferenceIndicators references,
                Clock clock) {
        // Keyed by member: consumers see a member's plans and reports in the order they happened.
        this.plans = new AggregateStore<>("Action plan", database.getCollection("action_plans"),
                ActionPlan.class, outbox, ActionPlan::memberCode);
        plans.index("member_kind_generation", Indexes.compoundIndex(Indexes.ascending("state.memberCode", "state.kind"),
                Indexes.descending("state.generation")));
        plans.restatable((plan, id, reason) -> plan.restate(reason, references.byCode()));
        this.members = members;
        this.references = references;
        this.clock = clock;
    }

    public Created<PlanResponse> adopt(String memberCode, AdoptPlanRequest request, IdempotentRequest idempotency) {
        ActionPlan proposed = ActionPlan.proposed(memberCode, request);
        MemberSnapshot member = members.requireActiveMember("code", memberCode);
        Change<ActionPlan> adopted = proposed.adopt(member.type(), plansOf(memberCode), LocalDate.now(clock),
                references.byCode());
        String id = plans.claimId(idempotency, proposed.id());
        Created<ActionPlan> created = plans.create(id, adopted, idempotency);
        return new Created<>(withStatus(created.aggregate()), created.replayed());
    }

    public Versioned<PlanResponse> extend(String planId, String ifMatch, ExtendPlanRequest request) {
        Versioned<ActionPlan> current = plans.getMatching(planId, ifMatch);
        ActionPlan plan = current.state();
        Change<ActionPlan> extended = plan.extend(request.periodEnd(), request.reason(), plansOf(plan.memberCode()),
                LocalDate.now(clock));
        return withStatus(plans.update(planId, current, extended));
    }

    public Versioned<PlanResponse> overrideStatus(String planId, String code, String ifMatch,
                                                  StatusOverrideRequest request, Actor by) {
        Versioned<ActionPlan> current = plans.getMatching(planId, ifMatch);
        return withStatus(plans.update(planId, current, current.state().overrideStatus(code, request.status(),
                request.reason(), by, clock.instant())));
    }

    public Versioned<PlanResponse> withdrawStatusOverride(String planId, String code, String ifMatch) {
        Versioned<ActionPlan> current = plans.getMatching(planId, ifMatch);
        return withStatus(plans.update(planId, current, current.state().withdrawStatusOverride(code)));
    }

    public Versioned<ActionPlan> get(String planId) {
        return plans.get(planId);
    }

    public Versioned<PlanResponse> getWithStatus(String planId) {
        return withStatus(plans.get(planId));
    }

    /** The member's plans with their status, newest generation first within each kind. */
    public List<PlanResponse> list(String memberCode) {
        List<Versioned<ActionPlan>> found = plans.findAll(Filters.eq("state.memberCode", memberCode),
                Sorts.orderBy(Sorts.ascending("state.kind"), Sorts.descending("state.generation")));
        List<ActionPlan> all = found.stream().map(Versioned::state).toList();
        LocalDate today = LocalDate.now(clock);
        return found.stream().map(plan -> new PlanResponse(plan.state(), plan.state().status(all, today),
                plan.version())).toList();
    }

    private Versioned<PlanResponse> withStatus(Versioned<ActionPlan> plan) {
        ActionPlan state = plan.state();
        return new Versioned<>(new PlanResponse(state, state.status(plansOf(state.memberCode()), LocalDate.now(clock)),
                plan.version()), plan.version());
    }

    private List<ActionPlan> plansOf(String memberCode) {
        return plans.findAll(Filters.eq("state.memberCode", memberCode), Sorts.ascending("_id")).stream()
                .map(Versioned::state).toList();
    }
}
