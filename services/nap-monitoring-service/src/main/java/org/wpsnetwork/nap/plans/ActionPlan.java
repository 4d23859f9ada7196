package org.wpsnetwork.nap.plans;

import org.wpsnetwork.contracts.Actor;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.nap.ActionPlanAdopted;
import org.wpsnetwork.contracts.nap.ActionPlanCorrected;
import org.wpsnetwork.contracts.nap.ActionPlanExtended;
import org.wpsnetwork.contracts.nap.ActionPlanSnapshot;
import org.wpsnetwork.contracts.nap.Budget;
import org.wpsnetwork.contracts.nap.Extension;
import org.wpsnetwork.contracts.nap.Indicator;
import org.wpsnetwork.contracts.nap.IndicatorStatusOverrideWithdrawn;
import org.wpsnetwork.contracts.nap.IndicatorStatusOverridden;
import org.wpsnetwork.contracts.nap.IndicatorValue;
import org.wpsnetwork.contracts.nap.PlanKind;
import org.wpsnetwork.contracts.nap.PlanStatus;
import org.wpsnetwork.contracts.nap.ReportingFrequency;
import org.wpsnetwork.contracts.nap.ProgressStatus;
import org.wpsnetwork.contracts.nap.StatusOverride;
import org.wpsnetwork.kit.events.Change;
import org.wpsnetwork.kit.text.Ordinals;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.kit.web.FieldViolation;
import org.wpsnetwork.nap.references.ReferenceIndicator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.wpsnetwork.contracts.nap.NapEvents.ACTION_PLAN_ADOPTED;
import static org.wpsnetwork.contracts.nap.NapEvents.ACTION_PLAN_CORRECTED;
import static org.wpsnetwork.contracts.nap.NapEvents.ACTION_PLAN_EXTENDED;
import static org.wpsnetwork.contracts.nap.NapEvents.INDICATOR_STATUS_OVERRIDDEN;
import static org.wpsnetwork.contracts.nap.NapEvents.INDICATOR_STATUS_OVERRIDE_WITHDRAWN;

/**
 * An action plan a member adopted, with its indicators and extensions. Immutable: every change checks the plan's
 * rules against the member's other plans and returns the plan as it stands afterwards with the event that says
 * what happened. Its status is derived, never stored ({@link #status}).
 *
 * @param demo            true for plans made up by the demo-data generator, never part of the network's record
 * @param statusOverrides the secretariat's judgements of indicators' progress status, one per indicator at most
 * @param reportingFrequency how often the member reports on it (null on plans stored before: annual)
 * @param gracePeriodDays    how long after a reporting period ends its report is on time (null before: 90)
 */
