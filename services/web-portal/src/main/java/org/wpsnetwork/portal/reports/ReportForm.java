package org.wpsnetwork.portal.reports;

import org.wpsnetwork.contracts.nap.Dimension;
import org.wpsnetwork.portal.web.Forms;
import org.wpsnetwork.portal.web.Views;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report form's fields as the browser sends them, and the report the API takes, both ways: field names are
 * {@code value.CODE}, {@code breakdown.CODE.DIMENSION.CATEGORY}, {@code achieved.CODE}, {@code achievedOn.CODE},
 * {@code stage.CODE}, {@code note.CODE}, {@code completion.ID}, {@code done.ID}, {@code obstacles.ID},
 * {@code nextSteps.ID}. An error the API names by position ({@code indicatorValues[2].value}) is put back on the
 * field it came from. Only what the person filled in is sent; the API judges it.
 */
final class ReportForm {

    private static final Pattern INDEXED = Pattern.compile("(indicatorValues|recommendationStatuses|evidence)\\[(\\d+)]"
            + "(?:\\.(\\w+))?(?:\\[(\\d+)]\\.(\\w+))?(?:\\.(\\w+))?");

    private final Map<String, Object> plan;
    private final Map<String, String> fields;
    private final List<String> sentIndicators = new ArrayList<>();
    private final List<String> sentRecommendations = new ArrayList<>();
    private final List<List<String>> sentBreakdowns = new ArrayList<>();
    private final Map<String, String> numberErrors = new LinkedHashMap<>();

    private final List<Map<String, Object>> keptEvidence = new ArrayList<>();

    ReportForm(Map<String, Object> plan, Map<String, String> fields) {
        this.plan = plan;
        this.fields = new LinkedHashMap<>(fields);
    }

    /**
     * A correction sends the whole report again: the evidence the form does not show (all links but the first)
     * goes with it unchanged, as links.
     */
    ReportForm keeping(Map<String, Object> original) {
        List<Map<String, Object>> evidence = Views.list(original.get("evidence"));
        for (Map<String, Object> link : evidence.subList(Math.min(1, evidence.size()), evidence.size())) {
            if (link.get("url") != null) {
                Map<String, Object> kept = new LinkedHashMap<>();
                for (String part : List.of("title", "url", "kind", "visibility", "indicatorCode", "recommendationId")) {
                    if (link.get(part) != null) {
                        kept.put(part, link.get(part));
                    }
                }
                keptEvidence.add(kept);
            }
        }
        return this;
    }

    Map<String, String> fields() {
        return fields;
    }

    /** Fields that are not numbers where a number belongs: message keys by field, found before anything is sent. */
    Map<String, String> numberErrors() {
        return numberErrors;
    }

    private String field(String name) {
        return Forms.text(fields, name);
    }

