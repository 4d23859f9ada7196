package org.wpsnetwork.reporting;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wpsnetwork.contracts.EventEnvelope;
import org.wpsnetwork.contracts.Topics;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.NetworkRole;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.contracts.membership.RoleAssignment;
import org.wpsnetwork.testsupport.EventPublisher;
import org.wpsnetwork.testsupport.MembershipHistory;
import org.wpsnetwork.testsupport.Http;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;
import org.wpsnetwork.testsupport.ServiceUnderTest;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The reporting views follow the membership events, whatever order or repetition they arrive in. */
@ServiceIntegrationTest
class MembershipProjectionsIT {

    @Autowired
    ServiceUnderTest service;


    Http http;
    EventPublisher publisher;

    @BeforeEach
    void connect() {
        http = service.http();
        publisher = new EventPublisher(service.kafkaBootstrapServers(), service.topic(Topics.MEMBERSHIP));
    }

    @AfterEach
    void disconnect() {
        publisher.close();
    }

    @Test
    void theMemberViewShowsTheLatestProfileFocalPointAndFreshness() {
        MembershipHistory peru = new MembershipHistory("PER", "Peru", MemberType.STATE, Region.AMERICAS);
        EventEnvelope<?> admitted = peru.admitted();
        EventEnvelope<?> appointed = peru.appointed("Rosa Quispe");

        publisher.publish(admitted, appointed);

        JsonNode view = memberViewWhen("PER", v -> v.path("focalPoint").path("name").asString().equals("Rosa Quispe"));
        assertThat(view.path("name").asString()).isEqualTo("Peru");
        assertThat(view.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(view.path("region").asString()).isEqualTo("AMERICAS");
        assertThat(view.path("joinedOn").asString()).isEqualTo("2018-04-09");
        assertThat(Instant.parse(view.path("asOf").asString())).isAfterOrEqualTo(appointed.occurredAt());
    }

    @Test
    void repeatedAndOutOfOrderEventsChangeNothing() {
        MembershipHistory irl = new MembershipHistory("IRL", "Ireland", MemberType.STATE, Region.EUROPE);
        EventEnvelope<?> v1 = irl.admitted();
        EventEnvelope<?> v2 = irl.renamed("Éire");
        EventEnvelope<?> v3 = irl.appointed("Niamh Byrne");
        publisher.publish(v1, v2, v3);
        memberViewWhen("IRL", v -> v.path("focalPoint").path("name").asString().equals("Niamh Byrne"));
        double duplicatesBefore = metric("wps_projection_events_total", "member-views", "duplicate");

        publisher.publish(v3, v2, v1, v2);
        MembershipHistory lux = new MembershipHistory("LUX", "Luxembourg", MemberType.STATE, Region.EUROPE);
        EventEnvelope<?> luxAdmitted = lux.admitted();
        EventEnvelope<?> luxRenamed = lux.renamed("Grand Duchy of Luxembourg");
        publisher.publish(luxRenamed, luxAdmitted);

        memberViewWhen("LUX", v -> v.path("name").asString().equals("Grand Duchy of Luxembourg"));
        await().atMost(Duration.ofSeconds(15)).until(() ->
                metric("wps_projection_events_total", "member-views", "duplicate") >= duplicatesBefore + 4);
        JsonNode ireland = http.get("/api/v1/reports/members/IRL").json();
        assertThat(ireland.path("name").asString()).isEqualTo("Éire");
        assertThat(ireland.path("focalPoint").path("name").asString()).isEqualTo("Niamh Byrne");
        JsonNode timeline = http.get("/api/v1/reports/members/IRL/timeline").json().path("events");
        assertThat(timeline.findValuesAsString("eventType"))
                .containsExactly("FocalPointAppointed", "MemberProfileUpdated", "MemberAdmitted");
    }

    @Test
    void rolesArrivingBeforeTheirMembersAreNotLost() {
        publisher.publish(MembershipHistory.roles(2022, 1,
                List.of(new RoleAssignment("POL", NetworkRole.CO_CHAIR), new RoleAssignment("NOR", NetworkRole.CO_CHAIR)),
                List.of()));
        MembershipHistory poland = new MembershipHistory("POL", "Poland", MemberType.STATE, Region.EUROPE);
        publisher.publish(poland.admitted());

        JsonNode view = memberViewWhen("POL", v -> v.path("roles").size() == 1);
        assertThat(view.path("roles").get(0).path("role").asString()).isEqualTo("CO_CHAIR");
        assertThat(view.path("roles").get(0).path("year").asInt()).isEqualTo(2022);
        JsonNode timeline = http.get("/api/v1/reports/members/POL/timeline").json().path("events");
        assertThat(timeline.findValuesAsString("summary")).contains("Holds co-chair for 2022", "Joined the network on 2018-04-09");
    }

    @Test
    void theOverviewCountsMembersByTypeAndStatus() {
        JsonNode before = http.get("/api/v1/reports/network").json().path("members");
        MembershipHistory osce = new MembershipHistory("OSCE", "Organization for Security and Co-operation in Europe",
                MemberType.REGIONAL_ORGANIZATION, Region.TRANSREGIONAL);
        MembershipHistory mali = new MembershipHistory("MLI", "Mali", MemberType.STATE, Region.AFRICA);

        publisher.publish(osce.admitted(), mali.admitted(), mali.withdrew(LocalDate.of(2024, 6, 30)));

        memberViewWhen("MLI", v -> v.path("status").asString().equals("WITHDRAWN"));
        memberViewWhen("OSCE", v -> true);
        long totalBefore = before.path("all").path("total").asLong();
        JsonNode after = http.awaitJson("/api/v1/reports/network", Duration.ofSeconds(20),
                overview -> overview.path("members").path("all").path("total").asLong() == totalBefore + 2)
                .path("members");
        assertThat(after.path("byType").path("REGIONAL_ORGANIZATION").path("active").asLong())
                .isEqualTo(before.path("byType").path("REGIONAL_ORGANIZATION").path("active").asLong() + 1);
        assertThat(after.path("byType").path("STATE").path("withdrawn").asLong())
                .isEqualTo(before.path("byType").path("STATE").path("withdrawn").asLong() + 1);
        assertThat(after.path("all").path("total").asLong()).isEqualTo(before.path("all").path("total").asLong() + 2);
    }

    @Test
    void anUnknownMemberIsAProblemNotAnEmptyView() {
        Http.Response response = http.get("/api/v1/reports/members/XXX");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().path("type").asString()).isEqualTo("urn:wps:problem:not-found");
    }

    private JsonNode memberViewWhen(String code, Predicate<JsonNode> condition) {
        return http.awaitJson("/api/v1/reports/members/" + code, Duration.ofSeconds(15), condition);
    }

    private double metric(String name, String projection, String outcome) {
        return http.get("/actuator/prometheus").body().lines()
                .filter(line -> line.startsWith(name + "{") && line.contains("projection=\"" + projection + "\"")
                        && line.contains("outcome=\"" + outcome + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
