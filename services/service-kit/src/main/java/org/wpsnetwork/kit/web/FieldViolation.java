package org.wpsnetwork.kit.web;

import com.fasterxml.jackson.annotation.JsonInclude;

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

    private static boolean echoable(Object value) {
        return value instanceof Number || value instanceof Boolean
                || value instanceof CharSequence text && text.length() <= 100;
    }
}
