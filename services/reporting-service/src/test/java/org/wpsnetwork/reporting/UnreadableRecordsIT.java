package org.wpsnetwork.reporting;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.wpsnetwork.contracts.Topics;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.testsupport.EventPublisher;
import org.wpsnetwork.testsupport.Http;
import org.wpsnetwork.testsupport.MembershipHistory;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;
import org.wpsnetwork.testsupport.ServiceUnderTest;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One stored plan that cannot be read (a baseline of +Infinity, as an earlier build stored 1e400) no longer
 * breaks the secretariat's views for everyone: it is left out, the views say so, and the admin endpoint lists it.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "wps.test.isolated-context=unreadable-records")
class UnreadableRecordsIT {

    @Autowired
    ServiceUnderTest service;
    @Autowired
    MongoDatabase database;

    @Test
    void anUnreadablePlanIsLeftOutOfEveryViewAndListedForTheSecretariat() {
        MembershipHistory argentina = new MembershipHistory("ARG", "Argentina", MemberType.STATE, Region.AMERICAS);
        try (EventPublisher members = new EventPublisher(service.kafkaBootstrapServers(),
                service.topic(Topics.MEMBERSHIP))) {
            members.publish(argentina.admitted());
            Http http = service.http();
            http.awaitJson("/api/v1/reports/members/ARG", Duration.ofSeconds(20), view -> view.path("code").isString());
            database.getCollection("plan_views").insertOne(new Document("_id", "arg-broken")
                    .append("plan", new Document("id", "arg-broken").append("memberCode", "ARG")
                            .append("indicators", List.of(new Document("code", "P1")
                                    .append("baseline", Double.POSITIVE_INFINITY).append("target", 1.0)))));
            database.getCollection("member_nap").updateOne(new Document("_id", "ARG"),
                    new Document("$addToSet", new Document("plans", "arg-broken")), new UpdateOptions().upsert(true));
            // The views are materialised when events are applied: the next event of the member finds the record.
            members.publish(argentina.renamed("Argentine Republic"));
            http.awaitJson("/api/v1/reports/members/ARG", Duration.ofSeconds(20),
                    view -> view.path("skippedRecords").size() == 1);
        }
        Http http = service.http();

        for (String view : List.of("/api/v1/reports/network", "/api/v1/reports/recommendations",
                "/api/v1/reports/members/ARG")) {
            Http.Response response = http.get(view);
            assertThat(response.status()).as(view + ": " + response).isEqualTo(200);
            assertThat(response.json().path("skippedRecords").toString()).as(view)
                    .isEqualTo("[\"plan_views/arg-broken\"]");
        }
        JsonNode listed = http.get("/api/v1/admin/unreadable-records").json().path("records");
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).path("collection").asString()).isEqualTo("plan_views");
        assertThat(listed.get(0).path("id").asString()).isEqualTo("arg-broken");
        assertThat(listed.get(0).path("reason").asString()).isNotBlank();
    }
}
