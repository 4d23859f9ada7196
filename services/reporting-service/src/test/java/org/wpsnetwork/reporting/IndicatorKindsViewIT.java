package org.wpsnetwork.reporting;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wpsnetwork.contracts.EventEnvelope;
import org.wpsnetwork.contracts.Topics;
import org.wpsnetwork.contracts.meetings.Addressee;
import org.wpsnetwork.contracts.meetings.RecommendationTheme;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.contracts.nap.CategoryValue;
import org.wpsnetwork.contracts.nap.Completion;
import org.wpsnetwork.contracts.nap.Evidence;
import org.wpsnetwork.contracts.nap.EvidenceKind;
import org.wpsnetwork.contracts.nap.Dimension;
import org.wpsnetwork.contracts.nap.IndicatorValue;
import org.wpsnetwork.contracts.nap.Narrative;
import org.wpsnetwork.contracts.nap.ProgressStatus;
import org.wpsnetwork.contracts.nap.RecommendationStatus;
import org.wpsnetwork.testsupport.EventPublisher;
import org.wpsnetwork.testsupport.Http;
import org.wpsnetwork.testsupport.MeetingHistory;
import org.wpsnetwork.testsupport.MembershipHistory;
import org.wpsnetwork.testsupport.NapHistory;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;
import org.wpsnetwork.testsupport.ServiceUnderTest;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan with an indicator of every kind, published at schema version 2, reaches the member view in each kind's
 * form: a count broken down by sex, a falling count, a yes/no with its day, a milestone at its stage, a budget held
 * within its tolerance, each with its progress % and status, and the secretariat's judgement beside the computed
 * one; a recommendation with the member's narrative; the member's reporting calendar with a late report.
 */
@ServiceIntegrationTest
class IndicatorKindsViewIT {

    @Autowired
    ServiceUnderTest service;

