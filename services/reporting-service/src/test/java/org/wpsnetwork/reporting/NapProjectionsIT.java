package org.wpsnetwork.reporting;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.wpsnetwork.contracts.Topics;
import org.wpsnetwork.contracts.meetings.Addressee;
import org.wpsnetwork.contracts.meetings.RecommendationTheme;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.contracts.nap.Completion;
import org.wpsnetwork.contracts.nap.PlanKind;
import org.wpsnetwork.testsupport.EventPublisher;
import org.wpsnetwork.testsupport.Http;
import org.wpsnetwork.testsupport.MeetingHistory;
import org.wpsnetwork.testsupport.MembershipHistory;
import org.wpsnetwork.testsupport.NapHistory;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;
import org.wpsnetwork.testsupport.ServiceUnderTest;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Plans and reports become indicator progress, completion levels, reporting status and coverage. A corrected
 * report replaces its earlier revision; a returned one does not count until corrected. Network-wide figures are
 * asserted, so this test has a context of its own.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "wps.test.isolated-context=nap-projections")
class NapProjectionsIT {

    @Autowired
    ServiceUnderTest service;

    @Test
    void progressCompletionReportingStatusAndCoverageFollowThePlansAndReports() {
        LocalDate today = LocalDate.now();
        try (EventPublisher members = new EventPublisher(service.kafkaBootstrapServers(),
                service.topic(Topics.MEMBERSHIP))) {
            members.publish(new MembershipHistory("ARG", "Argentina", MemberType.STATE, Region.AMERICAS).admitted(),
                    new MembershipHistory("KEN", "Kenya", MemberType.STATE, Region.AFRICA).admitted(),
                    new MembershipHistory("LSO", "Lesotho", MemberType.STATE, Region.AFRICA).admitted(),
                    new MembershipHistory("EU", "European Union", MemberType.REGIONAL_ORGANIZATION, Region.EUROPE)
                            .admitted());
        }
        MeetingHistory geneva = new MeetingHistory("geneva-2022", "Fourth capital-level meeting",
                LocalDate.of(2022, 5, 18), LocalDate.of(2022, 5, 19));
        try (EventPublisher meetings = new EventPublisher(service.kafkaBootstrapServers(), service.topic(Topics.MEETINGS))) {
            meetings.publish(geneva.scheduled(),
                    geneva.recommended("geneva-2022-8", RecommendationTheme.ACCOUNTABILITY_MONITORING,
                            Addressee.MEMBER_STATES),
                    geneva.recommended("geneva-2022-9", RecommendationTheme.CIVIL_SOCIETY, Addressee.ALL_MEMBERS),
                    geneva.adopted());
        }
        NapHistory.Report argentina = new NapHistory.Report("arg-nap", "ARG");
        NapHistory.Report lesotho = new NapHistory.Report("lso-nap", "LSO");
        try (EventPublisher nap = new EventPublisher(service.kafkaBootstrapServers(), service.topic(Topics.NAP))) {
            nap.publishKeyed("ARG",
                    NapHistory.planAdopted("arg-nap", "ARG", PlanKind.NAP, today.minusYears(2), today.plusYears(2)),
                    argentina.submitted(today.minusMonths(18), today.minusMonths(6), "25", "geneva-2022-8",
                            Completion.LIMITED),
                    argentina.corrected("28", Completion.SUBSTANTIAL), argentina.validated());
            nap.publishKeyed("KEN",
                    NapHistory.planAdopted("ken-nap", "KEN", PlanKind.NAP, today.minusYears(1), today.plusYears(3)));
            nap.publishKeyed("LSO",
                    NapHistory.planAdopted("lso-nap", "LSO", PlanKind.NAP, today.minusYears(4), today.minusMonths(1)),
                    lesotho.submitted(today.minusMonths(30), today.minusMonths(20), "70", "geneva-2022-9",
                            Completion.COMPLETE),
                    lesotho.returned());
            nap.publishKeyed("EU",
                    NapHistory.planAdopted("eu-strategy", "EU", PlanKind.STRATEGY, today.minusYears(1), today.plusYears(4)));
        }
        Http http = service.http();

        // Plans, reports and recommendations arrive on different topics: wait until the view has seen all of them.
        JsonNode arg = viewWhen(http, "ARG", v -> v.path("indicators").path(0).path("validated").asBoolean()
                && recommendationCount(v) == 2);
        assertThat(arg.path("actionPlans").get(0).path("status").asString()).isEqualTo("ACTIVE");
        JsonNode p1 = arg.path("indicators").get(0);
        assertThat(p1.path("code").asString()).isEqualTo("P1");
        assertThat(p1.path("latestValue").asInt()).as("the corrected revision").isEqualTo(28);
        assertThat(p1.path("progressPercent").asDouble()).as("(28 - 10) / (40 - 10)").isEqualTo(60.0);
        assertThat(arg.path("indicators").get(1).path("progressPercent").isNull()).as("nothing reported").isTrue();
        assertThat(p1.path("direction").asString()).isEqualTo("INCREASE");
        JsonNode s1 = arg.path("indicators").get(1);
        assertThat(s1.path("direction").asString()).as("an event from before directions: baseline 4, target 12")
                .isEqualTo("INCREASE");
        assertThat(s1.path("targetDate").asString()).as("the plan's end").isEqualTo(today.plusYears(2).toString());
        assertThat(p1.path("status").asString()).as("60 % of the way when 37.5 % was due").isEqualTo("SUBSTANTIAL");
        assertThat(s1.path("status").asString()).as("no data").isEqualTo("NOT_AVAILABLE");
        assertThat(completionOf(arg, "geneva-2022-8")).isEqualTo("SUBSTANTIAL");
        assertThat(completionOf(arg, "geneva-2022-9")).isEqualTo("NO_EVIDENCE");
        assertThat(arg.path("recommendations").findParents("id").stream()
                .filter(r -> r.path("id").asString().equals("geneva-2022-8")).findFirst().orElseThrow()
                .path("validated").asBoolean()).isTrue();
        assertThat(arg.path("reportingStatus").asString()).isEqualTo("ON_TRACK");
        assertThat(arg.path("lastReportDate").asString()).isEqualTo(today.minusMonths(6).plusDays(30).toString());

        JsonNode ken = viewWhen(http, "KEN", v -> v.path("actionPlans").size() == 1);
        assertThat(ken.path("reportingStatus").asString()).isEqualTo("NEVER_REPORTED");
        JsonNode lso = viewWhen(http, "LSO", v -> v.path("actionPlans").size() == 1 && recommendationCount(v) == 2);
        assertThat(lso.path("actionPlans").get(0).path("status").asString()).isEqualTo("EXPIRED");
        assertThat(lso.path("reportingStatus").isNull()).as("only a returned report, and no active plan").isTrue();
        assertThat(completionOf(lso, "geneva-2022-9")).as("a returned report does not count").isEqualTo("NO_EVIDENCE");

        JsonNode overview = await().atMost(Duration.ofSeconds(15)).until(() -> http.get("/api/v1/reports/network").json(),
                o -> o.path("napCoverage").path("regionalOrganizations").path("withActivePlan").asInt() == 1);
        assertThat(overview.path("napCoverage").path("states").path("members").asInt()).isEqualTo(3);
        assertThat(overview.path("napCoverage").path("states").path("withActivePlan").asInt()).isEqualTo(2);
        assertThat(overview.path("napCoverage").path("states").path("share").asDouble()).isEqualTo(0.667);
        assertThat(overview.path("napCoverage").path("regionalOrganizations").path("share").asDouble()).isEqualTo(1.0);
        assertThat(overview.path("reportingStatus").path("ON_TRACK").asInt()).isEqualTo(1);
        assertThat(overview.path("reportingStatus").path("NEVER_REPORTED").asInt()).isEqualTo(2);
        assertThat(overview.path("reportingStatus").path("NOT_EXPECTED").asInt()).isEqualTo(1);
        assertThat(overview.path("includesDemoData").asBoolean()).isFalse();
        // Calendars: ARG's first year missing, its second on time; LSO's first two years missing, the third on time
        // (returned, but received), its last still due; KEN and the EU have nothing due yet.
        JsonNode reporting = overview.path("reporting");
        assertThat(reporting.path("network").toString()).isEqualTo(
                "{\"expected\":5,\"received\":2,\"onTime\":2,\"rate\":0.4,\"timeliness\":0.4}");
        assertThat(reporting.path("byRegion").path("AFRICA").path("rate").asDouble()).isEqualTo(0.333);
        assertThat(reporting.path("byRegion").path("AMERICAS").path("timeliness").asDouble()).isEqualTo(0.5);
        assertThat(reporting.path("byRegion").path("ASIA").path("rate").isNull()).as("nothing expected").isTrue();
        assertThat(reporting.path("byType").path("REGIONAL_ORGANIZATION").path("expected").asInt()).isZero();
        JsonNode missing = http.get("/api/v1/reports/reporting-calendar?status=MISSING").json();
        assertThat(missing.findValuesAsString("memberCode")).as("the list behind the numbers")
                .containsExactly("ARG", "LSO", "LSO");
        assertThat(http.get("/api/v1/reports/reporting-calendar?region=AFRICA&status=DUE").json()
                .findValuesAsString("memberCode")).containsExactly("KEN", "LSO");

        JsonNode report = http.get("/api/v1/reports/recommendations?meetingId=geneva-2022").json();
        JsonNode eight = report.path("recommendations").findParents("id").stream()
                .filter(r -> r.path("id").asString().equals("geneva-2022-8")).findFirst().orElseThrow();
        assertThat(eight.path("completion").path("SUBSTANTIAL").asInt()).as("counted once, not once per revision")
                .isEqualTo(1);
        assertThat(eight.path("completion").path("LIMITED").asInt()).isZero();
        assertThat(eight.path("completion").path("NO_EVIDENCE").asInt()).as("Kenya and Lesotho").isEqualTo(2);
        JsonNode nine = report.path("recommendations").findParents("id").stream()
                .filter(r -> r.path("id").asString().equals("geneva-2022-9")).findFirst().orElseThrow();
        assertThat(nine.path("completion").path("NO_EVIDENCE").asInt()).as("all four, the EU included").isEqualTo(4);

        assertThat(http.get("/api/v1/reports/members/ARG/timeline").json().path("events").findValuesAsString("summary"))
                .contains("Progress report for " + today.minusMonths(18) + " to " + today.minusMonths(6)
                        + " validated by UN Women");
    }

    private static int recommendationCount(JsonNode view) {
        return view.path("recommendations").findParents("id").size();
    }

    private static String completionOf(JsonNode view, String recommendationId) {
        return view.path("recommendations").findParents("id").stream()
                .filter(r -> r.path("id").asString().equals(recommendationId)).findFirst().orElseThrow()
                .path("completion").asString();
    }

    private static JsonNode viewWhen(Http http, String code, Predicate<JsonNode> condition) {
        return http.awaitJson("/api/v1/reports/members/" + code, Duration.ofSeconds(15), condition);
    }
}
