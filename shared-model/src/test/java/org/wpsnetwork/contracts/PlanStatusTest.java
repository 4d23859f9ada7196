package org.wpsnetwork.contracts;

import org.junit.jupiter.api.Test;
import org.wpsnetwork.contracts.nap.ActionPlanSnapshot;
import org.wpsnetwork.contracts.nap.PlanKind;
import org.wpsnetwork.contracts.nap.PlanStatus;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlanStatusTest {

    private static ActionPlanSnapshot plan(String id, PlanKind kind, int generation, String adopted, String start,
                                           String end) {
        return new ActionPlanSnapshot(id, "ARG", kind, "Plan " + id, generation, LocalDate.parse(adopted),
                LocalDate.parse(start), LocalDate.parse(end), null, "Ministry", List.of("PARTICIPATION"), List.of(),
                List.of(), false, List.of(), null, null);
    }

    private final ActionPlanSnapshot first = plan("nap-1", PlanKind.NAP, 1, "2010-03-01", "2010-01-01", "2014-12-31");
    private final ActionPlanSnapshot second = plan("nap-2", PlanKind.NAP, 2, "2019-11-01", "2020-01-01", "2024-12-31");
    private final ActionPlanSnapshot third = plan("nap-3", PlanKind.NAP, 3, "2024-10-01", "2025-01-01", "2029-12-31");

    @Test
    void theStatusFollowsTheCalendar() {
        List<ActionPlanSnapshot> plans = List.of(second);
        assertThat(PlanStatus.of(second, plans, LocalDate.parse("2019-12-31"))).isEqualTo(PlanStatus.UPCOMING);
        assertThat(PlanStatus.of(second, plans, LocalDate.parse("2020-01-01"))).isEqualTo(PlanStatus.ACTIVE);
        assertThat(PlanStatus.of(second, plans, LocalDate.parse("2024-12-31"))).isEqualTo(PlanStatus.ACTIVE);
        assertThat(PlanStatus.of(second, plans, LocalDate.parse("2025-01-01"))).isEqualTo(PlanStatus.EXPIRED);
    }

    @Test
    void aLaterGenerationAdoptedBeforeThePeriodEndedSupersedesIt() {
        List<ActionPlanSnapshot> plans = List.of(first, second, third);
        LocalDate today = LocalDate.parse("2026-11-23");

        assertThat(PlanStatus.of(first, plans, today)).as("ended long before the next").isEqualTo(PlanStatus.EXPIRED);
        assertThat(PlanStatus.of(second, plans, today)).isEqualTo(PlanStatus.SUPERSEDED);
        assertThat(PlanStatus.of(third, plans, today)).isEqualTo(PlanStatus.ACTIVE);
    }

    @Test
    void otherKindsAndEarlierGenerationsDoNotSupersede() {
        ActionPlanSnapshot strategy = plan("strategy-5", PlanKind.STRATEGY, 5, "2021-01-01", "2021-01-01", "2030-12-31");
        List<ActionPlanSnapshot> plans = List.of(second, strategy);

        assertThat(PlanStatus.of(second, plans, LocalDate.parse("2022-06-01"))).isEqualTo(PlanStatus.ACTIVE);
        assertThat(PlanStatus.supersedes(first, second)).isFalse();
    }
}
