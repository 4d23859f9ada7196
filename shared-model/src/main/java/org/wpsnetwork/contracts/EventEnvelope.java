package org.wpsnetwork.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.UUID;

/**
 * The one envelope every event travels in. The Kafka record key is {@code aggregateId}; consumers use
 * {@code aggregateType}/{@code aggregateId}/{@code aggregateVersion} to apply each event at most once.
 *
 * @param actor who made the change, from their access token; absent on events recorded before sign-in existed
 * @param <P>   the payload record of the event type
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventEnvelope<P>(
        UUID eventId,
        String eventType,
        int schemaVersion,
        String aggregateType,
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String producer,
        String correlationId,
        Actor actor,
        P payload) {

    /** The key under which consumers remember the last version they applied of this event's aggregate. */
    public String aggregateKey() {
        return aggregateType + "|" + aggregateId;
    }
}
