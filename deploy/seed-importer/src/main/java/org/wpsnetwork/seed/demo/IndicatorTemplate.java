package org.wpsnetwork.seed.demo;

import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A demo indicator: how a plan declares it and the value it reports once a share of the way to its target is
 * covered. Values follow from the share alone (no random draw), so a re-run reports what the first run did.
 */
record IndicatorTemplate(String code, String description, String pillar, String kind, String unit,
                         BigDecimal baseline, BigDecimal target, String direction, BigDecimal tolerance,
                         String currency, List<String> stages, List<String> dimensions, String reference) {

    /** One of every kind, falling and held ones among them (the working set the demo plans pick from). */
    static final List<IndicatorTemplate> ALL = List.of(
            quantity("PA1", "Women among members of peace negotiation delegations", "PARTICIPATION", "PERCENT", 8, 40)
                    .measuring("PARTICIPATION.NEGOTIATORS"),
            quantity("PA2", "Women among deployed peacekeepers", "PARTICIPATION", "PERCENT", 5, 15)
                    .measuring("PARTICIPATION.PEACEKEEPERS"),
            quantity("PR1", "Shelters for survivors of gender-based violence", "PROTECTION", "COUNT", 4, 20),
            quantity("PR2", "Conflict-related sexual violence cases prosecuted", "PROTECTION", "COUNT", 10, 60)
                    .measuring("PROTECTION.SGBV_PROSECUTED"),
            // Falling: its direction is DECREASE, the way from baseline to target.
            quantity("PR3", "Sexual violence cases awaiting trial for over a year", "PROTECTION", "COUNT", 300, 120),
            new IndicatorTemplate("PR4", "Survivors receiving free legal aid", "PROTECTION", "COUNT", "persons",
                    BigDecimal.valueOf(200), BigDecimal.valueOf(800), null, null, null, List.of(), List.of("SEX"),
                    "PROTECTION.SURVIVORS_SUPPORTED"),
            new IndicatorTemplate("PR5", "National referral mechanism for survivors", "PROTECTION", "MILESTONE", null,
                    null, null, null, null, null, List.of("Designed", "Piloted in two provinces", "Operational nationwide"),
                    List.of(), null),
            new IndicatorTemplate("PA3", "Quota for women in security-sector leadership set in law", "PARTICIPATION",
                    "YES_NO", null, null, null, null, null, null, List.of(), List.of(), null),
            quantity("PV1", "Early-warning reports with gender analysis", "PREVENTION", "PERCENT", 20, 90),
            new IndicatorTemplate("PV2", "Yearly budget of the plan's prevention programmes", "PREVENTION", "CURRENCY",
                    null, BigDecimal.valueOf(500_000), BigDecimal.valueOf(500_000), "MAINTAIN",
                    BigDecimal.valueOf(50_000), "USD", List.of(), List.of(), null),
            quantity("RR1", "Recovery budget spent on women-led projects", "RELIEF_AND_RECOVERY", "PERCENT", 3, 15));

    private static IndicatorTemplate quantity(String code, String description, String pillar, String kind,
                                              int baseline, int target) {
        return new IndicatorTemplate(code, description, pillar, kind, kind.equals("COUNT") ? "number" : null,
                BigDecimal.valueOf(baseline), BigDecimal.valueOf(target), null, null, null, List.of(), List.of(), null);
    }

    /** The same indicator, declared as measuring the network's reference indicator {@code code}, for comparisons. */
    IndicatorTemplate measuring(String code) {
        return new IndicatorTemplate(this.code, description, pillar, kind, unit, baseline, target, direction, tolerance,
                currency, stages, dimensions, code);
    }

    /** The template of an indicator a plan recorded (kind absent: a plan from before kinds, a number). */
    static IndicatorTemplate recorded(JsonNode indicator) {
        return new IndicatorTemplate(indicator.path("code").asString(), indicator.path("description").asString(),
                indicator.path("pillar").asString(), text(indicator, "kind") == null ? "NUMBER" : text(indicator, "kind"),
                text(indicator, "unit"), number(indicator, "baseline"), number(indicator, "target"),
                text(indicator, "direction"), number(indicator, "tolerance"), text(indicator, "currency"),
                indicator.path("stages").valueStream().map(JsonNode::asString).toList(),
                indicator.path("dimensions").valueStream().map(JsonNode::asString).toList(), text(indicator, "reference"));
    }

    /** How a plan's request declares it: the fields its kind uses. */
    Map<String, Object> definition() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("description", description);
        fields.put("pillar", pillar);
        fields.put("kind", kind);
        putIfPresent(fields, "unit", unit);
        putIfPresent(fields, "currency", currency);
        putIfPresent(fields, "baseline", baseline);
        putIfPresent(fields, "target", target);
        putIfPresent(fields, "direction", direction);
        putIfPresent(fields, "tolerance", tolerance);
        if (!stages.isEmpty()) {
            fields.put("stages", stages);
        }
        if (!dimensions.isEmpty()) {
            fields.put("dimensions", dimensions);
        }
        putIfPresent(fields, "reference", reference);
        return fields;
    }

    /** The value reported once {@code share} (0 to 1) of the way is covered, in a period ending {@code periodTo}. */
    Map<String, Object> valueAt(double share, LocalDate periodTo) {
        double covered = Math.max(0, Math.min(1, share));
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("code", code);
        switch (kind) {
            case "YES_NO" -> {
                value.put("achieved", covered >= 0.5);
                if (covered >= 0.5) {
                    value.put("achievedOn", periodTo.minusMonths(2));
                }
            }
            case "MILESTONE" -> value.put("stage", stages.get((int) Math.round(covered * (stages.size() - 1))));
            default -> {
                BigDecimal reached = "MAINTAIN".equals(direction)
                        ? target.add(tolerance.multiply(BigDecimal.valueOf(covered - 0.5)))
                        : baseline.add(target.subtract(baseline).multiply(BigDecimal.valueOf(covered)));
                BigDecimal total = reached.setScale(kind.equals("PERCENT") || kind.equals("NUMBER") ? 1 : 0,
                        RoundingMode.HALF_UP);
                value.put("value", total);
                if (dimensions.contains("SEX")) {
                    // Women a growing share of those reached, from a third to a half.
                    BigDecimal women = total.multiply(BigDecimal.valueOf(0.33 + covered / 6))
                            .setScale(total.scale(), RoundingMode.HALF_UP);
                    List<Map<String, Object>> breakdown = new ArrayList<>();
                    breakdown.add(Map.of("dimension", "SEX", "category", "WOMEN", "value", women));
                    breakdown.add(Map.of("dimension", "SEX", "category", "MEN", "value", total.subtract(women)));
                    value.put("breakdown", breakdown);
                }
            }
        }
        return value;
    }

    private static void putIfPresent(Map<String, Object> fields, String name, Object value) {
        if (value != null) {
            fields.put(name, value);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.asString() : null;
    }

    private static BigDecimal number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.decimalValue() : null;
    }
}
