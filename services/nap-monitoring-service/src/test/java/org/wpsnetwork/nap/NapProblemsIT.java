package org.wpsnetwork.nap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.wpsnetwork.testsupport.BadRequest;
import org.wpsnetwork.testsupport.Http;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;
import org.wpsnetwork.testsupport.ServiceUnderTest;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wpsnetwork.testsupport.BadRequest.bad;

/**
 * Every kind of bad input of the NAP monitoring contract is refused with its status and a problem naming the
 * offending field and value. Members and recommendations are checked against the service's own replicas.
 */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NapProblemsIT {

    private static final String PLAN = NapFixtures.plan("x-nap-1", 1, "2022-03-01", "2022-01-01", "2026-12-31");
    private static final String REFERENCE = """
            {"code":"PARTICIPATION.MEDIATORS","name":"Women among mediators","pillar":"PARTICIPATION",
             "kind":"PERCENT","unit":"%","direction":"INCREASE"}""";
    private static final String REPORT = NapFixtures.report("2023-01-01", "2023-12-31", "15", "LIMITED");

    @Autowired
    ServiceUnderTest service;
    Http http;
    String validated;
    String returned;

    @BeforeAll
    void fixtures() {
        http = service.http();
        NapFixtures.publish(service);
        assertThat(NapFixtures.onceReplicated(() -> http.post("/api/v1/members/KEN/action-plans",
                NapFixtures.plan("ken-nap-3", 3, "2022-03-01", "2022-01-01", "2026-12-31"))).status()).isEqualTo(201);
        assertThat(http.post("/api/v1/members/CHL/action-plans",
                NapFixtures.plan("chl-nap-1", 1, "2015-03-01", "2015-01-01", "2018-12-31")).status()).isEqualTo(201);
        validated = NapFixtures.onceReplicated(() -> http.post("/api/v1/action-plans/ken-nap-3/progress-reports",
                REPORT)).json().path("id").asString();
        http.post("/api/v1/progress-reports/" + validated + "/validation", null, "If-Match", "\"1\"");
        assertThat(http.post("/api/v1/reference-indicators", REFERENCE).status()).isEqualTo(201);
        assertThat(NapFixtures.onceReplicated(() -> http.post("/api/v1/members/PHL/action-plans",
                NapFixtures.PLAN_OF_EVERY_KIND.formatted("phl-nap-2"))).status()).isEqualTo(201);
        returned = http.post("/api/v1/action-plans/ken-nap-3/progress-reports", REPORT).json().path("id").asString();
        http.post("/api/v1/progress-reports/" + returned + "/return", "{\"reason\":\"Incomplete\"}", "If-Match", "\"1\"");
    }

    Stream<BadRequest> badRequests() {
        String plans = "/api/v1/members/KEN/action-plans";
        String reports = "/api/v1/action-plans/ken-nap-3/progress-reports";
        String kinds = NapFixtures.PLAN_OF_EVERY_KIND.formatted("phl-nap-9");
        String kindPlans = "/api/v1/members/PHL/action-plans";
        String kindReports = "/api/v1/action-plans/phl-nap-2/progress-reports";
        String kindsReport = NapFixtures.REPORT_OF_EVERY_KIND;
        return Stream.of(
                // plans: syntax → 400
                bad("plan without its fields", "POST", plans, "{\"id\":\"k-1\"}", 400, "invalid-request")
                        .fields("kind", "title", "generation", "adoptedOn", "periodStart", "periodEnd", "pillars"),
                bad("plan id with capitals", "POST", plans, PLAN.replace("x-nap-1", "X NAP"), 400, "invalid-request")
                        .fields("id"),
                bad("currency that does not exist", "POST", plans, PLAN.replace("\"USD\"", "\"XYZ\""), 400,
                        "invalid-request").fields("budget.currency"),
                bad("negative budget", "POST", plans, PLAN.replace("1250000.50", "-5"), 400, "invalid-request")
                        .fields("budget.amount"),
                bad("pillar listed twice", "POST", plans, PLAN.replace("\"CLIMATE\"]", "\"CLIMATE\",\"PROTECTION\"]"),
                        400, "invalid-request").fields("pillars[3]"),
                bad("baseline as text", "POST", plans, PLAN.replace("\"baseline\":10", "\"baseline\":\"10\""), 400,
                        "invalid-request").fields("indicators[0].baseline"),
                // values outside the documented limits, as a hostile-input run sent them → 400 naming the field
                bad("target that differs from the baseline only beyond 6 decimals", "POST", plans,
                        PLAN.replace("\"baseline\":10,\"target\":40", "\"baseline\":0.1,\"target\":0.10000000000000000001"),
                        400, "invalid-request").fields("indicators[0].target"),
                bad("baseline of 1e400", "POST", plans, PLAN.replace("\"baseline\":10", "\"baseline\":1e400"), 400,
                        "invalid-request").fields("indicators[0].baseline"),
                bad("target of -1e400", "POST", plans, PLAN.replace("\"target\":40", "\"target\":-1e400"), 400,
                        "invalid-request").fields("indicators[0].target"),
                bad("baseline of 1e-400", "POST", plans, PLAN.replace("\"baseline\":10", "\"baseline\":1e-400"), 400,
                        "invalid-request").fields("indicators[0].baseline"),
                bad("generation of 1.5", "POST", plans, PLAN.replace("\"generation\":1", "\"generation\":1.5"), 400,
                        "invalid-request").fields("generation"),
                bad("generation of 1e1", "POST", plans, PLAN.replace("\"generation\":1", "\"generation\":1e1"), 400,
                        "invalid-request").fields("generation"),
                bad("generation beyond a long", "POST", plans,
                        PLAN.replace("\"generation\":1", "\"generation\":9223372036854775808"), 400, "invalid-request"),
                bad("date written as an array", "POST", plans,
                        PLAN.replace("\"adoptedOn\":\"2022-03-01\"", "\"adoptedOn\":[2022,3,1]"), 400,
                        "invalid-request").fields("adoptedOn"),
                bad("date-time where a date is expected", "POST", plans,
                        PLAN.replace("\"adoptedOn\":\"2022-03-01\"", "\"adoptedOn\":\"2022-03-01T10:00:00\""), 400,
                        "invalid-request").fields("adoptedOn"),
                bad("year +99999", "POST", plans,
                        PLAN.replace("\"periodEnd\":\"2026-12-31\"", "\"periodEnd\":\"+99999-12-31\""), 400,
                        "invalid-request").fields("periodEnd"),
                bad("year 2999", "POST", plans,
                        PLAN.replace("\"periodEnd\":\"2026-12-31\"", "\"periodEnd\":\"2999-12-31\""), 400,
                        "invalid-request").fields("periodEnd"),
                bad("kind padded with spaces", "POST", plans, PLAN.replace("\"NAP\"", "\" NAP \""), 400,
                        "invalid-request").fields("kind"),
                bad("kind in lower case", "POST", plans, PLAN.replace("\"NAP\"", "\"nap\""), 400,
                        "invalid-request").fields("kind"),
                bad("title with a NUL and an ESC", "POST", plans,
                        PLAN.replace("National Action Plan", "National\\u0000Action\\u001bPlan"), 400,
                        "invalid-request").fields("title"),
                bad("indicator value of 9223372036854775808", "POST", reports,
                        REPORT.replace("\"value\":15", "\"value\":9223372036854775808"), 400, "invalid-request")
                        .fields("indicatorValues[0].value"),
                bad("indicator value with 7 decimals", "POST", reports,
                        REPORT.replace("\"value\":15", "\"value\":15.0000001"), 400, "invalid-request")
                        .fields("indicatorValues[0].value"),
                // plans: rules → 422, 409
                bad("plan of an unknown member", "POST", "/api/v1/members/QAT/action-plans", PLAN, 422,
                        "unknown-members").fields("code"),
                bad("plan of a member that withdrew", "POST", "/api/v1/members/FRA/action-plans", PLAN, 422,
                        "rule-violated").fields("code"),
                bad("NAP for a regional organization", "POST", "/api/v1/members/AU/action-plans", PLAN, 422,
                        "rule-violated").fields("kind"),
                bad("RAP for a state", "POST", plans, PLAN.replace("\"NAP\"", "\"RAP\""), 422, "rule-violated")
                        .fields("kind"),
                bad("period that ends before it starts", "POST", plans, PLAN.replace("2026-12-31", "2021-12-31"), 422,
                        "rule-violated").fields("periodEnd"),
                bad("indicator codes repeated", "POST", plans, PLAN.replace("\"code\":\"PR1\"", "\"code\":\"P1\""), 422,
                        "rule-violated").fields("indicators[1].code"),
                bad("indicator outside the plan's pillars", "POST", plans,
                        PLAN.replace("\"pillar\":\"PROTECTION\"", "\"pillar\":\"PREVENTION\""), 422, "rule-violated")
                        .fields("indicators[1].pillar"),
                bad("target equal to the baseline", "POST", plans, PLAN.replace("\"target\":12", "\"target\":4"), 422,
                        "rule-violated").fields("indicators[1].target"),
                bad("a falling indicator whose target is above its baseline", "POST", plans, PLAN.replace(
                        "\"target\":12}", "\"target\":12,\"direction\":\"DECREASE\"}"), 422, "rule-violated")
                        .fields("indicators[1].target"),
                bad("an indicator to maintain without a tolerance, and one to raise with one", "POST", plans,
                        PLAN.replace("\"target\":12}", "\"target\":12,\"direction\":\"MAINTAIN\"}")
                                .replace("\"target\":40}", "\"target\":40,\"tolerance\":2}"), 422, "rule-violated")
                        .fields("indicators[0].tolerance", "indicators[1].tolerance"),
                bad("a target date after the plan's end", "POST", plans, PLAN.replace("\"target\":40}",
                        "\"target\":40,\"targetDate\":\"2027-06-30\"}"), 422, "rule-violated")
                        .fields("indicators[0].targetDate"),
                bad("a negative tolerance", "POST", plans, PLAN.replace("\"target\":12}",
                        "\"target\":12,\"direction\":\"MAINTAIN\",\"tolerance\":-1}"), 400, "invalid-request")
                        .fields("indicators[1].tolerance"),
                bad("an unknown direction", "POST", plans, PLAN.replace("\"target\":12}",
                        "\"target\":12,\"direction\":\"SIDEWAYS\"}"), 400, "invalid-request")
                        .fields("indicators[1].direction"),
                bad("a grace period over a year", "POST", plans, PLAN.replace("\"pillars\"",
                        "\"gracePeriodDays\":400,\"pillars\""), 400, "invalid-request").fields("gracePeriodDays"),
                bad("an unknown reporting frequency", "POST", plans, PLAN.replace("\"pillars\"",
                        "\"reportingFrequency\":\"QUARTERLY\",\"pillars\""), 400, "invalid-request")
                        .fields("reportingFrequency"),
                // the catalogue of reference indicators
                bad("a reference indicator code in lower case", "POST", "/api/v1/reference-indicators",
                        REFERENCE.replace("PARTICIPATION.MEDIATORS", "participation.mediators"), 400,
                        "invalid-request").fields("code"),
                bad("a reference indicator already in the catalogue", "POST", "/api/v1/reference-indicators",
                        REFERENCE, 409, "already-exists"),
                bad("a revision that changes the code", "PUT", "/api/v1/reference-indicators/PARTICIPATION.MEDIATORS",
                        REFERENCE.replace("PARTICIPATION.MEDIATORS", "PARTICIPATION.ENVOYS"), 422, "rule-violated")
                        .fields("code").ifMatch("*"),
                bad("a revision without If-Match", "PUT", "/api/v1/reference-indicators/PARTICIPATION.MEDIATORS",
                        REFERENCE, 428, "if-match-required"),
                bad("an indicator mapped to a reference not in the catalogue, one to a reference of another kind",
                        "POST", kindPlans, kinds.replace("\"dimensions\":[\"SEX\"]",
                                "\"dimensions\":[\"SEX\"],\"reference\":\"PARTICIPATION.MEDIATORS\"")
                                .replace("\"target\":40}", "\"target\":40,\"reference\":\"PARTICIPATION.ENVOYS\"}"),
                        422, "rule-violated").fields("indicators[0].reference", "indicators[1].reference"),
                // indicator kinds and breakdowns
                bad("an unknown kind of indicator", "POST", kindPlans, kinds.replace("\"PERCENT\"", "\"RATIO\""), 400,
                        "invalid-request").fields("indicators[1].kind"),
                bad("an unknown dimension", "POST", kindPlans, kinds.replace("[\"SEX\"]", "[\"HEIGHT\"]"), 400,
                        "invalid-request").fields("indicators[0].dimensions[0]"),
                bad("a currency that does not exist on a CURRENCY indicator", "POST", kindPlans, kinds.replace(
                        "\"kind\":\"PERCENT\"", "\"kind\":\"CURRENCY\",\"currency\":\"XYZ\""), 400,
                        "invalid-request").fields("indicators[1].currency"),
                bad("a percentage target over 100, stages on a count, a baseline on a yes/no", "POST", kindPlans, kinds
                        .replace("\"target\":40}", "\"target\":140}")
                        .replace("\"dimensions\":[\"SEX\"]", "\"stages\":[\"One\",\"Two\"]")
                        .replace("\"kind\":\"YES_NO\"", "\"kind\":\"YES_NO\",\"baseline\":0"), 422,
                        "rule-violated").fields("indicators[0].stages", "indicators[1].target",
                        "indicators[2].baseline"),
                bad("a milestone with one stage, starting at a stage it does not declare", "POST", kindPlans, kinds
                        .replace("[\"Drafted\",\"Approved by cabinet\",\"Operational\"]", "[\"Operational\"]"),
                        422, "rule-violated").fields("indicators[3].stages", "indicators[3].baselineStage"),
                bad("a breakdown by sex whose total does not add up", "POST", kindReports,
                        kindsReport.replace("\"value\":250", "\"value\":260"), 422, "rule-violated")
                        .fields("indicatorValues[0].value"),
                bad("a breakdown without men", "POST", kindReports, kindsReport.replace(",\n    {\"dimension\":\"SEX\","
                        + "\"category\":\"MEN\",\"value\":160}", "").replace("\"value\":250,", ""), 422,
                        "rule-violated").fields("indicatorValues[0].breakdown"),
                bad("a category sex does not have", "POST", kindReports, kindsReport.replace("\"MEN\"", "\"OTHER\""),
                        422, "rule-violated").fields("indicatorValues[0].breakdown[1].category"),
                bad("evidence at an ftp address, without a kind", "POST", kindReports, kindsReport
                        .replace("https://example.org/police.pdf", "ftp://example.org/police.pdf")
                        .replace(",\"kind\":\"POLICY\"", ""), 400, "invalid-request")
                        .fields("evidence[0].url", "evidence[1].kind"),
                bad("evidence for an indicator the report gives no value for", "POST", kindReports, kindsReport
                        .replace("\"indicatorCode\":\"W1\"", "\"indicatorCode\":\"Z9\""), 422, "rule-violated")
                        .fields("evidence[0].indicatorCode"),
                bad("a percentage over 100, a stage for a number", "POST", kindReports, kindsReport
                        .replace("\"value\":30}", "\"value\":130}")
                        .replace("\"code\":\"W1\",", "\"code\":\"W1\",\"stage\":\"Drafted\","), 422,
                        "rule-violated").fields("indicatorValues[0].stage", "indicatorValues[1].value"),
                bad("a yes without the day, a stage the milestone does not have", "POST", kindReports, kindsReport
                        .replace(",\"achievedOn\":\"2023-06-14\"", "").replace("Approved by cabinet", "Adopted"),
                        422, "rule-violated").fields("indicatorValues[2].achievedOn", "indicatorValues[3].stage"),
                // the secretariat's judgement of an indicator's status
                bad("a status override without If-Match", "PUT", "/api/v1/action-plans/phl-nap-2/indicators/S1/"
                        + "status-override", "{\"status\":\"LIMITED\",\"reason\":\"Survey incomplete\"}", 428,
                        "if-match-required"),
                bad("a status override without a reason", "PUT", "/api/v1/action-plans/phl-nap-2/indicators/S1/"
                        + "status-override", "{\"status\":\"LIMITED\"}", 400, "invalid-request").fields("reason")
                        .ifMatch("*"),
                bad("a status override to no data", "PUT", "/api/v1/action-plans/phl-nap-2/indicators/S1/"
                        + "status-override", "{\"status\":\"NOT_AVAILABLE\",\"reason\":\"Unsure\"}", 422,
                        "rule-violated").fields("status").ifMatch("*"),
                bad("a status override of an indicator the plan does not have", "PUT", "/api/v1/action-plans/"
                        + "phl-nap-2/indicators/Z9/status-override", "{\"status\":\"LIMITED\",\"reason\":\"x\"}",
                        404, "not-found").ifMatch("*"),
                bad("withdrawing an override there is not", "DELETE", "/api/v1/action-plans/phl-nap-2/indicators/"
                        + "S1/status-override", null, 404, "not-found").ifMatch("*"),
                bad("second plan of the same generation", "POST", plans,
                        PLAN.replace("\"generation\":1", "\"generation\":3"), 422, "rule-violated").fields("generation"),
                bad("period reaching back into a plan that had already ended", "POST",
                        "/api/v1/members/CHL/action-plans", NapFixtures.plan("chl-nap-2", 2, "2019-06-01", "2018-07-01",
                                "2022-12-31"), 422, "rule-violated").fields("periodStart"),
                bad("plan id taken", "POST", plans, PLAN.replace("x-nap-1", "ken-nap-3"), 409, "already-exists"),
                bad("unknown plan", "GET", "/api/v1/action-plans/atlantis-nap-9", null, 404, "not-found"),
                bad("extension without If-Match", "POST", "/api/v1/action-plans/ken-nap-3/extension",
                        "{\"periodEnd\":\"2027-12-31\",\"reason\":\"More time\"}", 428, "if-match-required"),
                bad("extension to an earlier end", "POST", "/api/v1/action-plans/ken-nap-3/extension",
                        "{\"periodEnd\":\"2025-12-31\",\"reason\":\"Less time\"}", 422, "rule-violated")
                        .fields("periodEnd").ifMatch("\"1\""),
                // reports: syntax → 400
                bad("value that is not a number", "POST", reports, REPORT.replace("\"value\":15", "\"value\":\"15\""),
                        400, "invalid-request").fields("indicatorValues[0].value"),
                bad("unknown completion level", "POST", reports, REPORT.replace("LIMITED", "HALFWAY"), 400,
                        "invalid-request").fields("recommendationStatuses[0].completion"),
                bad("indicator reported twice", "POST", reports, REPORT.replace("\"indicatorValues\":[{\"code\":\"P1\","
                        + "\"value\":15,\"note\":\"Two more women negotiators\"}]", "\"indicatorValues\":[{\"code\":\"P1\","
                        + "\"value\":15},{\"code\":\"P1\",\"value\":16}]"), 400, "invalid-request")
                        .fields("indicatorValues[1].code"),
                bad("a report with nothing in it", "POST", reports, "{\"periodFrom\":\"2023-01-01\",\"periodTo\":"
                        + "\"2023-12-31\",\"indicatorValues\":[],\"recommendationStatuses\":[]}",
                        400, "invalid-request").fields("indicatorValues"),
                bad("a narrative that says nothing", "POST", reports, REPORT.replace("\"completion\":\"LIMITED\"}]",
                        "\"completion\":\"LIMITED\",\"narrative\":{\"done\":\" \",\"language\":\"en\"}}]"), 400,
                        "invalid-request").fields("recommendationStatuses[0].narrative"),
                bad("a narrative in 'spanish', and too long", "POST", reports, REPORT.replace(
                        "\"completion\":\"LIMITED\"}]", "\"completion\":\"LIMITED\",\"narrative\":{\"done\":\""
                        + "x".repeat(2001) + "\",\"language\":\"spanish\"}}]"), 400, "invalid-request")
                        .fields("recommendationStatuses[0].narrative.done", "recommendationStatuses[0].narrative.language"),
                bad("a report naming its own author", "POST", reports, REPORT.replace("}]}",
                        "}],\"submittedBy\":\"Someone else\"}"), 400, "invalid-request").fields("submittedBy"),
                // reports: rules → 422
                bad("report on an unknown plan", "POST", "/api/v1/action-plans/atlantis-nap-9/progress-reports",
                        REPORT, 404, "not-found"),
                bad("indicator not in the plan", "POST", reports, REPORT.replace("\"code\":\"P1\"", "\"code\":\"Z9\""),
                        422, "rule-violated").fields("indicatorValues[0].code"),
                bad("recommendation that does not exist", "POST", reports,
                        REPORT.replace("geneva-2022-8", "geneva-2022-99"), 422, "rule-violated")
                        .fields("recommendationStatuses[0].recommendationId"),
                bad("recommendation not adopted yet", "POST", reports, REPORT.replace("geneva-2022-8", "hanoi-2023-1"),
                        422, "rule-violated").fields("recommendationStatuses[0].recommendationId"),
                bad("period outside the plan", "POST", reports, REPORT.replace("2023-01-01", "2021-07-01"), 422,
                        "rule-violated").fields("periodFrom"),
                bad("a report received in the future", "POST", reports, REPORT.replace("}]}",
                        "}],\"receivedOn\":\"2199-01-01\"}"), 422, "rule-violated").fields("receivedOn"),
                bad("a report received before its period", "POST", reports, REPORT.replace("}]}",
                        "}],\"receivedOn\":\"2022-12-31\"}"), 422, "rule-violated").fields("receivedOn"),
                bad("a correction that moves the day the report was received", "PUT", "/api/v1/progress-reports/"
                        + returned, NapFixtures.correction("2023-01-01", "2023-12-31", "16", "LIMITED", "Fixed")
                        .replace("\"reason\"", "\"receivedOn\":\"2024-01-05\",\"reason\""), 422,
                        "rule-violated").fields("receivedOn").ifMatch("\"2\""),
                bad("period that ends before it starts", "POST", reports, REPORT.replace("2023-12-31", "2022-12-31"),
                        422, "rule-violated").fields("periodTo"),
                // the review workflow
                bad("correction without If-Match", "PUT", "/api/v1/progress-reports/" + returned,
                        NapFixtures.correction("2023-01-01", "2023-12-31", "16", "LIMITED", "Fixed"), 428,
                        "if-match-required"),
                bad("correction without a reason", "PUT", "/api/v1/progress-reports/" + returned, REPORT, 400,
                        "invalid-request").fields("reason").ifMatch("\"2\""),
                bad("correction of a validated report", "PUT", "/api/v1/progress-reports/" + validated,
                        NapFixtures.correction("2023-01-01", "2023-12-31", "16", "LIMITED", "Fixed"), 409, "conflict")
                        .ifMatch("\"2\""),
                bad("validation of a returned report", "POST", "/api/v1/progress-reports/" + returned + "/validation",
                        null, 409, "conflict").ifMatch("\"2\""),
                bad("return of a validated report", "POST", "/api/v1/progress-reports/" + validated + "/return",
                        "{\"reason\":\"Second thoughts\"}", 409, "conflict").ifMatch("\"2\""),
                bad("return without a reason", "POST", "/api/v1/progress-reports/" + returned + "/return", "{}", 400,
                        "invalid-request").fields("reason").ifMatch("\"2\""),
                bad("a return naming who returned it", "POST", "/api/v1/progress-reports/" + returned + "/return",
                        "{\"reason\":\"Incomplete\",\"returnedBy\":\"UN Women\"}", 400, "invalid-request")
                        .fields("returnedBy").ifMatch("\"2\""),
                bad("a validation naming who validated it", "POST", "/api/v1/progress-reports/" + returned
                        + "/validation", "{\"validatedBy\":\"UN Women\"}", 400, "invalid-request")
                        .fields("validatedBy").ifMatch("\"2\""),
                bad("unknown report", "GET", "/api/v1/progress-reports/no-such-report", null, 404, "not-found"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void isRefusedWithAProblemNamingWhatToCorrect(BadRequest bad) {
        bad.isRefusedBy(http);
    }
}
