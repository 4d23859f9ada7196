package org.wpsnetwork.portal.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service refused or failed a call: its RFC 9457 problem, with the field-level errors by field name
 * ({@code indicatorValues[0].value}) so a form can show each next to its field. {@code slug} is the stable part
 * of the type ({@code rule-violated}) the pages translate; {@code detail} is the service's own words.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String slug;
    private final String detail;
    private final Map<String, String> fieldErrors;

    public ApiProblem(int status, String type, String detail, List<Map<String, Object>> errors) {
        super(status + " " + type + ": " + detail);
        this.status = status;
        this.slug = type == null ? "error" : type.substring(type.lastIndexOf(':') + 1);
        this.detail = detail;
        Map<String, String> byField = new LinkedHashMap<>();
        for (Map<String, Object> error : errors) {
            byField.merge(String.valueOf(error.get("field")), String.valueOf(error.get("message")),
                    (a, b) -> a + "; " + b);
        }
        this.fieldErrors = byField;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String detail() {
        return detail;
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