    private BigDecimal number(String name) {
        String text = field(name);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            numberErrors.put(name, "form.notANumber");
            return null;
        }
    }

    /** The API's report: the filled-in indicator values and recommendation statuses, the evidence link if any. */
    Map<String, Object> report(String language) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("periodFrom", field("periodFrom"));
        report.put("periodTo", field("periodTo"));
        List<Map<String, Object>> values = new ArrayList<>();
        for (Map<String, Object> indicator : Views.list(plan.get("indicators"))) {
            String code = String.valueOf(indicator.get("code"));
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("code", code);
            String kind = String.valueOf(indicator.get("kind"));
            List<String> breakdownFields = new ArrayList<>();
            switch (kind) {
                case "YES_NO" -> {
                    if (field("achieved." + code) != null) {
                        value.put("achieved", Boolean.valueOf(field("achieved." + code)));
                        value.put("achievedOn", field("achievedOn." + code));
                    }
                }
                case "MILESTONE" -> value.put("stage", field("stage." + code));
                default -> {
                    value.put("value", number("value." + code));
                    List<Map<String, Object>> breakdown = new ArrayList<>();
                    for (Object dimension : (List<?>) indicator.getOrDefault("dimensions", List.of())) {
                        for (String category : Dimension.valueOf(String.valueOf(dimension)).categories()) {
                            String name = "breakdown." + code + "." + dimension + "." + category;
                            BigDecimal categoryValue = number(name);
                            if (categoryValue != null) {
                                breakdown.add(Map.of("dimension", dimension, "category", category, "value", categoryValue));
                                breakdownFields.add(name);
                            }
                        }
                    }
                    if (!breakdown.isEmpty()) {
                        value.put("breakdown", breakdown);
                    }
                }
            }
            value.put("note", field("note." + code));
            boolean given = value.get("value") != null || value.get("achieved") != null || value.get("stage") != null
                    || value.containsKey("breakdown");
            if (given) {
                value.values().removeIf(v -> v == null);
                values.add(value);
                sentIndicators.add(code);
                sentBreakdowns.add(breakdownFields);
            }
        }
        report.put("indicatorValues", values);
        List<Map<String, Object>> statuses = new ArrayList<>();
        for (String name : fields.keySet()) {
            if (!name.startsWith("completion.") || field(name) == null) {
                continue;
            }
            String id = name.substring("completion.".length());
            Map<String, Object> status = new LinkedHashMap<>();
            status.put("recommendationId", id);
            status.put("completion", field(name));
            Map<String, Object> narrative = new LinkedHashMap<>();
            for (String part : List.of("done", "obstacles", "nextSteps")) {
                if (field(part + "." + id) != null) {
                    narrative.put(part, field(part + "." + id));
                }
            }
            if (!narrative.isEmpty()) {
                narrative.put("language", language);
                status.put("narrative", narrative);
            }
            statuses.add(status);
            sentRecommendations.add(id);
        }
        report.put("recommendationStatuses", statuses);
        List<Map<String, Object>> evidence = new ArrayList<>();
        if (field("evidenceUrl") != null || field("evidenceTitle") != null) {
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("title", field("evidenceTitle"));
            link.put("url", field("evidenceUrl"));
            link.put("kind", field("evidenceKind") == null ? "PUBLICATION" : field("evidenceKind"));
            link.put("visibility", field("evidenceVisibility") == null ? "PRIVATE" : field("evidenceVisibility"));
            evidence.add(link);
        }
        evidence.addAll(keptEvidence);
        if (!evidence.isEmpty()) {
            report.put("evidence", evidence);
        }
        if (field("reason") != null) {
            report.put("reason", field("reason"));
        }
        return report;
    }

    /** The form field an API error names: {@code indicatorValues[1].value} is the second sent indicator's value. */
    String fieldOf(String apiField) {
        Matcher m = INDEXED.matcher(apiField);
        if (!m.matches()) {
            return apiField;
        }
        int index = Integer.parseInt(m.group(2));
        String part = m.group(3);
        switch (m.group(1)) {
            case "indicatorValues" -> {
                if (index >= sentIndicators.size()) {
                    return apiField;
                }
                String code = sentIndicators.get(index);
                if ("breakdown".equals(part) && m.group(4) != null) {
                    List<String> breakdown = sentBreakdowns.get(index);
                    int at = Integer.parseInt(m.group(4));
                    return at < breakdown.size() ? breakdown.get(at) : "value." + code;
                }
                return switch (part == null ? "value" : part) {
                    case "achieved", "achievedOn", "stage", "note" -> part + "." + code;
                    default -> "value." + code;
                };
            }
            case "recommendationStatuses" -> {
                if (index >= sentRecommendations.size()) {
                    return apiField;
                }
                String id = sentRecommendations.get(index);
                String narrativePart = m.group(6);
                return narrativePart != null ? narrativePart + "." + id : "completion." + id;
            }
            default -> {
                return "url".equals(part) ? "evidenceUrl" : "evidenceTitle";
            }
        }
    }

    /** The form's fields for a report the member already sent, to correct it. */
    static Map<String, String> fieldsOf(Map<String, Object> report) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("periodFrom", String.valueOf(report.get("periodFrom")));
        fields.put("periodTo", String.valueOf(report.get("periodTo")));
        for (Map<String, Object> value : Views.list(report.get("indicatorValues"))) {
            String code = String.valueOf(value.get("code"));
            put(fields, "value." + code, value.get("value"));
            put(fields, "achieved." + code, value.get("achieved"));
            put(fields, "achievedOn." + code, value.get("achievedOn"));
            put(fields, "stage." + code, value.get("stage"));
            put(fields, "note." + code, value.get("note"));
            for (Map<String, Object> category : Views.list(value.get("breakdown"))) {
                put(fields, "breakdown." + code + "." + category.get("dimension") + "." + category.get("category"),
                        category.get("value"));
            }
        }
        for (Map<String, Object> status : Views.list(report.get("recommendationStatuses"))) {
            String id = String.valueOf(status.get("recommendationId"));
            put(fields, "completion." + id, status.get("completion"));
            Map<String, Object> narrative = Views.map(status.get("narrative"));
            narrative.forEach((part, text) -> {
                if (!"language".equals(part)) {
                    put(fields, part + "." + id, text);
                }
            });
        }
        List<Map<String, Object>> evidence = Views.list(report.get("evidence"));
        if (!evidence.isEmpty() && evidence.get(0).get("url") != null) {
            put(fields, "evidenceTitle", evidence.get(0).get("title"));
            put(fields, "evidenceUrl", evidence.get(0).get("url"));
            put(fields, "evidenceKind", evidence.get(0).get("kind"));
            put(fields, "evidenceVisibility", evidence.get(0).get("visibility"));
        }
        return fields;
    }

    private static void put(Map<String, String> fields, String name, Object value) {
        if (value != null) {
            fields.put(name, value instanceof BigDecimal number ? number.toPlainString() : String.valueOf(value));
        }
    }
}
