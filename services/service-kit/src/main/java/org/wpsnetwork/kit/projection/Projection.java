package org.wpsnetwork.kit.projection;

import org.wpsnetwork.contracts.EventEnvelope;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

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

    /**
     * Applies {@code apply} to the events a projection cares about and reports the others as IGNORED, keeping the
     * outcomes in the order of {@code events}.
     */
    static List<Outcome> applyToRelevant(List<EventEnvelope<?>> events, Predicate<EventEnvelope<?>> relevant,
                                         Function<List<EventEnvelope<?>>, List<Outcome>> apply) {
        List<EventEnvelope<?>> chosen = events.stream().filter(relevant).toList();
        Iterator<Outcome> applied = (chosen.isEmpty() ? List.<Outcome>of() : apply.apply(chosen)).iterator();
        List<Outcome> outcomes = new ArrayList<>(events.size());
        for (EventEnvelope<?> event : events) {
            outcomes.add(relevant.test(event) ? applied.next() : Outcome.IGNORED);
        }
        return outcomes;
    }
}
