package org.wpsnetwork.kit.events;

import org.wpsnetwork.contracts.EventEnvelope;
import org.wpsnetwork.kit.correlation.CorrelationId;

import java.time.Clock;
import java.util.UUID;

/** Wraps new events in their envelope: id, aggregate version, time, producing service and correlation id. */
public class EventFactory {

    private final String producer;
    private final Clock clock;

    public EventFactory(String producer, Clock clock) {
        this.producer = producer;
        this.clock = clock;
    }

    public <P> EventEnvelope<P> envelope(NewEvent<P> event, String aggregateId, long aggregateVersion) {
        return new EventEnvelope<>(UUID.randomUUID(), event.type().name(), event.type().schemaVersion(),
                event.type().aggregateType(), aggregateId, aggregateVersion, clock.instant(), producer,
                CorrelationId.current().orElse(null), event.payload());
    }
}
