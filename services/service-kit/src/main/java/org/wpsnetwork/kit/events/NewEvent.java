package org.wpsnetwork.kit.events;

import org.wpsnetwork.contracts.EventType;

/** An event a command produced, before it has its place (id, version, time) in the aggregate's history. */
public record NewEvent<P>(EventType<P> type, P payload) {

    public static <P> NewEvent<P> of(EventType<P> type, P payload) {
        return new NewEvent<>(type, payload);
    }
}