public record ActionPlan(
        String id,
        String memberCode,
        PlanKind kind,
        String title,
        int generation,
        LocalDate adoptedOn,
        LocalDate periodStart,
        LocalDate periodEnd,
        Budget budget,
        String leadInstitution,
        List<String> pillars,
        List<Indicator> indicators,
        List<Extension> extensions,
        boolean demo,
        List<StatusOverride> statusOverrides,
        ReportingFrequency reportingFrequency,
        Integer gracePeriodDays) {

    public ActionPlan {
        // Plans stored before overrides existed have none.
        statusOverrides = statusOverrides == null ? List.of() : List.copyOf(statusOverrides);
    }

    /**
     * The plan a request describes, not yet adopted.
     *
     * @throws ApiProblemException 400 for what the annotations cannot express: currency codes, repeated pillars
     */
    static ActionPlan proposed(String memberCode, AdoptPlanRequest request) {
        List<FieldViolation> malformed = new ArrayList<>();
        if (request.budget() != null && !isCurrency(request.budget().currency())) {
            malformed.add(FieldViolation.of("budget.currency", "is not an ISO 4217 currency code",
                    request.budget().currency()));
        }
        for (int i = 0; i < request.indicators().size(); i++) {
            String currency = request.indicators().get(i).currency();
            if (currency != null && !isCurrency(currency)) {
                malformed.add(FieldViolation.of("indicators[" + i + "].currency", "is not an ISO 4217 currency code",
                        currency));
            }
        }
        malformed.addAll(FieldViolation.repeatsIn("pillars", request.pillars(), String::trim, null));
        ApiProblemException.requireWellFormed(malformed);
        return new ActionPlan(request.id(), memberCode, request.kind(), request.title().trim(), request.generation(),
                request.adoptedOn(), request.periodStart(), request.periodEnd(), request.budget() == null ? null
                        : new Budget(request.budget().amount(), request.budget().currency()),
                request.leadInstitution().trim(), request.pillars().stream().map(String::trim).toList(),
                request.indicators().stream().map(i -> i.indicator(request.periodEnd()))
                        .map(ActionPlan::withDirection).toList(),
                List.of(), Boolean.TRUE.equals(request.demo()), List.of(),
                request.reportingFrequency() == null ? ReportingFrequency.ANNUAL : request.reportingFrequency(),
                request.gracePeriodDays() == null ? ActionPlanSnapshot.DEFAULT_GRACE_PERIOD_DAYS
                        : request.gracePeriodDays());
    }

    /**
     * Adopts this plan for a member of {@code memberType} whose plans so far are {@code memberPlans}.
     *
     * @throws ApiProblemException 422 naming every rule the plan breaks
     */
    Change<ActionPlan> adopt(MemberType memberType, List<ActionPlan> memberPlans, LocalDate today,
                             Map<String, ReferenceIndicator> catalogue) {
        List<FieldViolation> broken = new ArrayList<>();
        kindProblem(memberType).ifPresent(broken::add);
        if (periodEnd.isBefore(periodStart)) {
            broken.add(FieldViolation.of("periodEnd", "must not be before periodStart " + periodStart,
                    periodEnd.toString()));
        }
        if (adoptedOn.isAfter(today)) {
            broken.add(FieldViolation.of("adoptedOn", "must not be in the future", adoptedOn.toString()));
        }
        broken.addAll(indicatorProblems(catalogue));
        for (ActionPlan other : memberPlans) {
            if (other.kind == kind && other.generation == generation && !other.id.equals(id)) {
                broken.add(FieldViolation.of("generation", "plan " + other.id + " is already " + memberCode + "'s "
                        + Ordinals.of(generation) + " " + kind, generation));
            }
        }
        overlapProblem(memberPlans, "periodStart").ifPresent(broken::add);
        ApiProblemException.requireNoRuleViolated("The action plan cannot be recorded", broken);
        return Change.of(this, ACTION_PLAN_ADOPTED, new ActionPlanAdopted(snapshot()));
    }

    /**
     * Moves the end of the plan's period later, for a reason, recorded on {@code today}.
     *
     * @throws ApiProblemException 409 for a superseded plan, 422 for an end that is not later or would overlap
     */
    Change<ActionPlan> extend(LocalDate newEnd, String reason, List<ActionPlan> memberPlans, LocalDate today) {
        if (status(memberPlans, today) == PlanStatus.SUPERSEDED) {
            throw ApiProblemException.conflict(id + " was superseded by a later generation and cannot be extended");
        }
        if (!newEnd.isAfter(periodEnd)) {
            throw ApiProblemException.ruleViolated("An extension moves the end later", List.of(FieldViolation.of(
                    "periodEnd", "must be after the current end " + periodEnd, newEnd.toString())));
        }
        Extension extension = new Extension(periodEnd, newEnd, reason.trim(), today);
        List<Extension> more = new ArrayList<>(extensions);
        more.add(extension);
        ActionPlan extended = new ActionPlan(id, memberCode, kind, title, generation, adoptedOn, periodStart, newEnd,
                budget, leadInstitution, pillars, indicators, List.copyOf(more), demo, statusOverrides,
                reportingFrequency, gracePeriodDays);
        extended.overlapProblem(memberPlans, "periodEnd").ifPresent(problem -> {
            throw ApiProblemException.ruleViolated("The extension would overlap another plan", List.of(problem));
        });
        return Change.of(extended, ACTION_PLAN_EXTENDED, new ActionPlanExtended(extended.snapshot(), extension));
    }

    /**
     * The plan with figures an administrator restated (see the kit's restatement), under the rules an adopted
     * plan's figures follow.
     *
     * @throws ApiProblemException 422 for a restated figure that breaks them
     */
    Change<ActionPlan> restate(String reason, Map<String, ReferenceIndicator> catalogue) {
        ApiProblemException.requireNoRuleViolated("The restated plan breaks a rule", indicatorProblems(catalogue));
        return Change.of(this, ACTION_PLAN_CORRECTED, new ActionPlanCorrected(snapshot(), reason));
    }

    /**
     * The secretariat's judgement of indicator {@code code}'s progress status, in place of the computed one until
     * withdrawn; it replaces an earlier judgement of the same indicator.
     *
     * @throws ApiProblemException 404 for an indicator the plan does not have, 422 for NOT_AVAILABLE
     */
    Change<ActionPlan> overrideStatus(String code, ProgressStatus status, String reason, Actor by, Instant at) {
        requireIndicator(code);
        if (status == ProgressStatus.NOT_AVAILABLE) {
            throw ApiProblemException.ruleViolated("A status override is a judgement of progress", List.of(
                    FieldViolation.of("status", "cannot be NOT_AVAILABLE: that is what no data reads as, computed "
                            + "and never overridden", status.name())));
        }
        StatusOverride override = new StatusOverride(code, status, reason.trim(), by, at);
        List<StatusOverride> overrides = new ArrayList<>(othersThan(code));
        overrides.add(override);
        ActionPlan overridden = withOverrides(overrides);
        return Change.of(overridden, INDICATOR_STATUS_OVERRIDDEN,
                new IndicatorStatusOverridden(overridden.snapshot(), override));
    }

    /**
     * Withdraws the secretariat's judgement of indicator {@code code}'s status: the computed one applies again.
     *
     * @throws ApiProblemException 404 for an indicator the plan does not have or one without an override
     */
    Change<ActionPlan> withdrawStatusOverride(String code) {
        requireIndicator(code);
        StatusOverride withdrawn = statusOverrides.stream().filter(o -> o.indicatorCode().equals(code)).findFirst()
                .orElseThrow(() -> ApiProblemException.notFound("Indicator " + code + " of plan " + id
                        + " has no status override"));
        ActionPlan without = withOverrides(othersThan(code));
        return Change.of(without, INDICATOR_STATUS_OVERRIDE_WITHDRAWN,
                new IndicatorStatusOverrideWithdrawn(without.snapshot(), withdrawn));
    }

    private void requireIndicator(String code) {
        if (indicators.stream().noneMatch(indicator -> indicator.code().equals(code))) {
            throw ApiProblemException.notFound("Plan " + id + " has no indicator '" + code + "'");
        }
    }

    private List<StatusOverride> othersThan(String code) {
        return statusOverrides.stream().filter(o -> !o.indicatorCode().equals(code)).toList();
    }

    private ActionPlan withOverrides(List<StatusOverride> overrides) {
        return new ActionPlan(id, memberCode, kind, title, generation, adoptedOn, periodStart, periodEnd, budget,
                leadInstitution, pillars, indicators, extensions, demo, overrides, reportingFrequency, gracePeriodDays);
    }

    /** Where the plan stands on {@code today} among the member's plans (the one rule every service shares). */
    PlanStatus status(List<ActionPlan> memberPlans, LocalDate today) {
        return PlanStatus.of(snapshot(), memberPlans.stream().map(ActionPlan::snapshot).toList(), today);
    }

    /** The plan as its events carry it. */
    ActionPlanSnapshot snapshot() {
        return new ActionPlanSnapshot(id, memberCode, kind, title, generation, adoptedOn, periodStart, periodEnd,
                budget, leadInstitution, pillars, indicators, extensions, demo, statusOverrides, reportingFrequency,
                gracePeriodDays);
    }

    private Optional<FieldViolation> kindProblem(MemberType memberType) {
        boolean state = memberType == MemberType.STATE;
        if (state != (kind == PlanKind.NAP)) {
            return Optional.of(FieldViolation.of("kind", state
                    ? "must be NAP: a state adopts a national action plan"
                    : "must be RAP or STRATEGY: a regional organization adopts a regional plan or strategy", kind.name()));
        }
        return Optional.empty();
    }

    private List<FieldViolation> indicatorProblems(Map<String, ReferenceIndicator> catalogue) {
        List<FieldViolation> broken = new ArrayList<>(FieldViolation.repeatsIn("indicators", indicators,
                Indicator::code, "code"));
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            if (!pillars.contains(indicator.pillar())) {
                broken.add(FieldViolation.of("indicators[" + i + "].pillar", "is not one of the plan's pillars "
                        + pillars, indicator.pillar()));
            }
            broken.addAll(IndicatorRules.definitionProblems("indicators[" + i + "].", indicator));
            referenceProblem("indicators[" + i + "].reference", indicator, catalogue).ifPresent(broken::add);
            // Indicators recorded before target dates and directions existed have neither.
            if (indicator.targetDate() != null
                    && (indicator.targetDate().isBefore(periodStart) || indicator.targetDate().isAfter(periodEnd))) {
                broken.add(FieldViolation.of("indicators[" + i + "].targetDate", "must lie within the plan's period "
                        + periodStart + " to " + periodEnd, indicator.targetDate().toString()));
            }
        }
        return broken;
    }

    /** A reference must be in the catalogue and of the same kind, or comparisons would set unlike figures side by side. */
    private static Optional<FieldViolation> referenceProblem(String field, Indicator indicator,
                                                             Map<String, ReferenceIndicator> catalogue) {
        if (indicator.reference() == null) {
            return Optional.empty();
        }
        ReferenceIndicator reference = catalogue.get(indicator.reference());
        if (reference == null) {
            return Optional.of(FieldViolation.of(field, "is not in the network's catalogue of reference indicators",
                    indicator.reference()));
        }
        if (reference.kind() != indicator.kindOrDefault()) {
            return Optional.of(FieldViolation.of(field, "is a " + reference.kind() + " reference indicator; this "
                    + "indicator is " + indicator.kindOrDefault(), indicator.reference()));
        }
        return Optional.empty();
    }

    /** A direction for every new indicator: the one given, else the way from baseline to target. */
    private static Indicator withDirection(Indicator i) {
        return i.direction() != null || (!i.kindOrDefault().qualitative() && (i.baseline() == null
                || i.target() == null)) ? i : new Indicator(i.code(), i.description(), i.pillar(), i.unit(),
                i.baseline(), i.target(), i.directionOrDerived(), i.targetDate(), i.tolerance(), i.kind(),
                i.currency(), i.stages(), i.baselineStage(), i.dimensions(), i.reference());
    }

    /**
     * The values of a report for a period ending {@code periodTo}, each total derived from its breakdown where it
     * was left out, with every way they do not fit this plan's indicators (field names from
     * {@code indicatorValues[i]}).
     */
    public Checked<List<IndicatorValue>> checkedValues(List<IndicatorValue> values, LocalDate periodTo) {
        List<FieldViolation> broken = new ArrayList<>();
        List<IndicatorValue> completed = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            IndicatorValue value = values.get(i);
            Optional<Indicator> indicator = indicators.stream().filter(it -> it.code().equals(value.code()))
                    .findFirst();
            String field = "indicatorValues[" + i + "].";
            if (indicator.isEmpty()) {
                broken.add(FieldViolation.of(field + "code", "is not an indicator of plan " + id, value.code()));
                completed.add(value);
            } else {
                IndicatorValue withTotal = IndicatorRules.withDerivedTotal(indicator.get(), value);
                broken.addAll(IndicatorRules.valueProblems(field, indicator.get(), withTotal, periodTo));
                completed.add(withTotal);
            }
        }
        return new Checked<>(List.copyOf(completed), broken);
    }

    /** Something checked, with what is wrong with it (empty: nothing). */
    public record Checked<T>(T value, List<FieldViolation> problems) {
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Plans of the same kind may overlap only where one supersedes the other. */
    private Optional<FieldViolation> overlapProblem(List<ActionPlan> memberPlans, String field) {
        ActionPlanSnapshot plan = snapshot();
        for (ActionPlan other : memberPlans) {
            if (other.id.equals(id) || other.kind != kind || other.generation == generation) {
                continue;
            }
            boolean overlap = !periodStart.isAfter(other.periodEnd) && !other.periodStart.isAfter(periodEnd);
            if (overlap && !PlanStatus.supersedes(plan, other.snapshot()) && !PlanStatus.supersedes(other.snapshot(), plan)) {
                return Optional.of(FieldViolation.of(field, "overlaps " + other.id + " (" + other.periodStart + " to "
                        + other.periodEnd + "), an active " + other.kind + " of the same member",
                        periodStart + " to " + periodEnd));
            }
        }
        return Optional.empty();
    }
}
