package org.wpsnetwork.reporting.nap;

import org.junit.jupiter.api.Test;
import org.wpsnetwork.contracts.nap.ActionPlanSnapshot;
import org.wpsnetwork.contracts.nap.PlanKind;
import org.wpsnetwork.contracts.nap.ProgressReportSnapshot;
import org.wpsnetwork.contracts.nap.ReportState;
import org.wpsnetwork.contracts.nap.ReportingFrequency;
import org.wpsnetwork.reporting.nap.ReportingCalendar.ExpectedReport;
import org.wpsnetwork.reporting.nap.ReportingCalendar.PeriodStatus;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A plan's calendar of expected reports, and how received, late and missing reports are counted. */
class ReportingCalendarTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static ActionPlanSnapshot plan(String id, int generation, String adopted, String start, String end,
                                           ReportingFrequency frequency, Integer grace) {
        return new ActionPlanSnapshot(id, "ARG", PlanKind.NAP, "Plan " + id, generation, LocalDate.parse(adopted),
                LocalDate.parse(start), LocalDate.parse(end), null, "Ministry", List.of("PARTICIPATION"), List.of(),
                List.of(), false, List.of(), frequency, grace);
    }

    private static ProgressReportSnapshot report(String planId, String to, String submittedOn, ReportState state) {
        LocalDate end = LocalDate.parse(to);
        return new ProgressReportSnapshot("r-" + to, planId, "ARG", end.minusMonths(6), end, List.of(), List.of(),
                "Ana", LocalDate.parse(submittedOn), state, 1, false, List.of());
    }

    @Test
    void anAnnualPlanExpectsAReportAYearFromItsStartOnTimeWithinItsGracePeriod() {
        ActionPlanSnapshot plan = plan("p", 1, "2022-12-01", "2023-01-01", "2027-12-31", null, null);
        List<ExpectedReport> calendar = ReportingCalendar.of(List.of(plan), List.of(
                report("p", "2023-12-31", "2024-03-30", ReportState.VALIDATED),
                report("p", "2024-12-31", "2025-04-15", ReportState.RETURNED)), TODAY);

        assertThat(calendar).extracting(ExpectedReport::status).containsExactly(PeriodStatus.ON_TIME,
                PeriodStatus.LATE, PeriodStatus.MISSING, PeriodStatus.OPEN);
        assertThat(calendar.get(0).dueOn()).as("90 days after the period").isEqualTo(LocalDate.of(2024, 3, 30));
        assertThat(calendar.get(1).receivedOn()).isEqualTo(LocalDate.of(2025, 4, 15));
        assertThat(ReportingCalendar.Tally.of(calendar)).as("a late report is received, not on time")
                .isEqualTo(ReportingCalendar.Tally.of(3, 2, 1));
        assertThat(ReportingCalendar.Tally.of(calendar).rate()).isEqualTo(0.667);
        assertThat(ReportingCalendar.Tally.of(calendar).timeliness()).isEqualTo(0.333);
    }

    @Test
    void aSemiAnnualPlanWithAShortGraceIsDueTwiceAYearAndAPeriodJustEndedIsDueNotMissing() {
        ActionPlanSnapshot plan = plan("s", 1, "2025-12-01", "2026-01-01", "2028-12-31",
                ReportingFrequency.SEMI_ANNUAL, 30);
        List<ExpectedReport> calendar = ReportingCalendar.of(List.of(plan), List.of(), LocalDate.of(2026, 7, 20));

        assertThat(calendar).extracting(ExpectedReport::to).containsExactly(LocalDate.of(2026, 6, 30),
                LocalDate.of(2026, 12, 31));
        assertThat(calendar).extracting(ExpectedReport::status).containsExactly(PeriodStatus.DUE, PeriodStatus.OPEN);
        assertThat(ReportingCalendar.Tally.of(calendar).rate()).as("nothing expected yet").isNull();
    }

    @Test
    void aSupersededPlanExpectsNoReportOnceItsSuccessorHasStartedAndItsLastPeriodIsCutShort() {
        ActionPlanSnapshot first = plan("first", 1, "2020-12-01", "2021-01-01", "2025-12-31", null, null);
        ActionPlanSnapshot second = plan("second", 2, "2023-05-01", "2023-07-01", "2028-06-30", null, null);

        List<ExpectedReport> calendar = ReportingCalendar.of(List.of(second, first), List.of(), TODAY);

        assertThat(calendar.stream().filter(r -> r.planId().equals("first")).map(ExpectedReport::to))
                .containsExactly(LocalDate.of(2021, 12, 31), LocalDate.of(2022, 12, 31), LocalDate.of(2023, 6, 30));
        assertThat(calendar.stream().filter(r -> r.planId().equals("second"))).hasSize(4);
    }
}
