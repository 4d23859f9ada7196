package org.wpsnetwork.nap.plans;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.wpsnetwork.contracts.Actor;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.nap.ActionPlanExtended;
import org.wpsnetwork.contracts.nap.CategoryValue;
import org.wpsnetwork.contracts.nap.Dimension;
import org.wpsnetwork.contracts.nap.Indicator;
import org.wpsnetwork.contracts.nap.IndicatorDirection;
import org.wpsnetwork.contracts.nap.IndicatorKind;
import org.wpsnetwork.contracts.nap.IndicatorStatusOverrideWithdrawn;
import org.wpsnetwork.contracts.nap.IndicatorStatusOverridden;
import org.wpsnetwork.contracts.nap.IndicatorValue;
import org.wpsnetwork.contracts.nap.PlanKind;
import org.wpsnetwork.contracts.nap.PlanStatus;
import org.wpsnetwork.contracts.nap.ProgressStatus;
import org.wpsnetwork.contracts.nap.StatusOverride;
import org.wpsnetwork.kit.events.Change;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.kit.web.FieldViolation;
import org.wpsnetwork.kit.web.ProblemType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** An action plan's rules, without a database: each change gives the plan afterwards and the event it produced. */
class ActionPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final AdoptPlanRequest.IndicatorRequest WOMEN_IN_TALKS = new AdoptPlanRequest.IndicatorRequest(
            "P1", "Share of women in peace delegations", "PARTICIPATION", IndicatorKind.PERCENT, null, null,
            new BigDecimal("12"), new BigDecimal("40"), null, null, null, null, null, null, null);

    private static AdoptPlanRequest request(String id, int generation, int startYear, int endYear,
                                            List<String> pillars, List<AdoptPlanRequest.IndicatorRequest> indicators) {
        return new AdoptPlanRequest(id, PlanKind.NAP, "National action plan " + generation, generation,
                LocalDate.of(startYear, 1, 1), LocalDate.of(startYear, 1, 1), LocalDate.of(endYear, 12, 31),
                new AdoptPlanRequest.BudgetRequest(new BigDecimal("1000000"), "NOK"), "Ministry of Foreign Affairs",
                pillars, indicators, null, null, null);
    }

    private static ActionPlan first() {
        return ActionPlan.proposed("NOR", request("nor-nap-1", 1, 2019, 2022, List.of("PARTICIPATION"),
                List.of(WOMEN_IN_TALKS))).adopt(MemberType.STATE, List.of(), TODAY, Map.of()).state();
    }

    @Test
    void aProposedPlanWithARepeatedPillarOrAnUnknownCurrencyIsMalformed() {
        AdoptPlanRequest repeated = request("p", 1, 2019, 2022, List.of("PARTICIPATION", " PARTICIPATION"), List.of());
        ApiProblemException problem = refused(() -> ActionPlan.proposed("NOR", repeated));
        assertThat(problem.type()).isEqualTo(ProblemType.INVALID_REQUEST);
        assertThat(problem.errors()).extracting(FieldViolation::field).containsExactly("pillars[1]");
    }

    @Test
    void aStateAdoptsANapWhoseIndicatorsBelongToItsPillarsAndCanBeMeasured() {
        AdoptPlanRequest.IndicatorRequest flat = new AdoptPlanRequest.IndicatorRequest("P2", "Flat", "PROTECTION", null,
                "n", null, new BigDecimal("0.1"), new BigDecimal("0.10"), null, null, null, null, null, null, null);
        ActionPlan proposed = ActionPlan.proposed("AU", request("au-rap-1", 1, 2019, 2022, List.of("PARTICIPATION"),
                List.of(WOMEN_IN_TALKS, flat, WOMEN_IN_TALKS)));

        ApiProblemException problem = refused(() -> proposed.adopt(MemberType.REGIONAL_ORGANIZATION, List.of(), TODAY,
                Map.of()));

        assertThat(problem.type()).isEqualTo(ProblemType.RULE_VIOLATED);
        assertThat(problem.errors()).extracting(FieldViolation::field).containsExactly("kind", "indicators[2].code",
                "indicators[1].pillar", "indicators[1].target");
    }

    @Test
    void anIndicatorsTargetToleranceAndTargetDateMustFitTheWayItShouldMove() {
        List<AdoptPlanRequest.IndicatorRequest> indicators = List.of(
                indicator("V1", IndicatorDirection.DECREASE, "300", "120", null, null),
                indicator("V2", IndicatorDirection.DECREASE, "120", "300", null, null),
                indicator("P2", IndicatorDirection.INCREASE, "40", "12", null, null),
                indicator("B1", IndicatorDirection.MAINTAIN, "2", "2", null, null),
                indicator("B2", IndicatorDirection.MAINTAIN, "2", "2", "0.25", LocalDate.of(2023, 6, 30)),
                indicator("P3", IndicatorDirection.INCREASE, "12", "40", "1", LocalDate.of(2018, 12, 31)));
        ActionPlan proposed = ActionPlan.proposed("NOR", request("nor-nap-9", 1, 2019, 2022,
                List.of("PARTICIPATION"), indicators));

        ApiProblemException problem = refused(() -> proposed.adopt(MemberType.STATE, List.of(), TODAY, Map.of()));

        assertThat(problem.errors()).extracting(FieldViolation::field).containsExactly("indicators[1].target",
                "indicators[2].target", "indicators[3].tolerance", "indicators[4].targetDate",
                "indicators[5].tolerance", "indicators[5].targetDate");
    }

    @Test
    void anIndicatorWithoutADirectionTakesTheWayFromItsBaselineToItsTargetAndThePlansEndAsTargetDate() {
        ActionPlan adopted = ActionPlan.proposed("NOR", request("nor-nap-8", 1, 2019, 2022, List.of("PARTICIPATION"),
                List.of(WOMEN_IN_TALKS, indicator("V1", null, "300", "120", null, null))))
                .adopt(MemberType.STATE, List.of(), TODAY, Map.of()).state();

        assertThat(adopted.snapshot().indicators()).extracting(Indicator::direction)
                .containsExactly(IndicatorDirection.INCREASE, IndicatorDirection.DECREASE);
        assertThat(adopted.snapshot().indicators()).extracting(Indicator::targetDate)
                .containsOnly(LocalDate.of(2022, 12, 31));
    }

    private static AdoptPlanRequest.IndicatorRequest indicator(String code, IndicatorDirection direction,
                                                               String baseline, String target, String tolerance,
                                                               LocalDate targetDate) {
        return new AdoptPlanRequest.IndicatorRequest(code, "Indicator " + code, "PARTICIPATION", null, "n", null,
                new BigDecimal(baseline), new BigDecimal(target), direction, targetDate,
                tolerance == null ? null : new BigDecimal(tolerance), null, null, null, null);
    }

    private static AdoptPlanRequest.IndicatorRequest ofKind(String code, IndicatorKind kind, String unit,
                                                            String currency, String baseline, String target,
                                                            List<String> stages, String baselineStage,
                                                            List<Dimension> dimensions) {
        return new AdoptPlanRequest.IndicatorRequest(code, "Indicator " + code, "PARTICIPATION", kind, unit, currency,
                baseline == null ? null : new BigDecimal(baseline), target == null ? null : new BigDecimal(target),
                null, null, null, stages, baselineStage, dimensions, null);
    }

    private static final List<String> STAGES = List.of("Drafted", "Approved by cabinet", "Operational");

    @Test
    void eachKindOfIndicatorTakesOnlyTheFieldsItUses() {
        List<AdoptPlanRequest.IndicatorRequest> indicators = List.of(
                ofKind("A", IndicatorKind.PERCENT, null, null, "12", "140", null, null, null),
                ofKind("B", IndicatorKind.COUNT, "cases", null, "2.5", "10", null, null, null),
                ofKind("C", IndicatorKind.CURRENCY, null, null, "0", "1000", null, null, null),
                ofKind("D", IndicatorKind.YES_NO, null, null, "0", "1", null, null, List.of(Dimension.SEX)),
                ofKind("E", IndicatorKind.MILESTONE, null, null, null, null, List.of("Drafted"), null, null),
                ofKind("F", IndicatorKind.MILESTONE, null, null, null, null, STAGES, "Operational", null),
                ofKind("G", IndicatorKind.NUMBER, null, "USD", "1", "2", STAGES, null, null),
                ofKind("H", IndicatorKind.MILESTONE, null, null, null, null, STAGES, "Drafted", null),
                ofKind("I", IndicatorKind.YES_NO, null, null, null, null, null, null, null),
                ofKind("J", IndicatorKind.COUNT, "women", null, "10", "40", null, null, List.of(Dimension.SEX)));
        ActionPlan proposed = ActionPlan.proposed("NOR", request("nor-nap-7", 1, 2019, 2022,
                List.of("PARTICIPATION"), indicators));

        ApiProblemException problem = refused(() -> proposed.adopt(MemberType.STATE, List.of(), TODAY, Map.of()));

        assertThat(problem.errors()).extracting(FieldViolation::field).containsExactly("indicators[0].target",
                "indicators[1].baseline", "indicators[2].currency", "indicators[3].baseline", "indicators[3].target",
                "indicators[3].dimensions", "indicators[4].stages", "indicators[5].baselineStage",
                "indicators[6].stages", "indicators[6].unit", "indicators[6].currency");
        assertThat(problem.errors().get(0).message()).isEqualTo("must be a percentage from 0 to 100");
    }

    /** A plan with a number broken down by sex, a yes/no and a milestone indicator. */
    private static ActionPlan planOfEveryKind() {
        return ActionPlan.proposed("NOR", request("nor-nap-6", 1, 2019, 2022, List.of("PARTICIPATION"), List.of(
                ofKind("W", IndicatorKind.COUNT, "officers", null, "100", "300", null, null, List.of(Dimension.SEX)),
                ofKind("S", IndicatorKind.PERCENT, null, null, "10", "40", null, null, List.of(Dimension.SEX)),
                ofKind("L", IndicatorKind.YES_NO, null, null, null, null, null, null, null),
                ofKind("M", IndicatorKind.MILESTONE, null, null, null, null, STAGES, null, null))))
                .adopt(MemberType.STATE, List.of(), TODAY, Map.of()).state();
    }

    private static IndicatorValue number(String code, String total, String women, String men) {
        List<CategoryValue> breakdown = women == null ? List.of() : List.of(
                new CategoryValue(Dimension.SEX, "WOMEN", new BigDecimal(women)),
                new CategoryValue(Dimension.SEX, "MEN", new BigDecimal(men)));
        return new IndicatorValue(code, total == null ? null : new BigDecimal(total), null, null, null, null, breakdown);
    }

    @Test
    void aReportedValueTakesTheFormOfItsIndicatorsKindAndABreakdownAddsUpToItsTotal() {
        ActionPlan plan = planOfEveryKind();
        List<IndicatorValue> values = List.of(
                number("W", "250", "90", "150"),
                number("S", "120", "30", "20"),
                new IndicatorValue("L", null, null, true, null, null, List.of()),
                new IndicatorValue("M", new BigDecimal("2"), null, null, null, "Adopted", List.of()),
                number("W", "250", null, null));

        ActionPlan.Checked<List<IndicatorValue>> checked = plan.checkedValues(values, LocalDate.of(2020, 12, 31));

        assertThat(checked.problems()).extracting(FieldViolation::field).containsExactly("indicatorValues[0].value",
                "indicatorValues[1].value", "indicatorValues[2].achievedOn", "indicatorValues[3].value",
                "indicatorValues[3].stage", "indicatorValues[4].breakdown");
        assertThat(checked.problems().get(0).message()).isEqualTo("is the total, but the SEX categories add up to 240");
    }

    @Test
    void aTotalLeftOutIsTheSumOfItsBreakdownAndShareBreakdownsNeedNotAddUp() {
        ActionPlan plan = planOfEveryKind();
        List<IndicatorValue> values = List.of(number("W", null, "90", "150"), number("S", "25", "30", "20"),
                new IndicatorValue("L", null, null, true, LocalDate.of(2020, 3, 8), null, List.of()),
                new IndicatorValue("M", null, null, null, null, "Approved by cabinet", List.of()));

        ActionPlan.Checked<List<IndicatorValue>> checked = plan.checkedValues(values, LocalDate.of(2020, 12, 31));

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.value().get(0).value()).isEqualByComparingTo("240");
        assertThat(checked.value().get(1).value()).isEqualByComparingTo("25");
    }

    @Test
    void plansOfOneKindMayOverlapOnlyWhereALaterGenerationSupersedesTheEarlier() {
        ActionPlan first = first();
        ActionPlan clash = ActionPlan.proposed("NOR", request("nor-nap-x", 1, 2021, 2024, List.of("PARTICIPATION"),
                List.of()));
        assertThat(refused(() -> clash.adopt(MemberType.STATE, List.of(first), TODAY, Map.of())).errors())
                .extracting(FieldViolation::field).containsExactly("generation");

        Change<ActionPlan> second = ActionPlan.proposed("NOR", request("nor-nap-2", 2, 2022, 2026,
                List.of("PARTICIPATION"), List.of())).adopt(MemberType.STATE, List.of(first), TODAY, Map.of());

        assertThat(second.changesNothing()).isFalse();
        assertThat(first.status(List.of(first, second.state()), TODAY)).isEqualTo(PlanStatus.SUPERSEDED);
        assertThat(second.state().status(List.of(first, second.state()), TODAY)).isEqualTo(PlanStatus.ACTIVE);
    }

    @Test
    void anExtensionMovesTheEndLaterIsRecordedWithItsReasonAndNeverExtendsASupersededPlan() {
        ActionPlan first = first();

        Change<ActionPlan> extended = first.extend(LocalDate.of(2023, 12, 31), " Elections ", List.of(first), TODAY);

        ActionPlanExtended event = (ActionPlanExtended) extended.events().get(0).payload();
        assertThat(event.extension().previousPeriodEnd()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(event.extension().reason()).isEqualTo("Elections");
        assertThat(extended.state().periodEnd()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(refused(() -> first.extend(LocalDate.of(2022, 6, 30), "Earlier", List.of(first), TODAY)).type())
                .isEqualTo(ProblemType.RULE_VIOLATED);
        ActionPlan second = ActionPlan.proposed("NOR", request("nor-nap-2", 2, 2022, 2026, List.of("PARTICIPATION"),
                List.of())).adopt(MemberType.STATE, List.of(first), TODAY, Map.of()).state();
        assertThat(refused(() -> first.extend(LocalDate.of(2030, 1, 1), "Late", List.of(first, second), TODAY)).type())
                .isEqualTo(ProblemType.CONFLICT);
    }

    @Test
    void theSecretariatJudgesAnIndicatorsStatusWithAReasonReplacesItsJudgementAndWithdrawsIt() {
        ActionPlan plan = planOfEveryKind();
        Actor secretariat = new Actor("s1", "Sam Okafor", "secretariat", null);
        Instant at = Instant.parse("2026-12-01T10:00:00Z");

        Change<ActionPlan> judged = plan.overrideStatus("W", ProgressStatus.LIMITED, " Figures cover the capital only ",
                secretariat, at);
        Change<ActionPlan> rejudged = judged.state().overrideStatus("W", ProgressStatus.MODERATE, "Provinces added",
                secretariat, at);

        IndicatorStatusOverridden event = (IndicatorStatusOverridden) judged.events().get(0).payload();
        assertThat(event.override().reason()).isEqualTo("Figures cover the capital only");
        assertThat(event.plan().statusOverrides()).containsExactly(event.override());
        assertThat(rejudged.state().statusOverrides()).extracting(StatusOverride::status)
                .containsExactly(ProgressStatus.MODERATE);
        Change<ActionPlan> withdrawn = rejudged.state().withdrawStatusOverride("W");
        assertThat(withdrawn.state().statusOverrides()).isEmpty();
        assertThat(withdrawn.events().get(0).payload()).isInstanceOf(IndicatorStatusOverrideWithdrawn.class);

        assertThat(refused(() -> plan.overrideStatus("Z9", ProgressStatus.LIMITED, "x", secretariat, at)).type())
                .isEqualTo(ProblemType.NOT_FOUND);
        assertThat(refused(() -> plan.overrideStatus("W", ProgressStatus.NOT_AVAILABLE, "x", secretariat, at))
                .errors()).extracting(FieldViolation::field).containsExactly("status");
        assertThat(refused(() -> plan.withdrawStatusOverride("W")).type()).isEqualTo(ProblemType.NOT_FOUND);
    }

    private static ApiProblemException refused(ThrowingCallable change) {
        ApiProblemException problem = catchThrowableOfType(ApiProblemException.class, change);
        assertThat(problem).as("the change is refused").isNotNull();
        return problem;
    }
}
