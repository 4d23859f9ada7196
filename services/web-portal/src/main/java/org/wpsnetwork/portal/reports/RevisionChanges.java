package org.wpsnetwork.portal.reports;

import org.wpsnetwork.portal.web.Views;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed from a report's previous revision to its current one, for the secretariat reviewing a correction:
 * each indicator value and recommendation status that differs, before and after (null: not given).
 */
final class RevisionChanges {

    /** One difference: {@code kind} INDICATOR or RECOMMENDATION, the indicator's or recommendation's map. */
    record Change(String kind, String code, Map<String, Object> before, Map<String, Object> after) {
    }

    private RevisionChanges() {
    }

    static List<Change> of(Map<String, Object> report, Map<String, Object> plan) {
        List<Map<String, Object>> previous = Views.list(report.get("previousRevisions"));
        if (previous.isEmpty()) {
            return List.of();
        }
        Map<String, Object> before = previous.get(previous.size() - 1);
        List<Change> changes = new ArrayList<>();
        Map<String, Map<String, Object>> valuesBefore = byKey(before.get("indicatorValues"), "code");
        Map<String, Map<String, Object>> valuesAfter = byKey(report.get("indicatorValues"), "code");
        Set<String> codes = new LinkedHashSet<>();
        Views.list(plan.get("indicators")).forEach(i -> codes.add(String.valueOf(i.get("code"))));
        for (String code : codes) {
            Map<String, Object> was = valuesBefore.get(code);
            Map<String, Object> is = valuesAfter.get(code);
            if (!same(was, is)) {
                changes.add(new Change("INDICATOR", code, was, is));
            }
        }
        Map<String, Map<String, Object>> statusesBefore = byKey(before.get("recommendationStatuses"), "recommendationId");
        Map<String, Map<String, Object>> statusesAfter = byKey(report.get("recommendationStatuses"), "recommendationId");
        Set<String> ids = new LinkedHashSet<>(statusesBefore.keySet());
        ids.addAll(statusesAfter.keySet());
        for (String id : ids) {
            if (!same(statusesBefore.get(id), statusesAfter.get(id))) {
                changes.add(new Change("RECOMMENDATION", id, statusesBefore.get(id), statusesAfter.get(id)));
            }
        }
        return changes;
    }

    private static Map<String, Map<String, Object>> byKey(Object list, String key) {
        Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
        Views.list(list).forEach(item -> byKey.put(String.valueOf(item.get(key)), item));
        return byKey;
    }

    /** Equal as reported: numbers compared by value (12 and 12.0 are the same figure). */
    private static boolean same(Map<String, Object> a, Map<String, Object> b) {
        return Objects.equals(normal(a), normal(b));
    }

    private static Object normal(Object value) {
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> normal = new LinkedHashMap<>();
            map.forEach((k, v) -> normal.put(k, normal(v)));
            return normal;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(RevisionChanges::normal).toList();
        }
        return value;
    }
}
