package org.wpsnetwork.membership;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wpsnetwork.contracts.EventEnvelope;
import org.wpsnetwork.contracts.Topics;
import org.wpsnetwork.contracts.membership.FocalPointAppointed;
import org.wpsnetwork.contracts.membership.MemberAdmitted;
import org.wpsnetwork.contracts.membership.MemberStatus;
import org.wpsnetwork.contracts.membership.MemberWithdrew;
import org.wpsnetwork.contracts.membership.NetworkRolesAssigned;
import org.wpsnetwork.testsupport.Http;
import org.wpsnetwork.testsupport.PublishedEvents;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;
import org.wpsnetwork.testsupport.ServiceUnderTest;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The secretariat maintains a member through its whole life; every change is published, in order and valid. */
@ServiceIntegrationTest
class MemberLifecycleIT {

    @Autowired
    ServiceUnderTest service;


    MembershipApi api;
    PublishedEvents published;

    @BeforeEach
    void connect() {
        api = new MembershipApi(service.http());
        published = new PublishedEvents(service.kafkaBootstrapServers(), service.topic(Topics.MEMBERSHIP));
    }

    @AfterEach
    void disconnect() {
        published.close();
    }

    @Test
    void admittingAMemberAnswersWithItAndPublishesMemberAdmitted() {
        Http.Response created = api.http.post("/api/v1/members", """
                {"code":"ARG","name":"Argentina","type":"STATE","region":"AMERICAS","joinedOn":"2016-09-23"}""",
                "X-Correlation-Id", "admit-arg-1");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).hasValue("/api/v1/members/ARG");
        assertThat(created.header("ETag")).hasValue("\"1\"");
        assertThat(created.header("X-Correlation-Id")).hasValue("admit-arg-1");
        JsonNode member = created.json();
        assertThat(member.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(member.path("joinedOn").asString()).isEqualTo("2016-09-23");
        assertThat(member.path("version").asLong()).isEqualTo(1);

        Http.Response read = api.http.get("/api/v1/members/ARG");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(member);

        EventEnvelope<?> event = published.forKey("ARG", events -> !events.isEmpty(), Duration.ofSeconds(15)).get(0);
        assertThat(event.payload()).isInstanceOf(MemberAdmitted.class);
        assertThat(event.aggregateVersion()).isEqualTo(1);
        assertThat(event.correlationId()).isEqualTo("admit-arg-1");
        assertThat(event.producer()).isEqualTo("membership-service");
        assertThat(((MemberAdmitted) event.payload()).member().name()).isEqualTo("Argentina");
    }

    @Test
    void everyChangeOfAMemberIsPublishedInVersionOrder() {
        String etag = api.admitted("CHL", "Chile", "AMERICAS");

        Http.Response renamed = api.http.patch("/api/v1/members/CHL", """
                {"name":"Republic of Chile"}""", "If-Match", etag);
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().path("name").asString()).isEqualTo("Republic of Chile");

        Http.Response appointed = api.appoint("CHL", renamed.header("ETag").orElseThrow(), "Ana Soto", "ana.soto@example.cl");
        assertThat(appointed.status()).as(appointed.toString()).isEqualTo(200);
        assertThat(appointed.json().path("focalPoint").path("email").asString()).isEqualTo("ana.soto@example.cl");

        Http.Response replaced = api.appoint("CHL", appointed.header("ETag").orElseThrow(), "Luis Vera", "luis.vera@example.cl");
        assertThat(replaced.json().path("focalPoint").path("name").asString()).isEqualTo("Luis Vera");

        Http.Response vacated = api.http.delete("/api/v1/members/CHL/focal-point",
                "If-Match", replaced.header("ETag").orElseThrow());
        assertThat(vacated.status()).isEqualTo(204);
        assertThat(vacated.header("ETag")).hasValue("\"5\"");

