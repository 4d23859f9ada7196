package org.wpsnetwork.kit.correlation;

import org.slf4j.MDC;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that lets one change be followed across services: taken from the request header (or made up),
 * kept in the logging context while the request runs, written into every event the request produces and
 * put back into the logging context while a consumer applies that event.
 */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";

    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private CorrelationId() {
    }

    /** The caller's id when it is safe to log and echo; otherwise a fresh one. */
    public static String fromHeader(String header) {
        return header != null && ACCEPTABLE.matcher(header).matches() ? header : UUID.randomUUID().toString();
    }

    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY));
    }

    /** Puts {@code id} into the logging context until the returned scope is closed, then restores what was there. */
    public static Scope open(String id) {
        String previous = MDC.get(MDC_KEY);
        put(id);
        return () -> put(previous);
    }

    private static void put(String id) {
        if (id == null) {
            MDC.remove(MDC_KEY);
        } else {
            MDC.put(MDC_KEY, id);
        }
    }

    /** A correlation id in the logging context; closing it restores the previous one. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
