package org.wpsnetwork.kit.web;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One bad field in a request: its path in the body ({@code assignments[2].role}), or a header or
 * parameter name, what is wrong with it and, for short scalar values, what was sent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldViolation(String field, String message, Object rejectedValue) {

    public static FieldViolation of(String field, String message) {
        return new FieldViolation(field, message, null);
    }

    public static FieldViolation of(String field, String message, Object rejectedValue) {
        return new FieldViolation(field, message, echoable(rejectedValue) ? rejectedValue : null);
    }

    /**
     * One violation for every item of a list whose key repeats an earlier item's, naming the item
     * ({@code list[3]} or, with a {@code keyName}, {@code list[3].code}) and the one it repeats.
     */
    public static <T> List<FieldViolation> repeatsIn(String list, List<T> items, Function<T, ?> key, String keyName) {
        List<FieldViolation> repeated = new ArrayList<>();
        List<Object> keys = items.stream().map(key).map(Object.class::cast).toList();
        for (int i = 0; i < keys.size(); i++) {
            int first = keys.indexOf(keys.get(i));
            if (first < i) {
                String suffix = keyName == null ? "" : "." + keyName;
                repeated.add(of(list + "[" + i + "]" + suffix, "repeats " + list + "[" + first + "]" + suffix,
                        keys.get(i)));
            }
        }
        return repeated;
    }

    private static boolean echoable(Object value) {
        return value instanceof Number || value instanceof Boolean
                || value instanceof CharSequence text && text.length() <= 100;
    }
}
