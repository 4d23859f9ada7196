package org.wpsnetwork.nap.plans;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.springframework.stereotype.Service;
import org.wpsnetwork.contracts.membership.MemberSnapshot;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.nap.ActionPlanAdopted;
import org.wpsnetwork.contracts.nap.ActionPlanExtended;
import org.wpsnetwork.contracts.nap.ActionPlanSnapshot;
import org.wpsnetwork.contracts.nap.Budget;
import org.wpsnetwork.contracts.nap.Extension;
import org.wpsnetwork.contracts.nap.Indicator;
import org.wpsnetwork.contracts.nap.PlanKind;
import org.wpsnetwork.contracts.nap.PlanStatus;
import org.wpsnetwork.kit.text.Ordinals;
import org.wpsnetwork.kit.events.NewEvent;
import org.wpsnetwork.kit.outbox.AggregateStore;
import org.wpsnetwork.kit.outbox.Created;
import org.wpsnetwork.kit.outbox.IdempotentRequest;
import org.wpsnetwork.kit.outbox.OutboxSupport;
import org.wpsnetwork.kit.outbox.Versioned;
import org.wpsnetwork.kit.replicas.MemberRules;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.kit.web.FieldViolation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.wpsnetwork.contracts.nap.NapEvents.ACTION_PLAN_ADOPTED;
import static org.wpsnetwork.contracts.nap.NapEvents.ACTION_PLAN_EXTENDED;

/** Records the action plans members adopt, extends them, and says where each stands. */
@Service
public class PlanService {

    private final AggregateStore<ActionPlanSnapshot> plans;
    private final MemberRules members;
    private final Clock clock;

    PlanService(MongoDatabase database, OutboxSupport outbox, MemberRules members, Clock clock) {
        // Keyed by member: consumers see a member's plans and reports in the order they happened.
        this.plans = new AggregateStore<>("Action plan", database.getCollection("action_plans"),
                ActionPlanSnapshot.class, outbox, ActionPlanSnapshot::memberCode);
        plans.index("member_kind_generation", Indexes.compoundIndex(Indexes.ascending("state.memberCode", "state.kind"),
                Indexes.descending("state.generation")));
        this.members = members;
        this.clock = clock;
    }

    public Created<PlanResponse> adopt(String memberCode, AdoptPlanRequest request, IdempotentRequest idempotency) {
        requireWellFormed(request);
        MemberSnapshot member = members.requireActiveMember("code", memberCode);
        ActionPlanSnapshot plan = new ActionPlanSnapshot(request.id(), memberCode, request.kind(),
                request.title().trim(), request.generation(), request.adoptedOn(), request.periodStart(),
                request.periodEnd(), request.budget() == null ? null
                        : new Budget(request.budget().amount(), request.budget().currency()),
                request.leadInstitution().trim(), request.pillars().stream().map(String::trim).toList(),
                request.indicators().stream().map(i -> new Indicator(i.code(), i.description().trim(), i.pillar().trim(),
                        i.unit().trim(), i.baseline(), i.target())).toList(),
                List.of(), Boolean.TRUE.equals(request.demo()));
        List<FieldViolation> broken = new ArrayList<>();
        kindProblem(member, plan.kind()).ifPresent(broken::add);
        datesProblems(plan, broken);
        indicatorProblems(plan, broken);
        List<ActionPlanSnapshot> memberPlans = plansOf(memberCode);
        for (ActionPlanSnapshot other : memberPlans) {
            if (other.kind() == plan.kind() && other.generation() == plan.generation() && !other.id().equals(plan.id())) {
                broken.add(FieldViolation.of("generation", "plan " + other.id() + " is already " + memberCode + "'s "
                        + Ordinals.of(plan.generation()) + " " + plan.kind(), plan.generation()));
            }
        }
        overlapProblem(plan, memberPlans, "periodStart").ifPresent(broken::add);
        if (!broken.isEmpty()) {
            throw ApiProblemException.ruleViolated("The action plan cannot be recorded", broken);
        }
        String id = plans.claimId(idempotency, plan.id());
        Created<ActionPlanSnapshot> created = plans.create(id, plan,
                List.of(NewEvent.of(ACTION_PLAN_ADOPTED, new ActionPlanAdopted(plan))), idempotency);
        return new Created<>(withStatus(created.aggregate()), created.replayed());
    }

    public Versioned<PlanResponse> extend(String planId, String ifMatch, ExtendPlanRequest request) {
        Versioned<ActionPlanSnapshot> current = plans.getMatching(planId, ifMatch);
        ActionPlanSnapshot plan = current.state();
        List<ActionPlanSnapshot> memberPlans = plansOf(plan.memberCode());
        if (PlanStatus.of(plan, memberPlans, LocalDate.now(clock)) == PlanStatus.SUPERSEDED) {
            throw ApiProblemException.conflict(planId + " was superseded by a later generation and cannot be extended");
        }
        if (!request.periodEnd().isAfter(plan.periodEnd())) {
            throw ApiProblemException.ruleViolated("An extension moves the end later", List.of(FieldViolation.of(
                    "periodEnd", "must be after the current end " + plan.periodEnd(), request.periodEnd().toString())));
        }
        List<Extension> extensions = new ArrayList<>(plan.extensions());
        Extension extension = new Extension(plan.periodEnd(), request.periodEnd(), request.reason().trim(),
                LocalDate.now(clock));
        extensions.add(extension);
        ActionPlanSnapshot extended = new ActionPlanSnapshot(plan.id(), plan.memberCode(), plan.kind(), plan.title(),
                plan.generation(), plan.adoptedOn(), plan.periodStart(), request.periodEnd(), plan.budget(),
                plan.leadInstitution(), plan.pillars(), plan.indicators(), List.copyOf(extensions), plan.demo());
        overlapProblem(extended, memberPlans, "periodEnd").ifPresent(problem -> {
            throw ApiProblemException.ruleViolated("The extension would overlap another plan", List.of(problem));
        });
        return withStatus(plans.update(planId, current.version(), extended,
                List.of(NewEvent.of(ACTION_PLAN_EXTENDED, new ActionPlanExtended(extended, extension)))));
    }

