package org.wpsnetwork.reporting.compare;

import org.wpsnetwork.contracts.membership.MemberStatus;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.contracts.nap.Completion;
import org.wpsnetwork.contracts.nap.PlanStatus;
import org.wpsnetwork.reporting.members.MemberView;
import org.wpsnetwork.reporting.members.MemberViews;
import org.wpsnetwork.reporting.nap.MemberProgress.IndicatorProgress;
import org.wpsnetwork.reporting.nap.MemberProgress.PlanView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Members side by side for a peer review, with the medians of their cohorts (the active members of the same type,
 * and of the same region). Every cell says how much of what it summarises has data ({@code covered} of {@code of}),
 * so a member that reported nothing reads as "no data", never as no progress: a cell without data has no value.
 *
 * @param members columns, in the order asked for
 * @param cohorts further columns: one per type and per region among the members
 * @param rows    in sections: plans, attendance, reporting, indicators (aligned by reference indicator), then one
 *                row per recommendation addressed to any of the members
 */
public record Comparison(List<Column> members, List<Cohort> cohorts, List<Row> rows, boolean includesDemoData,
                         Instant asOf) {

    /** How many members one comparison takes, when they are named one by one. */
    public static final int MIN_MEMBERS = 2;
    public static final int MAX_MEMBERS = 6;

    public record Column(String code, String name, MemberType type, Region region, MemberStatus status) {
    }

    /** A cohort: {@code id} is "type:STATE" or "region:EUROPE"; {@code size} its active members. */
    public record Cohort(String id, String kind, String value, int size) {
    }

    /**
     * One line of the table: {@code key} names what it measures ("attendance.rate", "indicator.WPS-1",
     * "recommendation.nyc-2016-1"), {@code label} says it in words, {@code unit} is PERCENT, COUNT, DATE, LEVEL or
     * TEXT; {@code cells} by member code and by cohort id.
     */
    public record Row(String section, String key, String label, String unit, Map<String, Cell> cells) {
    }

    /**
     * {@code value} a number (percentages 0–100, one decimal), {@code text} a level, status or date; for a member,
     * {@code covered} of {@code of} counts the items behind the cell that have data (meetings with attendance on
     * record, reports expected, indicator values); for a cohort, the members with data of the cohort's size.
     */
    public record Cell(BigDecimal value, String text, int covered, int of) {

        static final Cell NONE = new Cell(null, null, 0, 0);

        static Cell number(BigDecimal value, int covered, int of) {
            return new Cell(covered == 0 ? null : value, null, covered, of);
        }

        static Cell text(String text, int covered, int of) {
            return new Cell(null, covered == 0 ? null : text, covered, of);
        }

        boolean hasData() {
            return covered > 0 && (value != null || text != null);
        }
    }

    /** The completion levels in order, for the median of a cohort; NOT_APPLICABLE and no evidence stand outside. */
    private static final List<String> LEVELS = List.of(Completion.NOT_STARTED.name(), Completion.LIMITED.name(),
            Completion.SUBSTANTIAL.name(), Completion.COMPLETE.name());

    /**
     * A cohort's figures, worked out when the member views change: its cell in every row any of its members has
     * (a row none of them has reads as a cohort without data).
     */
    public record CohortFigures(Cohort cohort, Map<String, Cell> cells) {
    }

    /** A row before its cells: what it measures, and how a member's cell and a cohort's are made. */
    private record RowKind(String section, String key, String label, String unit, Function<MemberView, Cell> cell,
                           Function<List<Cell>, Cell> summary) {
    }

    /** The table for {@code compared}, with the figures of the cohorts (by id) for their columns. */
    public static Comparison of(List<MemberView> compared, Map<String, CohortFigures> cohortFigures) {
        List<Column> columns = compared.stream().map(v -> new Column(v.member().code(), v.member().name(),
                v.member().type(), v.member().region(), v.member().status())).toList();
        Map<String, Cohort> cohorts = new LinkedHashMap<>();
        for (MemberView view : compared) {
            for (String id : cohortIds(view)) {
                cohorts.computeIfAbsent(id, key -> Optional.ofNullable(cohortFigures.get(key))
                        .map(CohortFigures::cohort).orElseGet(() -> cohort(key, 0)));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (RowKind kind : rowKinds(compared)) {
            Map<String, Cell> cells = new LinkedHashMap<>();
            compared.forEach(v -> cells.put(v.member().code(), kind.cell().apply(v)));
            cohorts.values().forEach(cohort -> cells.put(cohort.id(), Optional.ofNullable(cohortFigures.get(cohort.id()))
                    .map(figures -> figures.cells().get(kind.key())).orElseGet(() -> kind.summary()
                            .apply(Collections.nCopies(cohort.size(), Cell.NONE)))));
            rows.add(new Row(kind.section(), kind.key(), kind.label(), kind.unit(), cells));
        }
        boolean demo = compared.stream().anyMatch(MemberView::includesDemoData);
        Instant asOf = compared.stream().map(MemberView::asOf).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(null);
        return new Comparison(columns, List.copyOf(cohorts.values()), rows, demo, asOf);
    }

    /** The figures of every cohort of the active members: one per member type and one per region among them. */
    public static List<CohortFigures> cohortFigures(List<MemberView> activeMembers) {
        Map<String, List<MemberView>> cohorts = new LinkedHashMap<>();
        for (MemberView view : activeMembers) {
            if (view.member().status() == MemberStatus.ACTIVE) {
                cohortIds(view).forEach(id -> cohorts.computeIfAbsent(id, c -> new ArrayList<>()).add(view));
            }
        }
        List<CohortFigures> figures = new ArrayList<>();
        cohorts.forEach((id, members) -> {
            Map<String, Cell> cells = new LinkedHashMap<>();
            for (RowKind kind : rowKinds(members)) {
                cells.put(kind.key(), kind.summary().apply(members.stream().map(kind.cell()).toList()));
            }
            figures.add(new CohortFigures(cohort(id, members.size()), cells));
        });
        return figures;
    }

    /** The ids of a member's cohorts: its type's, then its region's ("type:STATE", "region:EUROPE"). */
    static List<String> cohortIds(MemberView view) {
        return List.of("type:" + view.member().type().name(), "region:" + view.member().region().name());
    }

    private static Cohort cohort(String id, int size) {
        int colon = id.indexOf(':');
        return new Cohort(id, id.substring(0, colon), id.substring(colon + 1), size);
    }

    /**
     * The rows for these members: plans, attendance, reporting, indicators (one per reference indicator any of them
     * has), then one per recommendation addressed to any of them.
     */
    private static List<RowKind> rowKinds(List<MemberView> members) {
        List<RowKind> rows = new ArrayList<>();
        rows.add(new RowKind("plans", "plans.active", "Action plans in force", "TEXT",
                Comparison::activePlans, Comparison::countOfText));
        rows.add(new RowKind("attendance", "attendance.rate", "Meetings attended, share of those it could attend",
                "PERCENT", v -> Cell.number(percent(v.meetingsAttended().rate()),
                        v.meetingsAttended().heldSinceJoining(), v.meetingsAttended().heldSinceJoining()),
                Comparison::median));
        rows.add(new RowKind("attendance", "attendance.count", "Meetings attended", "COUNT",
                v -> Cell.number(BigDecimal.valueOf(v.meetingsAttended().count()), 1, 1), Comparison::median));
        rows.add(new RowKind("reporting", "reporting.rate", "Reporting rate (received of expected)", "PERCENT",
                v -> Cell.number(percent(v.reporting().rate()), v.reporting().expected(), v.reporting().expected()),
                Comparison::median));
        rows.add(new RowKind("reporting", "reporting.timeliness", "Reports on time (of expected)", "PERCENT",
                v -> Cell.number(percent(v.reporting().timeliness()), v.reporting().expected(),
                        v.reporting().expected()), Comparison::median));
        rows.add(new RowKind("reporting", "reporting.status", "Reporting status", "LEVEL",
                v -> v.reportingStatus() == null ? Cell.text(null, 0, 1) : Cell.text(v.reportingStatus().name(), 1, 1),
                Comparison::countOfText));
        rows.add(new RowKind("indicators", "indicators.progress", "Mean progress of its indicators", "PERCENT",
                Comparison::meanProgress, Comparison::median));
        Set<String> references = new LinkedHashSet<>();
        members.forEach(v -> v.indicators().stream().map(IndicatorProgress::reference).filter(Objects::nonNull)
                .sorted().forEach(references::add));
        for (String reference : references) {
            rows.add(new RowKind("indicators", "indicator." + reference, reference, "PERCENT",
                    v -> referenceProgress(v, reference), Comparison::median));
        }
        Map<String, MemberView.AddressedRecommendation> recommendations = new LinkedHashMap<>();
        members.forEach(v -> v.recommendations().forEach(r -> recommendations.putIfAbsent(r.id(), r)));
        recommendations.values().stream()
                .sorted(Comparator.comparing(MemberView.AddressedRecommendation::adoptedOn,
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(MemberView.AddressedRecommendation::id))
                .forEach(r -> rows.add(new RowKind("recommendations", "recommendation." + r.id(),
                        r.id() + ": " + r.summary(), "LEVEL", v -> completion(v, r.id()), Comparison::medianLevel)));
        return rows;
    }

    private static Cell activePlans(MemberView view) {
        List<String> active = view.actionPlans().stream().filter(p -> p.status() == PlanStatus.ACTIVE)
                .map(Comparison::describe).toList();
        return active.isEmpty() ? Cell.text(null, 0, 1) : Cell.text(String.join("; ", active), 1, 1);
    }

    private static String describe(PlanView plan) {
        return plan.title() + " (" + plan.kind() + " " + plan.generation() + ", " + plan.periodStart().getYear() + "–"
                + plan.periodEnd().getYear() + ")";
    }

    private static Cell meanProgress(MemberView view) {
        List<BigDecimal> values = view.indicators().stream().map(IndicatorProgress::progressPercent)
                .filter(Objects::nonNull).toList();
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return Cell.number(values.isEmpty() ? null : sum.divide(BigDecimal.valueOf(values.size()), 1,
                RoundingMode.HALF_UP), values.size(), view.indicators().size());
    }

    /** The member's indicator for a reference indicator: in its plan in force if it has one, else its latest. */
    private static Cell referenceProgress(MemberView view, String reference) {
        Set<String> active = new LinkedHashSet<>();
        view.actionPlans().stream().filter(p -> p.status() == PlanStatus.ACTIVE).forEach(p -> active.add(p.id()));
        Optional<IndicatorProgress> found = view.indicators().stream()
                .filter(i -> reference.equals(i.reference()))
                .max(Comparator.comparing((IndicatorProgress i) -> active.contains(i.planId()))
                        .thenComparing(IndicatorProgress::latestPeriodTo, Comparator.nullsFirst(Comparator.naturalOrder())));
        if (found.isEmpty()) {
            return Cell.NONE;
        }
        IndicatorProgress indicator = found.get();
        return indicator.progressPercent() == null ? new Cell(null, null, 0, 1)
                : new Cell(indicator.progressPercent(), indicator.status() == null ? null : indicator.status().name(), 1, 1);
    }

    private static Cell completion(MemberView view, String recommendationId) {
        return view.recommendations().stream().filter(r -> r.id().equals(recommendationId)).findFirst()
                .map(r -> MemberViews.NO_EVIDENCE.equals(r.completion()) ? new Cell(null, null, 0, 1)
                        : new Cell(null, r.completion(), 1, 1))
                .orElse(Cell.NONE);
    }

    private static BigDecimal percent(Double share) {
        return share == null ? null : BigDecimal.valueOf(share).multiply(BigDecimal.valueOf(100))
                .setScale(1, RoundingMode.HALF_UP);
    }

    /** The median of the cohort's members that have a value (of an even count, the mean of the middle two). */
    static Cell median(List<Cell> cells) {
        List<BigDecimal> values = cells.stream().filter(Cell::hasData).map(Cell::value).filter(Objects::nonNull)
                .sorted().toList();
        if (values.isEmpty()) {
            return new Cell(null, null, 0, cells.size());
        }
        int middle = values.size() / 2;
        BigDecimal median = values.size() % 2 == 1 ? values.get(middle)
                : values.get(middle - 1).add(values.get(middle)).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
        return new Cell(median.setScale(Math.max(0, Math.min(1, median.scale())), RoundingMode.HALF_UP), null,
                values.size(), cells.size());
    }

    /** Text rows summarise as how many of the cohort have something to show. */
    private static Cell countOfText(List<Cell> cells) {
        long with = cells.stream().filter(Cell::hasData).count();
        return new Cell(BigDecimal.valueOf(with), null, (int) with, cells.size());
    }

    /** The median completion level of the members that reported one on the scale (lower middle of an even count). */
    static Cell medianLevel(List<Cell> cells) {
        List<Integer> ranks = cells.stream().filter(Cell::hasData).map(c -> LEVELS.indexOf(c.text()))
                .filter(rank -> rank >= 0).sorted().toList();
        int reported = (int) cells.stream().filter(Cell::hasData).count();
        if (ranks.isEmpty()) {
            return new Cell(null, reported == 0 ? null : Completion.NOT_APPLICABLE.name(), reported, cells.size());
        }
        return new Cell(null, LEVELS.get(ranks.get((ranks.size() - 1) / 2)), reported, cells.size());
    }
}
