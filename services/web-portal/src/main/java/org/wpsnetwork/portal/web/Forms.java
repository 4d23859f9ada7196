package org.wpsnetwork.portal.web;

import org.wpsnetwork.portal.api.ApiProblem;
import org.wpsnetwork.portal.i18n.Formats;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a form sent, and a service's refusal as the form shows it: its field errors by the form's field names (the forms name their fields
 * as the APIs do), in the reader's language where the message is a common one, and the problem for the banner.
 */
public final class Forms {

    private Forms() {
    }

    public static Map<String, String> errors(ApiProblem refused, Formats fmt) {
        Map<String, String> errors = new LinkedHashMap<>();
        refused.fieldErrors().forEach((field, message) -> errors.put(field, fmt.apiMessage(message)));
        return errors;
    }

    /** A refusal a form can show; a service failing (5xx) goes to the error page instead. */
    public static ApiProblem showable(ApiProblem refused) {
        if (refused.status() >= 500 || refused.status() == 401 || refused.status() == 403) {
            throw refused;
        }
        return refused;
    }

    /** A field as the APIs take it: trimmed, and absent when left blank. */
    public static String text(Map<String, String> fields, String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
