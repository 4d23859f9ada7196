package org.wpsnetwork.nap.plans;

import org.wpsnetwork.contracts.nap.CategoryValue;
import org.wpsnetwork.contracts.nap.Dimension;
import org.wpsnetwork.contracts.nap.Indicator;
import org.wpsnetwork.contracts.nap.IndicatorDirection;
import org.wpsnetwork.contracts.nap.IndicatorKind;
import org.wpsnetwork.contracts.nap.IndicatorValue;
import org.wpsnetwork.kit.web.FieldViolation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What each kind of indicator accepts, in a plan and in a report. Field names are relative: the caller passes the
 * prefix ({@code indicators[2].}, {@code indicatorValues[0].}) so a 422 names the field the user sent.
 */
final class IndicatorRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private IndicatorRules() {
    }

    /** How an indicator's definition breaks the rules of its kind and direction. */
    static List<FieldViolation> definitionProblems(String field, Indicator indicator) {
        IndicatorKind kind = indicator.kindOrDefault();
        List<FieldViolation> broken = new ArrayList<>();
        if (kind.qualitative()) {
            notUsed(broken, field, kind, "unit", indicator.unit(), "baseline", indicator.baseline(), "target",
                    indicator.target(), "tolerance", indicator.tolerance(), "currency", indicator.currency());
            if (!indicator.dimensions().isEmpty()) {
                broken.add(FieldViolation.of(field + "dimensions", "are only for quantitative indicators: a "
                        + kind + " indicator is not broken down", indicator.dimensions().toString()));
            }
            if (indicator.direction() != null && indicator.direction() != IndicatorDirection.INCREASE) {
                broken.add(FieldViolation.of(field + "direction", "must be INCREASE (or left out) for a " + kind
                        + " indicator, which only moves forward", indicator.direction().name()));
            }
            if (kind == IndicatorKind.MILESTONE) {
                broken.addAll(stageProblems(field, indicator));
            } else {
                broken.addAll(noStages(field, indicator, kind));
            }
            return broken;
        }
        broken.addAll(noStages(field, indicator, kind));
        if (indicator.unit() == null && (kind == IndicatorKind.NUMBER || kind == IndicatorKind.COUNT)) {
            broken.add(FieldViolation.of(field + "unit", "is required for a " + kind + " indicator (persons, cases…)"));
        }
        if (indicator.baseline() == null) {
            broken.add(FieldViolation.of(field + "baseline", "is required for a " + kind + " indicator"));
        }
        if (indicator.target() == null) {
            broken.add(FieldViolation.of(field + "target", "is required for a " + kind + " indicator"));
        }
        if (kind == IndicatorKind.CURRENCY && indicator.currency() == null) {
            broken.add(FieldViolation.of(field + "currency", "is required for a CURRENCY indicator: an ISO 4217 code"));
        } else if (kind != IndicatorKind.CURRENCY && indicator.currency() != null) {
            broken.add(FieldViolation.of(field + "currency", "is only for a CURRENCY indicator", indicator.currency()));
        }
        if (indicator.baseline() != null && indicator.target() != null) {
            numberProblem(field + "baseline", kind, indicator.baseline()).ifPresent(broken::add);
            numberProblem(field + "target", kind, indicator.target()).ifPresent(broken::add);
            broken.addAll(directionProblems(field, indicator));
        }
        broken.addAll(FieldViolation.repeatsIn(field + "dimensions", indicator.dimensions(), d -> d, null));
        return broken;
    }

    /** An additive value broken down but sent without its total gets the total its first dimension adds up to. */
    static IndicatorValue withDerivedTotal(Indicator indicator, IndicatorValue value) {
        if (value.value() != null || value.breakdown().isEmpty() || !indicator.kindOrDefault().additive()) {
            return value;
        }
        Dimension first = value.breakdown().get(0).dimension();
        BigDecimal total = value.breakdown().stream().filter(category -> category.dimension() == first)
                .map(CategoryValue::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new IndicatorValue(value.code(), total, value.note(), value.achieved(), value.achievedOn(),
                value.stage(), value.breakdown());
    }

    /** How a reported value does not fit its indicator; {@code periodTo} bounds the day a YES_NO became yes. */
    static List<FieldViolation> valueProblems(String field, Indicator indicator, IndicatorValue value,
                                              LocalDate periodTo) {
        IndicatorKind kind = indicator.kindOrDefault();
        List<FieldViolation> broken = new ArrayList<>();
        switch (kind) {
            case YES_NO -> {
                notUsed(broken, field, kind, "value", value.value(), "stage", value.stage());
                if (value.achieved() == null) {
                    broken.add(FieldViolation.of(field + "achieved", "is required for a YES_NO indicator: true or "
                            + "false"));
                } else if (value.achieved() && value.achievedOn() == null) {
                    broken.add(FieldViolation.of(field + "achievedOn", "is required when achieved is true: the day "
                            + "it became yes"));
                } else if (!value.achieved() && value.achievedOn() != null) {
                    broken.add(FieldViolation.of(field + "achievedOn", "is only for an achieved indicator",
                            value.achievedOn().toString()));
                } else if (value.achievedOn() != null && value.achievedOn().isAfter(periodTo)) {
                    broken.add(FieldViolation.of(field + "achievedOn", "must not be after the period, which ends on "
                            + periodTo, value.achievedOn().toString()));
                }
            }
            case MILESTONE -> {
                notUsed(broken, field, kind, "value", value.value(), "achieved", value.achieved(),
                        "achievedOn", value.achievedOn());
                if (value.stage() == null) {
                    broken.add(FieldViolation.of(field + "stage", "is required for a MILESTONE indicator: one of "
                            + indicator.stages()));
                } else if (!indicator.stages().contains(value.stage())) {
                    broken.add(FieldViolation.of(field + "stage", "is not one of the indicator's stages "
                            + indicator.stages(), value.stage()));
                }
            }
            default -> {
                notUsed(broken, field, kind, "achieved", value.achieved(), "achievedOn", value.achievedOn(),
                        "stage", value.stage());
                if (value.value() == null) {
                    broken.add(FieldViolation.of(field + "value", "is required for a " + kind + " indicator"
                            + (kind.additive() && !indicator.dimensions().isEmpty() ? " (or a breakdown to add up)"
                            : "")));
                } else {
                    numberProblem(field + "value", kind, value.value()).ifPresent(broken::add);
                }
            }
        }
        if (kind.qualitative() && !value.breakdown().isEmpty()) {
            broken.add(FieldViolation.of(field + "breakdown", "is only for quantitative indicators"));
        } else if (!kind.qualitative()) {
            broken.addAll(breakdownProblems(field, indicator, value));
        }
        return broken;
    }

    /** A value per category of every declared dimension, nothing else, adding up to the total where it should. */
    private static List<FieldViolation> breakdownProblems(String field, Indicator indicator, IndicatorValue value) {
        List<FieldViolation> broken = new ArrayList<>();
        IndicatorKind kind = indicator.kindOrDefault();
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < value.breakdown().size(); j++) {
            CategoryValue category = value.breakdown().get(j);
            String at = field + "breakdown[" + j + "].";
            if (!indicator.dimensions().contains(category.dimension())) {
                broken.add(FieldViolation.of(at + "dimension", indicator.dimensions().isEmpty()
                        ? "is not declared: this indicator is not broken down"
                        : "is not one of the indicator's dimensions " + indicator.dimensions(),
                        category.dimension().name()));
            } else if (!category.dimension().categories().contains(category.category())) {
                broken.add(FieldViolation.of(at + "category", "is not a category of " + category.dimension() + " "
                        + category.dimension().categories(), category.category()));
            } else if (!seen.add(category.dimension() + "/" + category.category())) {
                broken.add(FieldViolation.of(at + "category", "is given twice", category.category()));
            }
            numberProblem(at + "value", kind, category.value()).ifPresent(broken::add);
        }
        if (!broken.isEmpty()) {
            return broken;
        }
        for (Dimension dimension : indicator.dimensions()) {
            List<CategoryValue> given = value.breakdown().stream()
                    .filter(category -> category.dimension() == dimension).toList();
            Set<String> missing = new HashSet<>(dimension.categories());
            given.forEach(category -> missing.remove(category.category()));
            if (!missing.isEmpty()) {
                broken.add(FieldViolation.of(field + "breakdown", "needs a value for every category of " + dimension
                        + ": " + dimension.categories().stream().filter(missing::contains)
                        .collect(Collectors.joining(", ")) + " missing"));
            } else if (kind.additive() && value.value() != null) {
                BigDecimal sum = given.stream().map(CategoryValue::value).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.compareTo(value.value()) != 0) {
                    broken.add(FieldViolation.of(field + "value", "is the total, but the " + dimension
                            + " categories add up to " + sum.toPlainString(), value.value()));
                }
            }
        }
        return broken;
    }

    /** The number rules of a kind: a share from 0 to 100, a whole count, an amount that is not negative. */
    private static Optional<FieldViolation> numberProblem(String field, IndicatorKind kind, BigDecimal n) {
        String problem = switch (kind) {
            case PERCENT -> n.signum() < 0 || n.compareTo(HUNDRED) > 0 ? "must be a percentage from 0 to 100" : null;
            case COUNT -> n.signum() < 0 || n.stripTrailingZeros().scale() > 0
                    ? "must be a whole number, not negative, for a COUNT indicator" : null;
            case CURRENCY -> n.signum() < 0 ? "must not be negative for a CURRENCY indicator" : null;
            default -> null;
        };
        return Optional.ofNullable(problem).map(message -> FieldViolation.of(field, message, n));
    }

    /** Baseline, target and tolerance must fit the way the indicator should move. */
    private static List<FieldViolation> directionProblems(String field, Indicator indicator) {
        int targetAgainstBaseline = indicator.target().compareTo(indicator.baseline());
        List<FieldViolation> broken = new ArrayList<>();
        switch (indicator.directionOrDerived()) {
            case INCREASE -> {
                if (targetAgainstBaseline <= 0) {
                    broken.add(FieldViolation.of(field + "target", "must be above the baseline "
                            + indicator.baseline() + " for an INCREASE indicator", indicator.target()));
                }
            }
            case DECREASE -> {
                if (targetAgainstBaseline >= 0) {
                    broken.add(FieldViolation.of(field + "target", "must be below the baseline "
                            + indicator.baseline() + " for a DECREASE indicator", indicator.target()));
                }
            }
            case MAINTAIN -> {
                if (indicator.tolerance() == null) {
                    broken.add(FieldViolation.of(field + "tolerance", "is required for a MAINTAIN indicator: how far "
                            + "from the target still counts as on target"));
                }
            }
        }
        if (indicator.directionOrDerived() != IndicatorDirection.MAINTAIN && indicator.tolerance() != null) {
            broken.add(FieldViolation.of(field + "tolerance", "is only for a MAINTAIN indicator",
                    indicator.tolerance()));
        }
        return broken;
    }

    /** At least two distinct stages, and a baseline stage among them before the last. */
    private static List<FieldViolation> stageProblems(String field, Indicator indicator) {
        List<FieldViolation> broken = new ArrayList<>();
        if (indicator.stages().size() < 2) {
            broken.add(FieldViolation.of(field + "stages", "a MILESTONE indicator declares at least two stages, in "
                    + "the order they are reached", indicator.stages().toString()));
        }
        broken.addAll(FieldViolation.repeatsIn(field + "stages", indicator.stages(), stage -> stage, null));
        String baseline = indicator.baselineStage();
        if (baseline != null && !indicator.stages().contains(baseline)) {
            broken.add(FieldViolation.of(field + "baselineStage", "is not one of the stages " + indicator.stages(),
                    baseline));
        } else if (baseline != null && baseline.equals(indicator.stages().get(indicator.stages().size() - 1))) {
            broken.add(FieldViolation.of(field + "baselineStage", "is the last stage: the plan would have nothing "
                    + "left to reach", baseline));
        }
        return broken;
    }

    private static List<FieldViolation> noStages(String field, Indicator indicator, IndicatorKind kind) {
        List<FieldViolation> broken = new ArrayList<>();
        if (!indicator.stages().isEmpty()) {
            broken.add(FieldViolation.of(field + "stages", "are only for a MILESTONE indicator, not " + kind,
                    indicator.stages().toString()));
        }
        if (indicator.baselineStage() != null) {
            broken.add(FieldViolation.of(field + "baselineStage", "is only for a MILESTONE indicator, not " + kind,
                    indicator.baselineStage()));
        }
        return broken;
    }

    /** A violation for each field given that {@code kind} does not use; {@code namesAndValues} alternate. */
    private static void notUsed(List<FieldViolation> broken, String field, IndicatorKind kind,
                                Object... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object given = namesAndValues[i + 1];
            if (given != null) {
                broken.add(FieldViolation.of(field + namesAndValues[i], "is not used by a " + kind + " indicator",
                        given instanceof LocalDate date ? date.toString() : given));
            }
        }
    }
}
