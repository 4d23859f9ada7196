package org.wpsnetwork.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The wire format of events: UTF-8 JSON, ISO-8601 dates and instants, absent optional fields left out.
 * Producers and consumers both use this class, so what one writes the other reads.
 */
public final class EventCodec {

    private static final List<String> REQUIRED_HEADER_FIELDS = List.of(
            "eventId", "eventType", "schemaVersion", "aggregateType", "aggregateId", "aggregateVersion",
            "occurredAt", "producer", "payload");

    /** Decimals are read as BigDecimal, so amounts and indicator values arrive exactly as they were written. */
    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    public byte[] encode(EventEnvelope<?> event) {
        return mapper.writeValueAsBytes(event);
    }

    public String encodeToString(EventEnvelope<?> event) {
        return new String(encode(event), StandardCharsets.UTF_8);
    }

    /**
     * Reads one event, its payload typed by the catalog entry for its type and schema version.
     *
     * @throws UnknownEventTypeException for an event type this build does not know
     * @throws UnreadableEventException for anything else that is not a valid event
     */
    public EventEnvelope<?> decode(byte[] bytes) {
        JsonNode tree;
        try {
            tree = mapper.readTree(bytes);
        } catch (JacksonException e) {
            throw new UnreadableEventException("Not JSON: " + e.getOriginalMessage(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new UnreadableEventException("Not a JSON object");
        }
        for (String field : REQUIRED_HEADER_FIELDS) {
            if (tree.path(field).isMissingNode() || tree.path(field).isNull()) {
                throw new UnreadableEventException("Envelope field '" + field + "' is missing");
            }
        }
        String name = tree.path("eventType").asString();
        int schemaVersion = tree.path("schemaVersion").asInt();
        if (!EventCatalog.knowsName(name)) {
            throw new UnknownEventTypeException(name);
        }
        EventType<?> type = EventCatalog.find(name, schemaVersion).orElseThrow(() -> new UnreadableEventException(
                "Unsupported schema version " + schemaVersion + " of event type '" + name + "'"));
        JavaType envelopeType = mapper.getTypeFactory()
                .constructParametricType(EventEnvelope.class, type.payloadType());
        try {
            return mapper.treeToValue(tree, envelopeType);
        } catch (JacksonException e) {
            throw new UnreadableEventException("Invalid " + type + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The JSON tree of an encoded event, for schema validation. */
    public JsonNode readTree(byte[] bytes) {
        return mapper.readTree(bytes);
    }
}
