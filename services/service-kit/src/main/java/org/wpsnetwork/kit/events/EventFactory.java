package org.wpsnetwork.kit.events;

import org.wpsnetwork.contracts.EventEnvelope;
import org.wpsnetwork.kit.correlation.CorrelationId;
import org.wpsnetwork.kit.security.SignedInUser;

import java.time.Clock;
import java.util.UUID;

/**
 * Wraps new events in their envelope: id, aggregate version, time, producing service, correlation id and the
 * signed-in user who made the change (every change is made in a signed-in request).
 */
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
                CorrelationId.current().orElse(null),
                SignedInUser.current().map(SignedInUser::actor).orElse(null), event.payload());
    }
}
