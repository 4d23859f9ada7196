package org.wpsnetwork.nap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.wpsnetwork.contracts.EventEnvelope;
import org.wpsnetwork.contracts.Topics;
import org.wpsnetwork.contracts.nap.IndicatorStatusOverridden;
import org.wpsnetwork.contracts.nap.ProgressReportReturned;
import org.wpsnetwork.contracts.nap.ProgressReportSubmitted;
import org.wpsnetwork.testsupport.Http;
import org.wpsnetwork.testsupport.TestTokens;
import org.wpsnetwork.testsupport.PublishedEvents;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;
import org.wpsnetwork.testsupport.ServiceUnderTest;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member records its plan and reports on it; the secretariat returns the report, the member corrects it, the
 * secretariat validates it. Every step is kept in the report's history and published, keyed by member code.
 */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanAndReportLifecycleIT {

    @Autowired
    ServiceUnderTest service;
    Http http;

    @BeforeAll
    void replicas() {
        http = service.http();
        NapFixtures.publish(service);
    }

    @Test
    void aReportGoesFromSubmissionThroughReturnAndCorrectionToValidation() {
        Http.Response adopted = NapFixtures.onceReplicated(() -> http.post("/api/v1/members/ARG/action-plans",
                NapFixtures.plan("arg-nap-2", 2, "2023-03-08", "2023-01-01", "2026-12-31")));
        assertThat(adopted.status()).as(adopted.toString()).isEqualTo(201);
        assertThat(adopted.header("Location")).hasValue("/api/v1/action-plans/arg-nap-2");
        assertThat(adopted.json().path("status").asString()).isEqualTo("ACTIVE");
        assertThat(adopted.json().path("budget").path("amount").decimalValue()).isEqualByComparingTo("1250000.50");
        assertThat(adopted.json().path("reportingFrequency").asString()).as("the default").isEqualTo("ANNUAL");
        assertThat(adopted.json().path("gracePeriodDays").asInt()).as("the default").isEqualTo(90);

        Http focalPoint = http.as(TestTokens.focalPoint("ARG"));
        Http secretariat = http.as(TestTokens.secretariat());
        String body = NapFixtures.report("2024-01-01", "2024-12-31", "18", "LIMITED");
        Http.Response submitted = NapFixtures.onceReplicated(() -> focalPoint.post(
                "/api/v1/action-plans/arg-nap-2/progress-reports", body, "Idempotency-Key", "arg-2024-q4"));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        JsonNode report = submitted.json();
        String id = report.path("id").asString();
        assertThat(report.path("state").asString()).isEqualTo("SUBMITTED");
        assertThat(report.path("revision").asInt()).isEqualTo(1);

        Http.Response retried = focalPoint.post("/api/v1/action-plans/arg-nap-2/progress-reports", body,
                "Idempotency-Key", "arg-2024-q4");
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().path("id").asString()).isEqualTo(id);
        Http.Response otherUnderSameKey = focalPoint.post("/api/v1/action-plans/arg-nap-2/progress-reports",
                NapFixtures.report("2024-01-01", "2024-12-31", "19", "LIMITED"), "Idempotency-Key", "arg-2024-q4");
        assertThat(otherUnderSameKey.status()).isEqualTo(422);
        assertThat(http.get("/api/v1/action-plans/arg-nap-2/progress-reports").json().size())
                .as("no duplicate report").isEqualTo(1);

        assertThat(reportIds(secretariat.get("/api/v1/progress-reports")))
                .as("the review queue: submitted reports").contains(id);
        assertThat(focalPoint.get("/api/v1/progress-reports").status()).as("the queue is the secretariat's")
                .isEqualTo(403);

        Http.Response corrected = focalPoint.put("/api/v1/progress-reports/" + id,
                NapFixtures.correction("2024-01-01", "2024-12-31", "21", "LIMITED", "Count of negotiators was incomplete"),
                "If-Match", "\"1\"");
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json().path("revision").asInt()).isEqualTo(2);
        assertThat(corrected.json().path("previousRevisions").get(0).path("indicatorValues").get(0).path("value")
                .asInt()).isEqualTo(18);

        Http.Response returned = secretariat.post("/api/v1/progress-reports/" + id + "/return",
                "{\"reason\":\"Please add evidence for recommendation geneva-2022-8\"}",
                "If-Match", "\"2\"");
        assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
        assertThat(returned.json().path("state").asString()).isEqualTo("RETURNED");
        assertThat(reportIds(secretariat.get("/api/v1/progress-reports"))).doesNotContain(id);
        assertThat(reportIds(secretariat.get("/api/v1/progress-reports?state=RETURNED&member=ARG"))).containsExactly(id);
        assertThat(secretariat.get("/api/v1/progress-reports?state=RETURNED&member=NOR").json().size()).isZero();
        assertThat(secretariat.post("/api/v1/progress-reports/" + id + "/validation", null, "If-Match", "\"3\"").status())
                .as("a returned report must be corrected before validation").isEqualTo(409);

        Http.Response resubmitted = focalPoint.put("/api/v1/progress-reports/" + id,
                NapFixtures.correction("2024-01-01", "2024-12-31", "21", "SUBSTANTIAL", "Evidence added"),
                "If-Match", "\"3\"");
        assertThat(resubmitted.json().path("state").asString()).isEqualTo("SUBMITTED");
        assertThat(resubmitted.json().path("revision").asInt()).isEqualTo(3);

        Http.Response validated = secretariat.post("/api/v1/progress-reports/" + id + "/validation",
                null, "If-Match", "\"4\"");
        assertThat(validated.status()).as(validated.toString()).isEqualTo(200);
        assertThat(validated.json().path("state").asString()).isEqualTo("VALIDATED");
        assertThat(focalPoint.put("/api/v1/progress-reports/" + id, NapFixtures.correction("2024-01-01", "2024-12-31", "22",
                "COMPLETE", "late"), "If-Match", "\"5\"").status())
                .as("validated is final").isEqualTo(409);

        JsonNode history = http.get("/api/v1/progress-reports/" + id).json().path("history");
        assertThat(history.findValuesAsString("action"))
                .containsExactly("SUBMITTED", "CORRECTED", "RETURNED", "CORRECTED", "VALIDATED");
        assertThat(history.get(2).path("reason").asString()).isEqualTo("Please add evidence for recommendation geneva-2022-8");
        assertThat(history.findValuesAsString("by")).as("the signed-in users, never the body").containsExactly(
                "Focal point of ARG", "Focal point of ARG", "Sam Secretariat", "Focal point of ARG", "Sam Secretariat");
        assertThat(history.get(0).path("actor").path("memberCode").asString()).isEqualTo("ARG");
        assertThat(history.get(2).path("actor").path("role").asString()).isEqualTo("secretariat");
        assertThat(history.get(0).path("at").asString()).isNotBlank();

        try (PublishedEvents published = new PublishedEvents(service.kafkaBootstrapServers(), service.topic(Topics.NAP))) {
            List<EventEnvelope<?>> events = published.forKey("ARG", all -> all.size() >= 6, Duration.ofSeconds(15));
            assertThat(events).extracting(EventEnvelope::eventType).containsExactly("ActionPlanAdopted",
                    "ProgressReportSubmitted", "ProgressReportCorrected", "ProgressReportReturned",
                    "ProgressReportCorrected", "ProgressReportValidated");
            assertThat(events.get(1).aggregateId()).isEqualTo(id);
            assertThat(events.get(5).aggregateVersion()).isEqualTo(5);
            assertThat(((ProgressReportReturned) events.get(3).payload()).returnedBy()).isEqualTo("Sam Secretariat");
            assertThat(events).extracting(event -> event.actor().name()).containsExactly("Test operator",
                    "Focal point of ARG", "Focal point of ARG", "Sam Secretariat", "Focal point of ARG",
                    "Sam Secretariat");
        }
    }

    @Test
    void indicatorsOfEveryKindAreRecordedReportedInTheirKindsFormAndJudgedByTheSecretariat() {
        Http.Response adopted = NapFixtures.onceReplicated(() -> http.post("/api/v1/members/NAM/action-plans",
                NapFixtures.PLAN_OF_EVERY_KIND.formatted("nam-nap-2")));
        assertThat(adopted.status()).as(adopted.toString()).isEqualTo(201);
        JsonNode indicators = adopted.json().path("indicators");
        assertThat(indicators.findValuesAsString("kind")).containsExactly("COUNT", "PERCENT", "YES_NO", "MILESTONE");
        assertThat(indicators.get(1).path("unit").asString()).as("a share's unit").isEqualTo("%");
        assertThat(indicators.get(2).path("direction").asString()).isEqualTo("INCREASE");
        assertThat(indicators.get(3).path("stages").size()).isEqualTo(3);

        String withoutTotal = NapFixtures.REPORT_OF_EVERY_KIND.replace("\"value\":250,", "");
        Http.Response submitted = NapFixtures.onceReplicated(() -> http.as(TestTokens.focalPoint("NAM")).post(
                "/api/v1/action-plans/nam-nap-2/progress-reports", withoutTotal));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        JsonNode values = submitted.json().path("indicatorValues");
        assertThat(values.get(0).path("value").decimalValue()).as("the total of the breakdown")
                .isEqualByComparingTo("250");
        assertThat(values.get(0).path("breakdown").get(0).path("category").asString()).isEqualTo("WOMEN");
        assertThat(values.get(2).path("achievedOn").asString()).isEqualTo("2023-06-14");
        assertThat(values.get(3).path("stage").asString()).isEqualTo("Approved by cabinet");
        assertThat(submitted.json().path("recommendationStatuses").get(0).path("narrative").path("nextSteps")
                .asString()).isEqualTo("Publicar el primer informe");
        assertThat(submitted.json().path("evidence").findValuesAsString("visibility")).as("private unless said")
                .containsExactly("PUBLIC", "PRIVATE");

        Http.Response judged = http.as(TestTokens.secretariat()).put("/api/v1/action-plans/nam-nap-2/indicators/S1/"
                + "status-override", "{\"status\":\"MODERATE\",\"reason\":\"The survey left out two regions\"}",
                "If-Match", "\"1\"");
        assertThat(judged.status()).as(judged.toString()).isEqualTo(200);
        assertThat(judged.json().path("statusOverrides").get(0).path("by").path("name").asString())
                .isEqualTo("Sam Secretariat");

        try (PublishedEvents published = new PublishedEvents(service.kafkaBootstrapServers(), service.topic(Topics.NAP))) {
            List<EventEnvelope<?>> events = published.forKey("NAM", all -> all.size() >= 3, Duration.ofSeconds(15));
            assertThat(events).extracting(EventEnvelope::schemaVersion).containsExactly(2, 2, 1);
            ProgressReportSubmitted report = (ProgressReportSubmitted) events.get(1).payload();
            assertThat(report.report().indicatorValues().get(0).breakdown()).hasSize(2);
            assertThat(((IndicatorStatusOverridden) events.get(2).payload()).override().reason())
                    .isEqualTo("The survey left out two regions");
        }
    }

    @Test
    void theSecretariatKeepsTheCatalogueOfReferenceIndicatorsAndEntersReportsThatCameByMail() {
        Http secretariat = http.as(TestTokens.secretariat());
        String entry = """
                {"code":"PARTICIPATION.POLICE","name":"Women among police officers","pillar":"PARTICIPATION",
                 "kind":"COUNT","unit":"officers","direction":"INCREASE"}""";
        Http.Response defined = secretariat.post("/api/v1/reference-indicators", entry);
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        assertThat(defined.header("Location")).hasValue("/api/v1/reference-indicators/PARTICIPATION.POLICE");
        assertThat(http.as(TestTokens.focalPoint("ARG")).post("/api/v1/reference-indicators", entry.replace(
                "POLICE", "ARMY")).status()).as("the secretariat keeps it").isEqualTo(403);
        Http.Response revised = secretariat.put("/api/v1/reference-indicators/PARTICIPATION.POLICE",
                entry.replace("Women among police officers", "Women police officers"), "If-Match", "\"1\"");
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.header("ETag")).hasValue("\"2\"");
        assertThat(http.as(TestTokens.focalPoint("ARG")).get("/api/v1/reference-indicators").json()
                .findValuesAsString("name")).contains("Women police officers");

        Http.Response mapped = NapFixtures.onceReplicated(() -> http.post("/api/v1/members/SEN/action-plans",
                NapFixtures.PLAN_OF_EVERY_KIND.formatted("sen-nap-2").replace("\"dimensions\":[\"SEX\"]",
                        "\"dimensions\":[\"SEX\"],\"reference\":\"PARTICIPATION.POLICE\"")));
        assertThat(mapped.status()).as(mapped.toString()).isEqualTo(201);
        assertThat(mapped.json().path("indicators").get(0).path("reference").asString())
                .isEqualTo("PARTICIPATION.POLICE");

        String byMail = NapFixtures.REPORT_OF_EVERY_KIND.replaceFirst("}$", ",\"receivedOn\":\"2024-02-01\"}");
        assertThat(NapFixtures.onceReplicated(() -> http.as(TestTokens.focalPoint("SEN")).post(
                "/api/v1/action-plans/sen-nap-2/progress-reports", byMail)).status())
                .as("a focal point's report is received when submitted").isEqualTo(422);
        Http.Response entered = secretariat.post("/api/v1/action-plans/sen-nap-2/progress-reports", byMail);
        assertThat(entered.status()).as(entered.toString()).isEqualTo(201);
        assertThat(entered.json().path("submittedOn").asString()).as("entered by the secretariat as received then")
                .isEqualTo("2024-02-01");
        try (PublishedEvents published = new PublishedEvents(service.kafkaBootstrapServers(), service.topic(Topics.NAP))) {
            assertThat(published.forKey("PARTICIPATION.POLICE", all -> all.size() >= 2, Duration.ofSeconds(15)))
                    .extracting(EventEnvelope::eventType).containsExactly("ReferenceIndicatorDefined",
                            "ReferenceIndicatorDefined");
        }
    }

    @Test
    void aLaterGenerationSupersedesAndAPlanCanBeExtended() {
        NapFixtures.onceReplicated(() -> http.post("/api/v1/members/CHL/action-plans",
                NapFixtures.plan("chl-nap-1", 1, "2015-03-01", "2015-01-01", "2018-12-31")));
        Http.Response extended = http.post("/api/v1/action-plans/chl-nap-1/extension",
                "{\"periodEnd\":\"2019-06-30\",\"reason\":\"The review of the second plan took longer\"}",
                "If-Match", "\"1\"");
        assertThat(extended.status()).as(extended.toString()).isEqualTo(200);
        assertThat(extended.json().path("periodEnd").asString()).isEqualTo("2019-06-30");
        assertThat(extended.json().path("extensions").get(0).path("previousPeriodEnd").asString()).isEqualTo("2018-12-31");
        assertThat(extended.json().path("status").asString()).isEqualTo("EXPIRED");

        Http.Response second = http.post("/api/v1/members/CHL/action-plans",
                NapFixtures.plan("chl-nap-2", 2, "2019-05-01", "2019-06-01", "2029-12-31"));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);

        JsonNode plans = http.get("/api/v1/members/CHL/action-plans").json();
        assertThat(plans.findValuesAsString("id")).containsExactly("chl-nap-2", "chl-nap-1");
        assertThat(plans.findValuesAsString("status")).containsExactly("ACTIVE", "SUPERSEDED");
        assertThat(http.post("/api/v1/action-plans/chl-nap-1/extension",
                "{\"periodEnd\":\"2020-06-30\",\"reason\":\"Again\"}", "If-Match", "\"2\"").status())
                .as("a superseded plan is not extended").isEqualTo(409);
    }

    @Test
    void theOpenApiDescriptionCoversTheNapMonitoringContract() {
        JsonNode paths = http.get("/v3/api-docs").json().path("paths");

        assertThat(paths.path("/api/v1/members/{code}/action-plans").has("post")).isTrue();
        assertThat(paths.path("/api/v1/members/{code}/action-plans").has("get")).isTrue();
        assertThat(paths.path("/api/v1/action-plans/{planId}").has("get")).isTrue();
        assertThat(paths.path("/api/v1/action-plans/{planId}/extension").has("post")).isTrue();
        assertThat(paths.path("/api/v1/action-plans/{planId}/progress-reports").has("post")).isTrue();
        assertThat(paths.path("/api/v1/progress-reports/{reportId}").has("get")).isTrue();
        assertThat(paths.path("/api/v1/progress-reports/{reportId}").has("put")).isTrue();
        assertThat(paths.path("/api/v1/progress-reports/{reportId}/return").has("post")).isTrue();
        assertThat(paths.path("/api/v1/progress-reports/{reportId}/validation").has("post")).isTrue();
        assertThat(paths.path("/api/v1/progress-reports/{reportId}").path("put").path("responses").has("428")).isTrue();
    }

    private static List<String> reportIds(Http.Response reports) {
        assertThat(reports.status()).as(reports.toString()).isEqualTo(200);
        return StreamSupport.stream(reports.json().spliterator(), false).map(r -> r.path("id").asString()).toList();
    }
}
