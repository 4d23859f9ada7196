package org.wpsnetwork.kit.events;

import org.wpsnetwork.contracts.EventType;

import java.util.List;

/**
 * What a domain type's change gives back: the aggregate as it stands afterwards and the events that say what
 * happened. Every write service's domain types answer their commands with one, and the aggregate store writes
 * both together; a change with no event (the same facts sent again) changes nothing.
 */
public record Change<A>(A state, List<NewEvent<?>> events) {

    public Change {
        events = List.copyOf(events);
    }

    public static <A, P> Change<A> of(A state, EventType<P> type, P payload) {
        return new Change<>(state, List.of(NewEvent.of(type, payload)));
    }

    /** The aggregate is already as asked: nothing to store, nothing to publish. */
    public static <A> Change<A> none(A state) {
        return new Change<>(state, List.of());
    }

    public boolean changesNothing() {
        return events.isEmpty();
    }
}
