package org.wpsnetwork.reporting.nap;

import org.wpsnetwork.contracts.nap.ActionPlanSnapshot;
import org.wpsnetwork.contracts.nap.PlanStatus;
import org.wpsnetwork.contracts.nap.ProgressReportSnapshot;
import org.wpsnetwork.reporting.Shares;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The reports a plan's calendar expects: one per period of its reporting frequency from the plan's start (the
 * last one ends with the plan, or the day before a later generation that superseded it starts), each due its grace
 * period after the period ends. Judged against today's date, so a period moves from OPEN to DUE to MISSING without
 * any event.
 */
public final class ReportingCalendar {

    private ReportingCalendar() {
    }

    /** Where one expected report stands. */
    public enum PeriodStatus {
        /** Received by its due date. */
        ON_TIME,
        /** Received after its due date: counted as received, not as on time. */
        LATE,
        /** Its due date has passed and nothing was received. */
        MISSING,
        /** The period has ended and its due date has not passed yet. */
        DUE,
        /** The period has not ended yet. */
        OPEN;

        /** Whether the calendar counts it as expected by now: due and past, or already received. */
        public boolean expected() {
            return this == ON_TIME || this == LATE || this == MISSING;
        }
    }

    /**
     * One period of a plan's calendar. A report belongs to the period its own period ends in; it was received on the
     * day it was first submitted (its earliest, if several).
     */
    public record ExpectedReport(String planId, LocalDate from, LocalDate to, LocalDate dueOn, PeriodStatus status,
                                 String reportId, LocalDate receivedOn) {
    }

    /**
     * Expected, received and on-time reports, with the reporting {@code rate} (received ÷ expected) and
     * {@code timeliness} (on time ÷ expected), to three decimals; both null when nothing is expected.
     */
    public record Tally(int expected, int received, int onTime, Double rate, Double timeliness) {

        public static final Tally NONE = of(0, 0, 0);

        public static Tally of(int expected, int received, int onTime) {
            return new Tally(expected, received, onTime, Shares.of(received, expected), Shares.of(onTime, expected));
        }

        public static Tally of(List<ExpectedReport> calendar) {
            int expected = 0;
            int received = 0;
            int onTime = 0;
            for (ExpectedReport report : calendar) {
                expected += report.status().expected() ? 1 : 0;
                received += report.status() == PeriodStatus.ON_TIME || report.status() == PeriodStatus.LATE ? 1 : 0;
                onTime += report.status() == PeriodStatus.ON_TIME ? 1 : 0;
            }
            return of(expected, received, onTime);
        }

        public Tally plus(Tally other) {
            return of(expected + other.expected, received + other.received, onTime + other.onTime);
        }
    }

    /** The calendar of every plan of one member, plan by plan, oldest period first. */
    public static List<ExpectedReport> of(List<ActionPlanSnapshot> memberPlans, List<ProgressReportSnapshot> reports,
                                          LocalDate today) {
        List<ExpectedReport> calendar = new ArrayList<>();
        memberPlans.stream().sorted(Comparator.comparing(ActionPlanSnapshot::periodStart))
                .forEach(plan -> calendar.addAll(ofPlan(plan, memberPlans, reports.stream()
                        .filter(report -> report.planId().equals(plan.id())).toList(), today)));
        return calendar;
    }

    private static List<ExpectedReport> ofPlan(ActionPlanSnapshot plan, List<ActionPlanSnapshot> memberPlans,
                                               List<ProgressReportSnapshot> reports, LocalDate today) {
        LocalDate last = memberPlans.stream().filter(other -> PlanStatus.supersedes(other, plan))
                .map(other -> other.periodStart().minusDays(1)).filter(day -> day.isBefore(plan.periodEnd()))
                .min(Comparator.naturalOrder()).orElse(plan.periodEnd());
        Period length = plan.frequencyOrDefault().period();
        List<ExpectedReport> periods = new ArrayList<>();
        for (int i = 0; ; i++) {
            LocalDate from = plan.periodStart().plus(length.multipliedBy(i));
            if (from.isAfter(last) || from.isAfter(today)) {
                return periods;
            }
            LocalDate end = from.plus(length).minusDays(1);
            LocalDate to = end.isAfter(last) ? last : end;
            LocalDate dueOn = to.plusDays(plan.graceOrDefault());
            Optional<ProgressReportSnapshot> received = reports.stream()
                    .filter(report -> !report.periodTo().isBefore(from) && !report.periodTo().isAfter(to))
                    .min(Comparator.comparing(ProgressReportSnapshot::submittedOn));
            PeriodStatus status = received.map(report -> report.submittedOn().isAfter(dueOn) ? PeriodStatus.LATE
                    : PeriodStatus.ON_TIME).orElse(today.isAfter(dueOn) ? PeriodStatus.MISSING
                    : today.isAfter(to) ? PeriodStatus.DUE : PeriodStatus.OPEN);
            periods.add(new ExpectedReport(plan.id(), from, to, dueOn, status,
                    received.map(ProgressReportSnapshot::id).orElse(null),
                    received.map(ProgressReportSnapshot::submittedOn).orElse(null)));
        }
    }
}
