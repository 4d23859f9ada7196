package org.wpsnetwork.reporting;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.wpsnetwork.contracts.EventEnvelope;
import org.wpsnetwork.contracts.Topics;
import org.wpsnetwork.contracts.meetings.Addressee;
import org.wpsnetwork.contracts.meetings.RecommendationTheme;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.contracts.nap.Completion;
import org.wpsnetwork.contracts.nap.IndicatorValue;
import org.wpsnetwork.contracts.nap.RecommendationStatus;
import org.wpsnetwork.testsupport.EventPublisher;
import org.wpsnetwork.testsupport.CsvLine;
import org.wpsnetwork.testsupport.Http;
import org.wpsnetwork.testsupport.MeetingHistory;
import org.wpsnetwork.testsupport.MembershipHistory;
import org.wpsnetwork.testsupport.NapHistory;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;
import org.wpsnetwork.testsupport.ServiceUnderTest;
import org.wpsnetwork.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A peer review compares Argentina, Norway and Chile: their indicators aligned by reference indicator, completion of
 * the recommendation addressed to all three, attendance, with the medians of their type and regions. Chile reported
 * nothing, and its cells say "no data" (covered 0), never 0 %. The CSV carries exactly the JSON's numbers. Its own
 * context, so the cohorts hold only these members.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "wps.test.isolated-context=compare")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompareIT {

    private static final String NEGOTIATORS = "PARTICIPATION.NEGOTIATORS";

    @Autowired
    ServiceUnderTest service;
    Http reviewer;

    @BeforeAll
    void threeMembersOneReportedNothing() {
        LocalDate joined = LocalDate.of(2016, 9, 23);
        try (EventPublisher members = new EventPublisher(service.kafkaBootstrapServers(),
                service.topic(Topics.MEMBERSHIP))) {
            members.publish(
                    new MembershipHistory("ARG", "Argentina", MemberType.STATE, Region.AMERICAS).joinedOn(joined).admitted(),
                    new MembershipHistory("NOR", "Norway", MemberType.STATE, Region.EUROPE).joinedOn(joined).admitted(),
                    new MembershipHistory("CHL", "Chile", MemberType.STATE, Region.AMERICAS).joinedOn(joined).admitted());
        }
        MeetingHistory berlin = new MeetingHistory("berlin-2017", "Meeting in Berlin", LocalDate.of(2017, 4, 10),
                LocalDate.of(2017, 4, 11));
        try (EventPublisher meetings = new EventPublisher(service.kafkaBootstrapServers(),
                service.topic(Topics.MEETINGS))) {
            meetings.publish(berlin.scheduled(), berlin.attended("ARG", "NOR"),
                    berlin.recommended("berlin-2017-1", RecommendationTheme.PARTICIPATION, Addressee.MEMBER_STATES),
                    berlin.adopted());
        }
        LocalDate start = LocalDate.now().minusYears(2);
        LocalDate end = LocalDate.now().plusYears(2);
        try (EventPublisher nap = new EventPublisher(service.kafkaBootstrapServers(), service.topic(Topics.NAP))) {
            nap.publishKeyed("ARG", NapHistory.planMeasuring("arg-nap", "ARG", NEGOTIATORS, start, end),
                    reported("arg-nap", "ARG", start, "20", Completion.LIMITED));
            nap.publishKeyed("NOR", NapHistory.planMeasuring("nor-nap", "NOR", NEGOTIATORS, start, end),
                    reported("nor-nap", "NOR", start, "25", Completion.COMPLETE));
        }
        reviewer = service.http().as(TestTokens.peerReviewer());
        for (String code : List.of("ARG", "NOR")) {
            reviewer.awaitJson("/api/v1/reports/members/" + code, Duration.ofSeconds(20),
                    view -> view.path("meetingsAttended").path("count").asInt() == 1
                            && view.path("recommendations").findValuesAsString("completion").stream()
                            .anyMatch(c -> !c.equals("NO_EVIDENCE")));
        }
        reviewer.awaitJson("/api/v1/reports/members/CHL", Duration.ofSeconds(20),
                view -> view.path("recommendations").size() == 1);
    }

    private static EventEnvelope<?> reported(String planId, String code, LocalDate start,
                                        String value, Completion completion) {
        return new NapHistory.Report(planId, code).submitted(start, start.plusYears(1).minusDays(1),
                start.plusYears(1).plusDays(10), List.of(IndicatorValue.of("N1", new BigDecimal(value), null)),
                List.of(new RecommendationStatus("berlin-2017-1", completion, null, null)), List.of());
    }

    @Test
    void membersSideBySideWithTheirCohortsAndCoverage() {
        Http.Response answer = reviewer.get("/api/v1/reports/compare?members=ARG,NOR,CHL");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode comparison = answer.json();
        assertThat(comparison.path("members").findValuesAsString("code")).containsExactly("ARG", "NOR", "CHL");
        assertThat(comparison.path("cohorts").findValuesAsString("id"))
                .containsExactly("type:STATE", "region:AMERICAS", "region:EUROPE");
        Map<String, JsonNode> rows = rows(comparison);

        JsonNode negotiators = rows.get("indicator." + NEGOTIATORS).path("cells");
        assertThat(cell(negotiators, "ARG")).as("(20 - 10) / (30 - 10)").isEqualTo("50.0 1/1");
        assertThat(cell(negotiators, "NOR")).isEqualTo("75.0 1/1");
        assertThat(cell(negotiators, "CHL")).as("no such indicator: no value, nothing covered").isEqualTo("- 0/0");
        assertThat(cell(negotiators, "type:STATE")).as("median of the two with data, of three").isEqualTo("62.5 2/3");
        assertThat(cell(negotiators, "region:AMERICAS")).isEqualTo("50.0 1/2");

        JsonNode recommendation = rows.get("recommendation.berlin-2017-1").path("cells");
        assertThat(cell(recommendation, "ARG")).isEqualTo("LIMITED 1/1");
        assertThat(cell(recommendation, "CHL")).as("addressed, nothing reported").isEqualTo("- 0/1");
        assertThat(cell(recommendation, "type:STATE")).as("lower middle of LIMITED, COMPLETE").isEqualTo("LIMITED 2/3");

        JsonNode attendance = rows.get("attendance.rate").path("cells");
        assertThat(cell(attendance, "NOR")).isEqualTo("100.0 1/1");
        assertThat(cell(attendance, "CHL")).as("held since it joined, not attended: a real zero")
                .isEqualTo("0.0 1/1");
        assertThat(cell(rows.get("plans.active").path("cells"), "CHL")).isEqualTo("- 0/1");
    }

    @Test
    void theCsvHoldsExactlyTheNumbersOfTheTable() {
        JsonNode comparison = reviewer.get("/api/v1/reports/compare?members=ARG,NOR,CHL").json();
        Http.Response csv = reviewer.get("/api/v1/reports/compare?members=ARG,NOR,CHL", "Accept", "text/csv");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.header("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition").orElseThrow()).contains("comparison.csv");
        List<String> lines = csv.body().lines().toList();
        List<String> header = CsvLine.fields(lines.get(0));
        assertThat(header.subList(0, 6)).containsExactly("section", "key", "label", "unit", "ARG", "ARG coverage");
        assertThat(lines).hasSize(comparison.path("rows").size() + 1);
        Map<String, JsonNode> rows = rows(comparison);
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = CsvLine.fields(line);
            assertThat(fields).hasSameSizeAs(header);
            JsonNode row = rows.get(fields.get(1));
            assertThat(fields.get(2)).isEqualTo(row.path("label").asString());
            for (String column : List.of("ARG", "NOR", "CHL", "type:STATE")) {
                int at = header.indexOf(column);
                String expected = cell(row.path("cells"), column);
                assertThat((fields.get(at).isEmpty() ? "-" : fields.get(at)) + " " + fields.get(at + 1))
                        .as(row.path("key").asString() + " of " + column).isEqualTo(expected);
            }
        }
    }

    @Test
    void aCohortAndBadQuestions() {
        JsonNode europe = reviewer.get("/api/v1/reports/compare?region=EUROPE").json();
        assertThat(europe.path("members").findValuesAsString("code")).containsExactly("NOR");

        Http.Response one = reviewer.get("/api/v1/reports/compare?members=ARG");
        assertThat(one.status()).isEqualTo(400);
        assertThat(one.json().path("errors").get(0).path("field").asString()).isEqualTo("members");
        Http.Response twice = reviewer.get("/api/v1/reports/compare?members=ARG,ARG");
        assertThat(twice.status()).isEqualTo(400);
        Http.Response both = reviewer.get("/api/v1/reports/compare?members=ARG,NOR&region=EUROPE");
        assertThat(both.status()).isEqualTo(400);
        Http.Response unknown = reviewer.get("/api/v1/reports/compare?members=ARG,ZZZ");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().path("detail").asString()).contains("ZZZ");
        assertThat(reviewer.get("/api/v1/reports/compare?members=ARG,NOR", "Accept", "application/xml").status())
                .isEqualTo(406);
        assertThat(service.http().as(TestTokens.focalPoint("ARG")).get("/api/v1/reports/compare?members=ARG,NOR")
                .status()).as("a focal point sees its own member only").isEqualTo(403);
    }


    private static Map<String, JsonNode> rows(JsonNode comparison) {
        Map<String, JsonNode> rows = new HashMap<>();
        comparison.path("rows").forEach(row -> rows.put(row.path("key").asString(), row));
        return rows;
    }

    /** A cell as "value covered/of", "-" for no value: a number, else a level or status. */
    private static String cell(JsonNode cells, String column) {
        JsonNode cell = cells.path(column);
        String value = cell.path("value").isNumber() ? cell.path("value").decimalValue().toPlainString()
                : cell.path("text").isString() ? cell.path("text").asString() : "-";
        return value + " " + cell.path("covered").asInt() + "/" + cell.path("of").asInt();
    }
}
