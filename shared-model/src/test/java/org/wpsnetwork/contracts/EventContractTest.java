package org.wpsnetwork.contracts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventContractTest {

    static final List<EventType<?>> ALL_TYPES = EventCatalog.ALL;

    private final EventCodec codec = new EventCodec();
    private final EventSchemas schemas = new EventSchemas();

    @Test
    void everyEventTypeHasASample() {
        assertThat(SampleEvents.PAYLOADS.keySet()).containsExactlyInAnyOrderElementsOf(EventCatalog.ALL);
    }

    @ParameterizedTest
    @FieldSource("ALL_TYPES")
    void aPublishedSampleIsValidAgainstItsSchema(EventType<?> type) {
        JsonNode message = codec.readTree(codec.encode(SampleEvents.of(type)));

        assertThat(schemas.violations(message)).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("ALL_TYPES")
    void aPublishedSampleReadsBackAsTheSameEvent(EventType<?> type) {
        EventEnvelope<Object> sent = SampleEvents.of(type);

        assertThat(codec.decode(codec.encode(sent))).isEqualTo(sent);
    }

    @ParameterizedTest
    @FieldSource("ALL_TYPES")
    void aMessageWithoutItsPayloadFieldsViolatesTheSchema(EventType<?> type) {
        ObjectNode message = (ObjectNode) codec.readTree(codec.encode(SampleEvents.of(type)));
        message.putObject("payload");

        assertThat(schemas.violations(message)).anyMatch(violation -> violation.contains("required"));
    }

    @Test
    void aMemberWithAnUnknownRegionViolatesTheSchema() {
        ObjectNode message = (ObjectNode) codec.readTree(codec.encode(SampleEvents.of(
                org.wpsnetwork.contracts.membership.MembershipEvents.MEMBER_ADMITTED)));
        ((ObjectNode) message.path("payload").path("member")).put("region", "ATLANTIS");
        ((ObjectNode) message.path("payload").path("member").path("focalPoint")).put("email", "not-an-email");

        assertThat(schemas.violations(message))
                .anyMatch(violation -> violation.contains("/payload/member/region"))
                .anyMatch(violation -> violation.contains("/payload/member/focalPoint/email"));
    }

    @Test
    void anEnvelopeWithAnUndeclaredFieldViolatesTheSchema() {
        ObjectNode message = (ObjectNode) codec.readTree(codec.encode(SampleEvents.of(
                org.wpsnetwork.contracts.membership.MembershipEvents.MEMBER_ADMITTED)));
        message.put("tenant", "x");

        assertThat(schemas.violations(message)).anyMatch(violation -> violation.contains("tenant"));
    }

    @Test
    void aMessageOfAnUnknownTypeHasNoSchema() {
        ObjectNode message = (ObjectNode) codec.readTree(codec.encode(SampleEvents.of(
                org.wpsnetwork.contracts.membership.MembershipEvents.MEMBER_ADMITTED)));
        message.put("eventType", "MemberPromoted");

        assertThat(schemas.violations(message)).containsExactly("no schema for event type 'MemberPromoted' version 1");
    }
}