    @Test
    void theMemberViewShowsEachKindOfIndicatorInItsOwnForm() {
        LocalDate today = LocalDate.now();
        LocalDate start = today.minusYears(2);
        try (EventPublisher members = new EventPublisher(service.kafkaBootstrapServers(),
                service.topic(Topics.MEMBERSHIP))) {
            members.publish(new MembershipHistory("NAM", "Namibia", MemberType.STATE, Region.AFRICA).admitted());
        }
        MeetingHistory rome = new MeetingHistory("rome-2026", "Capital-level meeting in Rome", LocalDate.of(2026, 4, 15),
                LocalDate.of(2026, 4, 16));
        try (EventPublisher meetings = new EventPublisher(service.kafkaBootstrapServers(),
                service.topic(Topics.MEETINGS))) {
            meetings.publish(rome.scheduled(), rome.recommended("rome-2026-3", RecommendationTheme.PARTICIPATION,
                    Addressee.MEMBER_STATES), rome.adopted());
        }
        NapHistory.Report report = new NapHistory.Report("nam-nap-2", "NAM");
        NapHistory.Report late = new NapHistory.Report("nam-nap-2", "NAM");
        try (EventPublisher nap = new EventPublisher(service.kafkaBootstrapServers(), service.topic(Topics.NAP))) {
            EventEnvelope<?> adopted = NapHistory.planOfEveryKindAdopted("nam-nap-2", "NAM", start, today.plusYears(2));
            nap.publishKeyed("NAM", adopted, NapHistory.statusOverridden(adopted, "V1", ProgressStatus.LIMITED,
                            "Backlog figures leave out two provinces"),
                    late.submitted(start, start.plusYears(1).minusDays(1), start.plusYears(1).plusDays(120),
                            List.of(IndicatorValue.of("V1", new BigDecimal("280"), null)), List.of(), List.of()),
                    report.submitted(start, today.minusMonths(1), today, List.of(
                            new IndicatorValue("W1", new BigDecimal("200"), null, null, null, null, List.of(
                                    new CategoryValue(Dimension.SEX, "WOMEN", new BigDecimal("80")),
                                    new CategoryValue(Dimension.SEX, "MEN", new BigDecimal("120")))),
                            IndicatorValue.of("V1", new BigDecimal("210"), null),
                            new IndicatorValue("L1", null, null, true, today.minusMonths(3), null, List.of()),
                            new IndicatorValue("M1", null, null, null, null, "Approved by cabinet", List.of()),
                            IndicatorValue.of("B1", new BigDecimal("1950000"), null)),
                            List.of(new RecommendationStatus("rome-2026-3", Completion.LIMITED, null, new Narrative(
                                    "Se formó a 40 mediadoras", "Falta de fondos", "Ampliar a dos regiones", "es"))),
                            List.of(new Evidence("Police staffing report 2025", "https://example.org/police-2025.pdf",
                                    EvidenceKind.PUBLICATION, Evidence.Visibility.PUBLIC, "W1", null, null),
                                    new Evidence("Mediation training attendance", "https://example.org/private/list",
                                            EvidenceKind.DATASET, Evidence.Visibility.PRIVATE, null, "rome-2026-3", null))));
        }
        Http http = service.http();

        JsonNode view = http.awaitJson("/api/v1/reports/members/NAM", Duration.ofSeconds(20),
                member -> member.path("indicators").path(0).path("latestPeriodTo").isString()
                        && member.path("recommendations").findValuesAsString("completion").contains("LIMITED"));
        Map<String, JsonNode> indicators = new HashMap<>();
        view.path("indicators").forEach(indicator -> indicators.put(indicator.path("code").asString(), indicator));

        JsonNode officers = indicators.get("W1");
        assertThat(officers.path("kind").asString()).isEqualTo("COUNT");
        assertThat(officers.path("evidence").findValuesAsString("url")).as("evidence for this value")
                .containsExactly("https://example.org/police-2025.pdf");
        assertThat(officers.path("progressPercent").asDouble()).as("(200 - 100) / (300 - 100)").isEqualTo(50.0);
        assertThat(officers.path("breakdown").toString()).isEqualTo("[{\"dimension\":\"SEX\",\"category\":\"WOMEN\","
                + "\"value\":80},{\"dimension\":\"SEX\",\"category\":\"MEN\",\"value\":120}]");
        assertThat(indicators.get("V1").path("progressPercent").asDouble()).as("(300 - 210) / (300 - 120)")
                .isEqualTo(50.0);
        JsonNode pending = indicators.get("V1");
        assertThat(pending.path("direction").asString()).isEqualTo("DECREASE");
        assertThat(pending.path("status").asString()).as("the secretariat's judgement").isEqualTo("LIMITED");
        assertThat(pending.path("computedStatus").asString()).isEqualTo("SUBSTANTIAL");
        assertThat(pending.path("statusOverride").path("reason").asString())
                .isEqualTo("Backlog figures leave out two provinces");
        assertThat(pending.path("statusOverride").path("by").asString()).isEqualTo("Sam Secretariat (secretariat)");
        JsonNode law = indicators.get("L1");
        assertThat(law.path("achieved").asBoolean()).isTrue();
        assertThat(law.path("achievedOn").asString()).isEqualTo(today.minusMonths(3).toString());
        assertThat(law.path("status").asString()).isEqualTo("TARGET_ACHIEVED");
        JsonNode mechanism = indicators.get("M1");
        assertThat(mechanism.path("latestStage").asString()).isEqualTo("Approved by cabinet");
        assertThat(mechanism.path("stages").size()).isEqualTo(3);
        assertThat(mechanism.path("progressPercent").asDouble()).as("one of the two stages after Drafted")
                .isEqualTo(50.0);
        JsonNode judgement = http.get("/api/v1/reports/members/NAM/timeline").json().path("events").findParents("summary")
                .stream().filter(e -> e.path("summary").asString().startsWith("The secretariat judged")).findFirst()
                .orElseThrow();
        assertThat(judgement.path("by").asString()).as("the secretariat's own act, not one on the member's behalf")
                .isEqualTo("Sam Secretariat (secretariat)");
        JsonNode recommendation = view.path("recommendations").get(0);
        assertThat(recommendation.path("narrative").path("obstacles").asString()).isEqualTo("Falta de fondos");
        assertThat(recommendation.path("narrative").path("language").asString()).isEqualTo("es");
        assertThat(recommendation.path("evidence").get(0).path("visibility").asString()).isEqualTo("PRIVATE");
        assertThat(view.path("reportingCalendar").findValuesAsString("status")).as("a year's report 120 days after "
                + "it ended, a year's on time, the current year open").containsExactly("LATE", "ON_TIME", "OPEN");
        assertThat(view.path("reporting").toString()).as("the late one received, not on time").isEqualTo(
                "{\"expected\":2,\"received\":2,\"onTime\":1,\"rate\":1.0,\"timeliness\":0.5}");
        assertThat(http.get("/api/v1/reports/members?reportingStatus=ON_TRACK").json().path("members")
                .findValuesAsString("code")).as("the list behind the overview's count").contains("NAM");
        assertThat(http.get("/api/v1/reports/members?reportingStatus=OVERDUE").json().path("members")
                .findValuesAsString("code")).doesNotContain("NAM");
        assertThat(http.get("/api/v1/reports/members?reportingStatus=LATE").status()).isEqualTo(400);
        JsonNode budget = indicators.get("B1");
        assertThat(budget.path("currency").asString()).isEqualTo("USD");
        assertThat(budget.path("status").asString()).as("within 100,000 of the target").isEqualTo("TARGET_ACHIEVED");
    }
}
