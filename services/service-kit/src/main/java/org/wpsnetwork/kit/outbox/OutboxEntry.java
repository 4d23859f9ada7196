package org.wpsnetwork.kit.outbox;

import org.bson.Document;
import org.wpsnetwork.contracts.EventEnvelope;

/**
 * One event waiting in an aggregate's outbox: the exact bytes to publish (as JSON text), where and under
 * which key. Kept as text so what is published is what was stored.
 */
record OutboxEntry(String eventId, String eventType, String topic, String key, String correlationId, String value) {

    static OutboxEntry of(EventEnvelope<?> envelope, String topic, String key, String value) {
        return new OutboxEntry(envelope.eventId().toString(), envelope.eventType(), topic, key,
                envelope.correlationId(), value);
    }

    static OutboxEntry from(Document document) {
        return new OutboxEntry(document.getString("eventId"), document.getString("eventType"),
                document.getString("topic"), document.getString("key"), document.getString("correlationId"),
                document.getString("value"));
    }

    Document toDocument() {
        Document document = new Document("eventId", eventId)
                .append("eventType", eventType)
                .append("topic", topic)
                .append("key", key)
                .append("value", value);
        if (correlationId != null) {
            document.append("correlationId", correlationId);
        }
        return document;
    }
}
