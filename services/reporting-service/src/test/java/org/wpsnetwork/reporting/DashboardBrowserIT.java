package org.wpsnetwork.reporting;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wpsnetwork.contracts.Topics;
import org.wpsnetwork.contracts.meetings.Addressee;
import org.wpsnetwork.contracts.meetings.RecommendationTheme;
import org.wpsnetwork.contracts.nap.Completion;
import org.wpsnetwork.contracts.nap.PlanKind;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.NetworkRole;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.contracts.membership.RoleAssignment;
import org.wpsnetwork.testsupport.EventPublisher;
import org.wpsnetwork.testsupport.MeetingHistory;
import org.wpsnetwork.testsupport.MembershipHistory;
import org.wpsnetwork.testsupport.NapHistory;
import org.wpsnetwork.testsupport.HeadlessBrowser;
import org.wpsnetwork.testsupport.Http;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;
import org.wpsnetwork.testsupport.ServiceUnderTest;
import org.wpsnetwork.testsupport.TestTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The secretariat opens the dashboard in a real browser and sees the network as the events describe it. */
@ServiceIntegrationTest
class DashboardBrowserIT {

    @Autowired
    ServiceUnderTest service;


    /** Without a token the page loads and leads to the sign-in; its data does not. */
    @Test
    void anyoneGetsThePageAndWhereToSignInButNoData() {
        Http anonymous = service.http().as(null);

        assertThat(anonymous.get("/").status()).isEqualTo(200);
        assertThat(anonymous.get("/dashboard.js").status()).isEqualTo(200);
        Http.Response signIn = anonymous.get("/api/v1/dashboard/sign-in");
        assertThat(signIn.status()).isEqualTo(200);
        assertThat(signIn.json().path("issuer").asString()).isEqualTo(TestTokens.ISSUER);
        assertThat(signIn.json().path("clientId").asString()).isEqualTo("wps-dashboard");
        assertThat(anonymous.get("/api/v1/reports/network").status()).isEqualTo(401);
    }

    @Test
    void theDashboardShowsMembersLeadershipAndAMembersTimeline() throws Exception {
        MembershipHistory fiji = new MembershipHistory("FJI", "Fiji", MemberType.STATE, Region.OCEANIA);
        MembershipHistory tonga = new MembershipHistory("TON", "Tonga <b>Kingdom</b>", MemberType.STATE, Region.OCEANIA);
        try (EventPublisher publisher = new EventPublisher(service.kafkaBootstrapServers(),
                service.topic(Topics.MEMBERSHIP))) {
            publisher.publish(fiji.admitted(), fiji.appointed("Mere Tuilagi"), tonga.admitted(),
                    tonga.withdrew(LocalDate.of(2025, 2, 1)),
                    MembershipHistory.roles(2026, 1, List.of(new RoleAssignment("FJI", NetworkRole.CO_CHAIR)), List.of()));
        }
        MeetingHistory suva = new MeetingHistory("suva-2025", "Pacific meeting in Suva", LocalDate.of(2025, 3, 4),
                LocalDate.of(2025, 3, 5));
        try (EventPublisher publisher = new EventPublisher(service.kafkaBootstrapServers(),
                service.topic(Topics.MEETINGS))) {
            publisher.publish(suva.scheduled(), suva.attended("FJI"),
                    suva.recommended("suva-2025-1", RecommendationTheme.TECHNOLOGY, Addressee.MEMBER_STATES),
                    suva.adopted());
        }
        NapHistory.Report fijiReport = new NapHistory.Report("fji-nap", "FJI");
        LocalDate today = LocalDate.now();
        try (EventPublisher publisher = new EventPublisher(service.kafkaBootstrapServers(), service.topic(Topics.NAP))) {
            publisher.publishKeyed("FJI",
                    NapHistory.planAdopted("fji-nap", "FJI", PlanKind.NAP, today.minusYears(1), today.plusYears(3)),
                    fijiReport.submitted(today.minusYears(1), today.minusMonths(2), "25", "suva-2025-1",
                            Completion.SUBSTANTIAL),
                    fijiReport.validated());
        }
        Http http = service.http();
        await().atMost(Duration.ofSeconds(15)).until(() -> http.get("/api/v1/reports/members/FJI").body()
                .contains("\"progressPercent\":50.0"));
        await().atMost(Duration.ofSeconds(15)).until(() ->
                http.get("/api/v1/reports/members/TON").body().contains("WITHDRAWN")
                        && http.get("/api/v1/reports/members/FJI").body().contains("suva-2025-1")
                        && http.get("/api/v1/reports/network").body().contains("2026"));

        String signedIn = "access_token=" + TestTokens.secretariat();
        String dashboard = HeadlessBrowser.renderedDom(http.url("/#" + signedIn));

        assertThat(dashboard).contains("Fiji", "Mere Tuilagi", "oceania", "co-chair FJI", "data as of");
        assertThat(dashboard).as("names are shown as text, never as markup")
                .contains("Tonga &lt;b&gt;Kingdom&lt;/b&gt;").doesNotContain("<b>Kingdom</b>");
        assertThat(dashboard).containsPattern("id=\"members-withdrawn\">\\d+<")
                .containsPattern("id=\"meetings-held\">\\d+<");
        assertThat(dashboard).containsPattern("id=\"nap-coverage-states\">\\d+ %<")
                .contains("on track", "never reported");
        assertThat(dashboard).as("the reporting rate and timeliness").containsPattern(
                "(Reports the calendars expected so far: \\d+ expected, \\d+ received \\(rate \\d+ %\\)|No report expected)");
        assertThat(dashboard).as("the meetings table and the themes")
                .contains("Pacific meeting in Suva", "4–5 March 2025", "technology");

        String detail = HeadlessBrowser.renderedDom(http.url("/#member=FJI&" + signedIn));

        assertThat(detail).contains("Fiji (FJI)", "Appointed Mere Tuilagi (Ministry of Foreign Affairs) as focal point",
                "Holds co-chair for 2026", "co-chair 2026", "Attended Pacific meeting in Suva",
                "suva-2025-1 (technology): substantial, validated", "Plan fji-nap (NAP, generation 1", "active",
                "P1: Women among negotiators (increase from 10 to 40 % by ", "not available", "25 % (validated)", "50 %",
                "on track, last report", "Reporting calendar")
                .as("other tests of this context record meetings too, so the rate itself varies")
                .containsPattern("<dt>Meetings attended</dt><dd>1 \\(\\d+ % of the \\d+ with an attendance list since it joined\\)");
    }
}