        Http.Response withdrawn = api.http.post("/api/v1/members/CHL/withdrawal", """
                {"effectiveOn":"2025-01-31","reason":"Decision of the government"}""", "If-Match", "\"5\"");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.json().path("withdrawnOn").asString()).isEqualTo("2025-01-31");

        List<EventEnvelope<?>> events = published.forKey("CHL", all -> all.size() >= 6, Duration.ofSeconds(15));
        assertThat(events).extracting(EventEnvelope::aggregateVersion).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(events).extracting(EventEnvelope::eventType).containsExactly("MemberAdmitted",
                "MemberProfileUpdated", "FocalPointAppointed", "FocalPointAppointed", "FocalPointVacated",
                "MemberWithdrew");
        FocalPointAppointed replacement = (FocalPointAppointed) events.get(3).payload();
        assertThat(replacement.replaced().name()).isEqualTo("Ana Soto");
        assertThat(replacement.member().focalPoint().name()).isEqualTo("Luis Vera");
        MemberWithdrew withdrawal = (MemberWithdrew) events.get(5).payload();
        assertThat(withdrawal.member().status()).isEqualTo(MemberStatus.WITHDRAWN);
        assertThat(withdrawal.reason()).isEqualTo("Decision of the government");
    }

    @Test
    void sendingTheSameChangeAgainChangesNothing() {
        String etag = api.admitted("CRI", "Costa Rica", "AMERICAS");
        Http.Response first = api.appoint("CRI", etag, "Eva Mora", "eva.mora@example.cr");
        String afterFirst = first.header("ETag").orElseThrow();

        Http.Response again = api.appoint("CRI", afterFirst, "Eva Mora", "eva.mora@example.cr");
        Http.Response sameName = api.http.patch("/api/v1/members/CRI", """
                {"name":"Costa Rica"}""", "If-Match", afterFirst);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("ETag")).hasValue(afterFirst);
        assertThat(sameName.header("ETag")).hasValue(afterFirst);
        assertThat(published.forKeyDuring("CRI", Duration.ofSeconds(2))).hasSize(2);
    }

    @Test
    void aRetriedAdmissionWithTheSameIdempotencyKeyAnswersTheFirstResult() {
        String body = """
                {"code":"GTM","name":"Guatemala","type":"STATE","region":"AMERICAS","joinedOn":"2017-05-02"}""";

        Http.Response first = api.http.post("/api/v1/members", body, "Idempotency-Key", "gtm-7d1e");
        Http.Response retry = api.http.post("/api/v1/members", body, "Idempotency-Key", "gtm-7d1e");
        Http.Response withoutKey = api.http.post("/api/v1/members", body);
        Http.Response keyReused = api.http.post("/api/v1/members", """
                {"code":"HND","name":"Honduras","type":"STATE","region":"AMERICAS","joinedOn":"2017-05-02"}""",
                "Idempotency-Key", "gtm-7d1e");

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(withoutKey.status()).isEqualTo(409);
        assertThat(keyReused.status()).isEqualTo(422);
        assertThat(keyReused.json().path("errors").get(0).path("field").asString()).isEqualTo("Idempotency-Key");
        assertThat(api.http.get("/api/v1/members/HND").status()).isEqualTo(404);
        assertThat(published.forKeyDuring("GTM", Duration.ofSeconds(2))).hasSize(1);
    }

    @Test
    void membersCanBeListedByTypeStatusAndRegion() {
        api.admitted("KEN", "Kenya", "AFRICA");
        api.admitted("NAM", "Namibia", "AFRICA");
        api.http.post("/api/v1/members", """
                {"code":"AU","name":"African Union","type":"REGIONAL_ORGANIZATION","region":"AFRICA","joinedOn":"2016-09-23"}""");

        Http.Response states = api.http.get("/api/v1/members?type=STATE&region=AFRICA&status=ACTIVE");
        Http.Response organizations = api.http.get("/api/v1/members?type=REGIONAL_ORGANIZATION");

        assertThat(states.json().findValuesAsString("code")).contains("KEN", "NAM").doesNotContain("AU");
        assertThat(organizations.json().findValuesAsString("code")).contains("AU").doesNotContain("KEN");
    }

    @Test
    void theRolesOfAYearAreSetAsAWholeAndShowOnEachMember() {
        api.admitted("ROU", "Romania", "EUROPE");
        api.admitted("ZAF", "South Africa", "AFRICA");
        api.admitted("CHE", "Switzerland", "EUROPE");
        Http.Response none = api.http.get("/api/v1/network/roles/2024");
        assertThat(none.json().path("assignments").size()).isZero();
        assertThat(none.header("ETag")).hasValue("\"0\"");

        Http.Response set = api.http.put("/api/v1/network/roles/2024", """
                {"assignments":[{"memberCode":"ROU","role":"LEADERSHIP_QUAD"},{"memberCode":"ZAF","role":"LEADERSHIP_QUAD"}]}""",
                "If-Match", "\"0\"");
        Http.Response changed = api.http.put("/api/v1/network/roles/2024", """
                {"assignments":[{"memberCode":"ROU","role":"LEADERSHIP_QUAD"},{"memberCode":"CHE","role":"LEADERSHIP_QUAD"}]}""",
                "If-Match", "\"1\"");

        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.header("ETag")).hasValue("\"2\"");
        assertThat(api.http.get("/api/v1/members/CHE").json().path("roles").toString())
                .isEqualTo("[{\"role\":\"LEADERSHIP_QUAD\",\"year\":2024}]");
        assertThat(api.http.get("/api/v1/members/ZAF").json().path("roles").size()).isZero();

        List<EventEnvelope<?>> events = published.forKey("2024", all -> all.size() >= 2, Duration.ofSeconds(15));
        NetworkRolesAssigned second = (NetworkRolesAssigned) events.get(1).payload();
        assertThat(second.assignments()).extracting(a -> a.memberCode()).containsExactly("CHE", "ROU");
        assertThat(second.previousAssignments()).extracting(a -> a.memberCode()).containsExactly("ROU", "ZAF");
    }
}
