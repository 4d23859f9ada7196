package org.wpsnetwork.contracts;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a message against the JSON Schema of its event type and version, as a producer's contract test
 * or a consumer's guard. The schemas are the machine-readable contract; the records must agree with them.
 */
public final class EventSchemas {

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true)
                    .build()));
    private final Map<EventType<?>, Schema> schemas = new ConcurrentHashMap<>();

    /** The schema violations of one message; empty when it is valid. */
    public List<String> violations(JsonNode message) {
        String name = message.path("eventType").asString("");
        int version = message.path("schemaVersion").asInt(-1);
        return EventCatalog.find(name, version)
                .map(type -> schemaOf(type).validate(message).stream().map(EventSchemas::describe).toList())
                .orElseGet(() -> List.of("no schema for event type '" + name + "' version " + version));
    }

    public Schema schemaOf(EventType<?> type) {
        return schemas.computeIfAbsent(type, t -> {
            Schema schema = registry.getSchema(SchemaLocation.of("classpath:" + t.schemaResource()));
            schema.initializeValidators();
            return schema;
        });
    }

    private static String describe(Error error) {
        return error.getInstanceLocation() + ": " + error.getMessage();
    }
}
