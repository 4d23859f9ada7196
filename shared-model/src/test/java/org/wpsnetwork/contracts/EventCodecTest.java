package org.wpsnetwork.contracts;

import org.junit.jupiter.api.Test;
import org.wpsnetwork.contracts.membership.MemberAdmitted;
import org.wpsnetwork.contracts.membership.MembershipEvents;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCodecTest {

    private final EventCodec codec = new EventCodec();

    private String sampleJson() {
        return codec.encodeToString(SampleEvents.of(MembershipEvents.MEMBER_ADMITTED));
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void writesDatesAsIsoStringsAndLeavesOutAbsentFields() {
        String json = sampleJson();

        assertThat(json).contains("\"joinedOn\":\"2016-09-23\"")
                .contains("\"occurredAt\":\"2026-06-09T08:30:00.123456Z\"")
                .doesNotContain("withdrawnOn")
                .doesNotContain("null");
    }

    @Test
    void toleratesFieldsAddedByANewerProducer() {
        String json = sampleJson().replace("\"payload\":{", "\"payload\":{\"addedLater\":42,");

        EventEnvelope<?> event = codec.decode(bytes(json));

        assertThat(event.payload()).isInstanceOf(MemberAdmitted.class);
    }

    @Test
    void anEventTypeAddedLaterIsReportedAsUnknownNotAsPoison() {
        String json = sampleJson().replace("\"MemberAdmitted\"", "\"MemberPromoted\"");

        assertThatThrownBy(() -> codec.decode(bytes(json)))
                .isInstanceOf(UnknownEventTypeException.class)
                .hasMessageContaining("MemberPromoted");
    }

    @Test
    void anUnsupportedSchemaVersionIsUnreadable() {
        String json = sampleJson().replace("\"schemaVersion\":1", "\"schemaVersion\":7");

        assertThatThrownBy(() -> codec.decode(bytes(json)))
                .isInstanceOf(UnreadableEventException.class)
                .isNotInstanceOf(UnknownEventTypeException.class)
                .hasMessageContaining("Unsupported schema version 7");
    }

    @Test
    void garbageAndIncompleteEnvelopesAreUnreadable() {
        assertThatThrownBy(() -> codec.decode(bytes("{not json")))
                .isInstanceOf(UnreadableEventException.class).hasMessageStartingWith("Not JSON");
        assertThatThrownBy(() -> codec.decode(bytes("[1,2]")))
                .isInstanceOf(UnreadableEventException.class).hasMessage("Not a JSON object");
        assertThatThrownBy(() -> codec.decode(bytes(sampleJson().replace("\"aggregateId\"", "\"aggregateIdx\""))))
                .isInstanceOf(UnreadableEventException.class).hasMessageContaining("'aggregateId' is missing");
    }

    @Test
    void aPayloadOfTheWrongShapeIsUnreadable() {
        String json = sampleJson().replace("\"joinedOn\":\"2016-09-23\"", "\"joinedOn\":\"23/09/2016\"");

        assertThatThrownBy(() -> codec.decode(bytes(json)))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageStartingWith("Invalid MemberAdmitted v1");
    }
}
