package org.wpsnetwork.kit.projection;

import org.wpsnetwork.contracts.EventEnvelope;

import java.util.List;

/**
 * A read model built from events. Implementations write in bulk and must be idempotent and order-safe:
 * applying a batch twice, or an older event after a newer one, changes nothing.
 */
public interface Projection {

    /** Used in metrics and logs, e.g. "member-views". */
    String name();

    /**
     * Applies a batch, in topic order within each key.
     *
     * @return the outcome of each event, in the order of {@code events}
     * @throws UnapplicableEventException for an event that can never be applied (it goes to the dead-letter topic)
     */
    List<Outcome> apply(List<EventEnvelope<?>> events);
}
