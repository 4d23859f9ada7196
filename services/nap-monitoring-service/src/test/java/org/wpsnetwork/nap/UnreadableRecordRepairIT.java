package org.wpsnetwork.nap;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.wpsnetwork.contracts.EventEnvelope;
import org.wpsnetwork.contracts.Topics;
import org.wpsnetwork.contracts.nap.ActionPlanCorrected;
import org.wpsnetwork.contracts.nap.ProgressReportCorrected;
import org.wpsnetwork.testsupport.Http;
import org.wpsnetwork.testsupport.PublishedEvents;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;
import org.wpsnetwork.testsupport.ServiceUnderTest;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan and a report that an older build stored with a figure no version can read (a baseline and a value of
 * +Infinity, as 1e400 was once stored): reading them answers 409 naming the repair, lists leave them out, the
 * admin endpoint lists them, and an administrator restates the figure; the records read again, leave the list,
 * and consumers learn it from ActionPlanCorrected and ProgressReportCorrected.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "wps.test.isolated-context=unreadable-sources")
class UnreadableRecordRepairIT {

    private static final String REPAIR = "/api/v1/admin/unreadable-records/";

    @Autowired
    ServiceUnderTest service;
    @Autowired
    MongoDatabase database;

    @Test
    void anUnreadablePlanAndReportAreReportedListedAndRepairedByRestatingTheirFigures() {
        NapFixtures.publish(service);
        Http http = service.http();
        assertThat(NapFixtures.onceReplicated(() -> http.post("/api/v1/members/ARG/action-plans",
                NapFixtures.plan("arg-nap-2", 2, "2023-03-08", "2023-01-01", "2026-12-31"))).status()).isEqualTo(201);
        String reportId = NapFixtures.onceReplicated(() -> http.post("/api/v1/action-plans/arg-nap-2/progress-reports",
                NapFixtures.report("2024-01-01", "2024-12-31", "18", "LIMITED"))).json().path("id").asString();
        database.getCollection("action_plans").updateOne(Filters.eq("_id", "arg-nap-2"),
                Updates.set("state.indicators.0.baseline", Double.POSITIVE_INFINITY));
        database.getCollection("progress_reports").updateOne(Filters.eq("_id", reportId),
                Updates.set("state.current.indicatorValues.0.value", Double.POSITIVE_INFINITY));

        Http.Response unreadable = http.get("/api/v1/action-plans/arg-nap-2");
        assertThat(unreadable.status()).as(unreadable.toString()).isEqualTo(409);
        assertThat(unreadable.json().path("type").asString()).isEqualTo("urn:wps:problem:unreadable-record");
        assertThat(unreadable.json().path("detail").asString()).contains("PUT " + REPAIR + "action_plans/arg-nap-2");
        assertThat(http.get("/api/v1/progress-reports/" + reportId).status()).isEqualTo(409);
        assertThat(http.get("/api/v1/members/ARG/action-plans").json().size()).as("left out of the list").isZero();
        assertThat(http.get("/api/v1/admin/unreadable-records").json().path("records").findValuesAsString("id"))
                .containsExactlyInAnyOrder("arg-nap-2", reportId);

        String plan = REPAIR + "action_plans/arg-nap-2";
        assertThat(field(http.put(plan, repair("indicators[0].target", "41"), "If-Match", "\"1\"")))
                .as("the baseline still cannot be read").isEqualTo("indicators[0].baseline");
        assertThat(field(http.put(plan, repair("indicators[0].baseline", "1e400"), "If-Match", "\"1\"")))
                .as("outside the limits of every request").isEqualTo("indicators[0].baseline");
        assertThat(http.put(plan, repair("title", "7"), "If-Match", "\"1\"").status()).as("only figures").isEqualTo(400);
        assertThat(http.put(plan, repair("indicators[0].baseline", "40"), "If-Match", "\"1\"").status())
                .as("the baseline must differ from the target").isEqualTo(422);
        assertThat(http.put(plan, repair("indicators[0].baseline", "10"), "If-Match", "\"7\"").status()).isEqualTo(412);
        Http.Response repaired = http.put(plan, repair("indicators[0].baseline", "10"), "If-Match", "\"1\"");
        assertThat(repaired.status()).as(repaired.toString()).isEqualTo(200);
        assertThat(repaired.header("ETag")).hasValue("\"2\"");
        Http.Response reportRepaired = http.put(REPAIR + "progress_reports/" + reportId,
                repair("current.indicatorValues[0].value", "18.5"), "If-Match", "\"1\"");
        assertThat(reportRepaired.status()).as(reportRepaired.toString()).isEqualTo(200);

        JsonNode readable = http.get("/api/v1/action-plans/arg-nap-2").json();
        assertThat(readable.path("indicators").get(0).path("baseline").decimalValue()).isEqualByComparingTo("10");
        assertThat(readable.path("version").asLong()).isEqualTo(2);
        JsonNode report = http.get("/api/v1/progress-reports/" + reportId).json();
        assertThat(report.path("indicatorValues").get(0).path("value").decimalValue()).isEqualByComparingTo("18.5");
        assertThat(report.path("history").findValuesAsString("action")).containsExactly("SUBMITTED", "RESTATED");
        assertThat(http.get("/api/v1/members/ARG/action-plans").json().size()).isEqualTo(1);
        assertThat(http.get("/api/v1/admin/unreadable-records").json().path("records").size()).isZero();

        try (PublishedEvents published = new PublishedEvents(service.kafkaBootstrapServers(), service.topic(Topics.NAP))) {
            List<EventEnvelope<?>> events = published.forKey("ARG", all -> all.size() >= 4, Duration.ofSeconds(15));
            assertThat(events).extracting(EventEnvelope::eventType).containsExactly("ActionPlanAdopted",
                    "ProgressReportSubmitted", "ActionPlanCorrected", "ProgressReportCorrected");
            ActionPlanCorrected corrected = (ActionPlanCorrected) events.get(2).payload();
            assertThat(corrected.reason()).isEqualTo("Stored unreadably by an older version");
            assertThat(corrected.plan().indicators().get(0).baseline()).isEqualByComparingTo("10");
            assertThat(((ProgressReportCorrected) events.get(3).payload()).report().indicatorValues().get(0).value())
                    .isEqualByComparingTo("18.5");
        }
    }

    private static String repair(String path, String value) {
        return "{\"reason\":\"Stored unreadably by an older version\",\"values\":{\"" + path + "\":" + value + "}}";
    }

    private static String field(Http.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        return response.json().path("errors").get(0).path("field").asString();
    }
}
