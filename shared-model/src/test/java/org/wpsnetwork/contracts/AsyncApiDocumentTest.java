package org.wpsnetwork.contracts;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The AsyncAPI document must describe exactly the topics and event types the code knows. */
class AsyncApiDocumentTest {

    private final JsonNode document = read();

    private static JsonNode read() {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/asyncapi.yaml")) {
            return new YAMLMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyTopicIsAChannel() {
        List<String> addresses = new ArrayList<>();
        document.path("channels").forEach(channel -> addresses.add(channel.path("address").asString()));

        assertThat(addresses).containsExactlyInAnyOrderElementsOf(Topics.ALL);
    }

    @Test
    void everyEventTypeIsAMessageThatPointsAtItsSchema() {
        JsonNode messages = document.path("components").path("messages");

        for (EventType<?> type : EventCatalog.ALL) {
            JsonNode message = messages.path(type.messageId());
            assertThat(message.isMissingNode()).as("message %s", type).isFalse();
            String schemaRef = message.path("payload").path("schema").path("$ref").asString();
            assertThat(schemaRef).isEqualTo("./" + type.schemaResource());
            assertThat(getClass().getResource("/" + type.schemaResource())).as("schema of %s", type).isNotNull();
        }
        assertThat(messages.size()).isEqualTo(EventCatalog.ALL.size());
    }
}
