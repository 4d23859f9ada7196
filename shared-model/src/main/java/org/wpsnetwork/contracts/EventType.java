package org.wpsnetwork.contracts;

/**
 * One event type at one schema version: its name on the wire, the aggregate it belongs to, the topic it
 * is published on and the payload record that carries it.
 */
public record EventType<P>(String name, int schemaVersion, String aggregateType, String topic, Class<P> payloadType) {

    /** Classpath location of the JSON Schema that describes the whole message (envelope and payload). */
    public String schemaResource() {
        return "schemas/" + Topics.shortName(topic) + "/" + name + ".v" + schemaVersion + ".schema.json";
    }

    /** Its key among the AsyncAPI document's messages: one per type and version. */
    public String messageId() {
        return name + ".v" + schemaVersion;
    }

    @Override
    public String toString() {
        return name + " v" + schemaVersion;
    }
}