    public Versioned<ActionPlanSnapshot> get(String planId) {
        return plans.get(planId);
    }

    public Versioned<PlanResponse> getWithStatus(String planId) {
        return withStatus(plans.get(planId));
    }

    /** The member's plans with their status, newest generation first within each kind. */
    public List<PlanResponse> list(String memberCode) {
        List<Versioned<ActionPlanSnapshot>> found = plans.findAll(Filters.eq("state.memberCode", memberCode),
                Sorts.orderBy(Sorts.ascending("state.kind"), Sorts.descending("state.generation")));
        List<ActionPlanSnapshot> all = found.stream().map(Versioned::state).toList();
        LocalDate today = LocalDate.now(clock);
        return found.stream().map(plan -> new PlanResponse(plan.state(), PlanStatus.of(plan.state(), all, today),
                plan.version())).toList();
    }

    private Versioned<PlanResponse> withStatus(Versioned<ActionPlanSnapshot> plan) {
        PlanStatus status = PlanStatus.of(plan.state(), plansOf(plan.state().memberCode()), LocalDate.now(clock));
        return new Versioned<>(new PlanResponse(plan.state(), status, plan.version()), plan.version());
    }

    private List<ActionPlanSnapshot> plansOf(String memberCode) {
        return plans.findAll(Filters.eq("state.memberCode", memberCode), Sorts.ascending("_id")).stream()
                .map(Versioned::state).toList();
    }

    /** Syntax the annotations cannot express: currency codes and repeated pillars. */
    private static void requireWellFormed(AdoptPlanRequest request) {
        List<FieldViolation> malformed = new ArrayList<>();
        if (request.budget() != null) {
            try {
                Currency.getInstance(request.budget().currency());
            } catch (IllegalArgumentException e) {
                malformed.add(FieldViolation.of("budget.currency", "is not an ISO 4217 currency code",
                        request.budget().currency()));
            }
        }
        Set<String> pillars = new HashSet<>();
        for (int i = 0; i < request.pillars().size(); i++) {
            if (!pillars.add(request.pillars().get(i).trim())) {
                malformed.add(FieldViolation.of("pillars[" + i + "]", "repeats an earlier pillar", request.pillars().get(i)));
            }
        }
        if (!malformed.isEmpty()) {
            throw ApiProblemException.invalid(malformed.size() == 1 ? malformed.get(0).field() + " "
                    + malformed.get(0).message() : malformed.size() + " fields are invalid", malformed);
        }
    }

    private static Optional<FieldViolation> kindProblem(MemberSnapshot member, PlanKind kind) {
        boolean state = member.type() == MemberType.STATE;
        if (state != (kind == PlanKind.NAP)) {
            return Optional.of(FieldViolation.of("kind", state
                    ? "must be NAP: a state adopts a national action plan"
                    : "must be RAP or STRATEGY: a regional organization adopts a regional plan or strategy", kind.name()));
        }
        return Optional.empty();
    }

    private void datesProblems(ActionPlanSnapshot plan, List<FieldViolation> broken) {
        if (plan.periodEnd().isBefore(plan.periodStart())) {
            broken.add(FieldViolation.of("periodEnd", "must not be before periodStart " + plan.periodStart(),
                    plan.periodEnd().toString()));
        }
        if (plan.adoptedOn().isAfter(LocalDate.now(clock))) {
            broken.add(FieldViolation.of("adoptedOn", "must not be in the future", plan.adoptedOn().toString()));
        }
    }

    private static void indicatorProblems(ActionPlanSnapshot plan, List<FieldViolation> broken) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < plan.indicators().size(); i++) {
            Indicator indicator = plan.indicators().get(i);
            if (!codes.add(indicator.code())) {
                broken.add(FieldViolation.of("indicators[" + i + "].code", "repeats an earlier indicator code",
                        indicator.code()));
            }
            if (!plan.pillars().contains(indicator.pillar())) {
                broken.add(FieldViolation.of("indicators[" + i + "].pillar", "is not one of the plan's pillars "
                        + plan.pillars(), indicator.pillar()));
            }
            if (indicator.target().compareTo(indicator.baseline()) == 0) {
                broken.add(FieldViolation.of("indicators[" + i + "].target", "must differ from the baseline, or "
                        + "progress cannot be measured", indicator.target()));
            }
        }
    }

    /** Plans of the same kind may overlap only where one supersedes the other. */
    private static Optional<FieldViolation> overlapProblem(ActionPlanSnapshot plan,
                                                                    List<ActionPlanSnapshot> memberPlans, String field) {
        for (ActionPlanSnapshot other : memberPlans) {
            if (other.id().equals(plan.id()) || other.kind() != plan.kind() || other.generation() == plan.generation()) {
                continue;
            }
            boolean overlap = !plan.periodStart().isAfter(other.periodEnd())
                    && !other.periodStart().isAfter(plan.periodEnd());
            if (overlap && !PlanStatus.supersedes(plan, other) && !PlanStatus.supersedes(other, plan)) {
                return Optional.of(FieldViolation.of(field, "overlaps " + other.id() + " ("
                        + other.periodStart() + " to " + other.periodEnd() + "), an active " + other.kind()
                        + " of the same member", plan.periodStart() + " to " + plan.periodEnd()));
            }
        }
        return Optional.empty();
    }
}
