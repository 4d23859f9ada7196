package org.wpsnetwork.kit.outbox;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.Optional;

/**
 * Remembers, for the HTTP request being served, the change it stored: if the request then fails (the database
 * goes away while the answer is being put together), its error must not say that nothing was changed.
 */
public final class StoredInRequest {

    private static final String ATTRIBUTE = StoredInRequest.class.getName();

    private StoredInRequest() {
    }

    static void stored(String label, String id, long version) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, label + " '" + id + "' at version " + version,
                    RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** What the current request stored, e.g. "Member 'ARG' at version 4", if anything. */
    public static Optional<String> change() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? Optional.empty()
                : Optional.ofNullable((String) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
    }
}
