package org.wpsnetwork.reporting;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.wpsnetwork.contracts.Topics;
import org.wpsnetwork.contracts.meetings.Addressee;
import org.wpsnetwork.contracts.meetings.RecommendationTheme;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.testsupport.EventPublisher;
import org.wpsnetwork.testsupport.Http;
import org.wpsnetwork.testsupport.MeetingHistory;
import org.wpsnetwork.testsupport.MembershipHistory;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;
import org.wpsnetwork.testsupport.ServiceUnderTest;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Meetings show in the member views and the overview, whichever arrives first: the meeting or its members.
 * Attendance rates and counts by theme depend on every meeting on record, so this test has a context (topics
 * and database) of its own, untouched by other test classes.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "wps.test.isolated-context=meeting-projections")
class MeetingProjectionsIT {

    @Autowired
    ServiceUnderTest service;

    @Test
    void membersSeeTheMeetingsTheyAttendedTheirRateAndTheRecommendationsAddressedToThem() {
        MeetingHistory m2019 = new MeetingHistory("zagreb-2019", "Meeting in Zagreb", LocalDate.of(2019, 5, 2),
                LocalDate.of(2019, 5, 3));
        MeetingHistory m2021 = new MeetingHistory("lima-2021", "Meeting in Lima", LocalDate.of(2021, 6, 1),
                LocalDate.of(2021, 6, 2));
        MeetingHistory m2023 = new MeetingHistory("hanoi-2023", "Meeting in Hanoi", LocalDate.of(2023, 3, 7),
                LocalDate.of(2023, 3, 8));
        // The meetings arrive before the members they name.
        try (EventPublisher meetings = new EventPublisher(service.kafkaBootstrapServers(), service.topic(Topics.MEETINGS))) {
            meetings.publish(m2019.scheduled(), m2019.attended("HRV", "ECOWAS"),
                    m2021.scheduled(), m2021.attended("HRV", "URY"),
                    m2021.recommended("lima-2021-1", RecommendationTheme.FINANCING, Addressee.MEMBER_STATES),
                    m2021.recommended("lima-2021-2", RecommendationTheme.PEER_REVIEW, Addressee.THE_NETWORK),
                    m2021.recommended("lima-2021-3", RecommendationTheme.FINANCING, Addressee.REGIONAL_ORGANIZATIONS),
                    m2021.adopted(),
                    m2023.scheduled(), m2023.attended("ECOWAS"),
                    m2023.recommended("hanoi-2023-1", RecommendationTheme.PARTICIPATION, Addressee.ALL_MEMBERS));
        }
        try (EventPublisher members = new EventPublisher(service.kafkaBootstrapServers(),
                service.topic(Topics.MEMBERSHIP))) {
            members.publish(
                    new MembershipHistory("HRV", "Croatia", MemberType.STATE, Region.EUROPE)
                            .joinedOn(LocalDate.of(2019, 1, 1)).admitted(),
                    new MembershipHistory("URY", "Uruguay", MemberType.STATE, Region.AMERICAS)
                            .joinedOn(LocalDate.of(2020, 1, 1)).admitted(),
                    new MembershipHistory("ECOWAS", "Economic Community of West African States",
                            MemberType.REGIONAL_ORGANIZATION, Region.AFRICA).joinedOn(LocalDate.of(2016, 9, 23))
                            .admitted());
        }
        Http http = service.http();

        // Lima's adoption follows its attendance list on the topic: wait for both.
        JsonNode croatia = viewWhen(http, "HRV", v -> v.path("meetingsAttended").path("count").asInt() == 2
                && v.path("meetingsAttended").path("heldSinceJoining").asInt() == 3
                && !v.path("recommendations").isEmpty());
        JsonNode uruguay = viewWhen(http, "URY", v -> v.path("meetingsAttended").path("heldSinceJoining").asInt() == 2);
        JsonNode ecowas = viewWhen(http, "ECOWAS", v -> v.path("meetingsAttended").path("count").asInt() == 2
                && !v.path("recommendations").isEmpty());

        assertThat(croatia.path("meetingsAttended").path("ids").toString()).isEqualTo("[\"lima-2021\",\"zagreb-2019\"]");
        assertThat(croatia.path("meetingsAttended").path("rate").asDouble()).isEqualTo(0.667);
        assertThat(uruguay.path("meetingsAttended").path("rate").asDouble()).as("Zagreb was before Uruguay joined")
                .isEqualTo(0.5);
        assertThat(ecowas.path("meetingsAttended").path("rate").asDouble()).isEqualTo(0.667);
        assertThat(croatia.path("recommendations").findValuesAsString("id")).as("adopted, and addressed to states")
                .containsExactly("lima-2021-1");
        assertThat(ecowas.path("recommendations").findValuesAsString("id")).containsExactly("lima-2021-3");
        assertThat(http.get("/api/v1/reports/members/URY/timeline").json().path("events").findValuesAsString("summary"))
                .contains("Attended Meeting in Lima, Geneva, 1–2 June 2021");

        JsonNode overview = http.get("/api/v1/reports/network").json();
        JsonNode lima = overview.path("meetings").findParents("id").stream()
                .filter(m -> m.path("id").asString().equals("lima-2021")).findFirst().orElseThrow();
        assertThat(lima.path("attendeeCount").asInt()).isEqualTo(2);
        assertThat(lima.path("dates").asString()).isEqualTo("1–2 June 2021");
        assertThat(overview.path("recommendationsByTheme").path("FINANCING").asInt()).isEqualTo(2);
        assertThat(overview.path("recommendationsByTheme").path("PARTICIPATION").asInt())
                .as("Hanoi's communiqué is not adopted yet").isZero();

        JsonNode report = http.get("/api/v1/reports/recommendations?meetingId=hanoi-2023").json();
        assertThat(report.path("recommendations").findValuesAsString("id")).containsExactly("hanoi-2023-1");
        assertThat(report.path("recommendations").get(0).path("adoptedOn").isNull()).isTrue();
        assertThat(http.get("/api/v1/reports/recommendations?theme=FINANCING").json().path("recommendations")
                .findValuesAsString("id")).containsExactlyInAnyOrder("lima-2021-1", "lima-2021-3");
    }

    private static JsonNode viewWhen(Http http, String code, Predicate<JsonNode> condition) {
        return http.awaitJson("/api/v1/reports/members/" + code, Duration.ofSeconds(15), condition);
    }
}
