package org.wpsnetwork.nap.plans;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.nap.ActionPlanExtended;
import org.wpsnetwork.contracts.nap.Indicator;
import org.wpsnetwork.contracts.nap.IndicatorDirection;
import org.wpsnetwork.contracts.nap.PlanKind;
import org.wpsnetwork.contracts.nap.PlanStatus;
import org.wpsnetwork.kit.events.Change;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.kit.web.FieldViolation;
import org.wpsnetwork.kit.web.ProblemType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** An action plan's rules, without a database: each change gives the plan afterwards and the event it produced. */
class ActionPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final AdoptPlanRequest.IndicatorRequest WOMEN_IN_TALKS = new AdoptPlanRequest.IndicatorRequest(
            "P1", "Share of women in peace delegations", "PARTICIPATION", "%", new BigDecimal("12"), new BigDecimal("40"),
            null, null, null);

    private static AdoptPlanRequest request(String id, int generation, int startYear, int endYear,
                                            List<String> pillars, List<AdoptPlanRequest.IndicatorRequest> indicators) {
        return new AdoptPlanRequest(id, PlanKind.NAP, "National action plan " + generation, generation,
                LocalDate.of(startYear, 1, 1), LocalDate.of(startYear, 1, 1), LocalDate.of(endYear, 12, 31),
                new AdoptPlanRequest.BudgetRequest(new BigDecimal("1000000"), "NOK"), "Ministry of Foreign Affairs",
                pillars, indicators, null);
    }

    private static ActionPlan first() {
        return ActionPlan.proposed("NOR", request("nor-nap-1", 1, 2019, 2022, List.of("PARTICIPATION"),
                List.of(WOMEN_IN_TALKS))).adopt(MemberType.STATE, List.of(), TODAY).state();
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
        AdoptPlanRequest.IndicatorRequest flat = new AdoptPlanRequest.IndicatorRequest("P2", "Flat", "PROTECTION", "n",
                new BigDecimal("0.1"), new BigDecimal("0.10"), null, null, null);
        ActionPlan proposed = ActionPlan.proposed("AU", request("au-rap-1", 1, 2019, 2022, List.of("PARTICIPATION"),
                List.of(WOMEN_IN_TALKS, flat, WOMEN_IN_TALKS)));

        ApiProblemException problem = refused(() -> proposed.adopt(MemberType.REGIONAL_ORGANIZATION, List.of(), TODAY));

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

        ApiProblemException problem = refused(() -> proposed.adopt(MemberType.STATE, List.of(), TODAY));

        assertThat(problem.errors()).extracting(FieldViolation::field).containsExactly("indicators[1].target",
                "indicators[2].target", "indicators[3].tolerance", "indicators[4].targetDate",
                "indicators[5].tolerance", "indicators[5].targetDate");
    }

    @Test
    void anIndicatorWithoutADirectionTakesTheWayFromItsBaselineToItsTargetAndThePlansEndAsTargetDate() {
        ActionPlan adopted = ActionPlan.proposed("NOR", request("nor-nap-8", 1, 2019, 2022, List.of("PARTICIPATION"),
                List.of(WOMEN_IN_TALKS, indicator("V1", null, "300", "120", null, null))))
                .adopt(MemberType.STATE, List.of(), TODAY).state();

        assertThat(adopted.snapshot().indicators()).extracting(Indicator::direction)
                .containsExactly(IndicatorDirection.INCREASE, IndicatorDirection.DECREASE);
        assertThat(adopted.snapshot().indicators()).extracting(Indicator::targetDate)
                .containsOnly(LocalDate.of(2022, 12, 31));
    }

    private static AdoptPlanRequest.IndicatorRequest indicator(String code, IndicatorDirection direction,
                                                               String baseline, String target, String tolerance,
                                                               LocalDate targetDate) {
        return new AdoptPlanRequest.IndicatorRequest(code, "Indicator " + code, "PARTICIPATION", "n",
                new BigDecimal(baseline), new BigDecimal(target), direction, targetDate,
                tolerance == null ? null : new BigDecimal(tolerance));
    }

    @Test
    void plansOfOneKindMayOverlapOnlyWhereALaterGenerationSupersedesTheEarlier() {
        ActionPlan first = first();
        ActionPlan clash = ActionPlan.proposed("NOR", request("nor-nap-x", 1, 2021, 2024, List.of("PARTICIPATION"),
                List.of()));
        assertThat(refused(() -> clash.adopt(MemberType.STATE, List.of(first), TODAY)).errors())
                .extracting(FieldViolation::field).containsExactly("generation");

        Change<ActionPlan> second = ActionPlan.proposed("NOR", request("nor-nap-2", 2, 2022, 2026,
                List.of("PARTICIPATION"), List.of())).adopt(MemberType.STATE, List.of(first), TODAY);

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
                List.of())).adopt(MemberType.STATE, List.of(first), TODAY).state();
        assertThat(refused(() -> first.extend(LocalDate.of(2030, 1, 1), "Late", List.of(first, second), TODAY)).type())
                .isEqualTo(ProblemType.CONFLICT);
    }

    private static ApiProblemException refused(ThrowingCallable change) {
        ApiProblemException problem = catchThrowableOfType(ApiProblemException.class, change);
        assertThat(problem).as("the change is refused").isNotNull();
        return problem;
    }
}
