package org.wpsnetwork.reporting;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
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
import org.wpsnetwork.testsupport.MutableClock;
import org.wpsnetwork.testsupport.NapHistory;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;
import org.wpsnetwork.testsupport.ServiceUnderTest;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Reporting status and plan status change with the calendar, with no event in between. */
@ServiceIntegrationTest
class ReportingCalendarIT {

    @TestConfiguration
    static class Calendar {
        @Bean
        @Primary
        MutableClock clock() {
            return new MutableClock();
        }
    }

    @Autowired
    ServiceUnderTest service;
    @Autowired
    MutableClock clock;

    @Test
    void aMembersReportingStatusMovesFromOnTrackToDueToOverdueAsTimePasses() {
        LocalDate today = LocalDate.now(clock);
        MeetingHistory geneva = new MeetingHistory("geneva-2022", "Fourth capital-level meeting",
                LocalDate.of(2022, 5, 18), LocalDate.of(2022, 5, 19));
        NapHistory.Report report = new NapHistory.Report("uru-nap", "URY");
        try (EventPublisher members = new EventPublisher(service.kafkaBootstrapServers(), service.topic(Topics.MEMBERSHIP));
             EventPublisher meetings = new EventPublisher(service.kafkaBootstrapServers(), service.topic(Topics.MEETINGS));
             EventPublisher nap = new EventPublisher(service.kafkaBootstrapServers(), service.topic(Topics.NAP))) {
            members.publish(new MembershipHistory("URY", "Uruguay", MemberType.STATE, Region.AMERICAS).admitted());
            meetings.publish(geneva.scheduled(),
                    geneva.recommended("geneva-2022-8", RecommendationTheme.OTHER, Addressee.MEMBER_STATES),
                    geneva.adopted());
            nap.publishKeyed("URY",
                    NapHistory.planAdopted("uru-nap", "URY", PlanKind.NAP, today.minusYears(2), today.plusYears(1)),
                    report.submitted(today.minusMonths(23), today.minusMonths(11), "20", "geneva-2022-8",
                            Completion.LIMITED));
        }
        Http http = service.http();
        JsonNode now = await().atMost(Duration.ofSeconds(15)).until(() -> http.get("/api/v1/reports/members/URY"),
                r -> r.status() == 200 && !r.json().path("reportingStatus").isNull()).json();
        assertThat(now.path("reportingStatus").asString()).isEqualTo("ON_TRACK");
        assertThat(now.path("actionPlans").get(0).path("status").asString()).isEqualTo("ACTIVE");

        clock.advance(Period.ofMonths(2));
        assertThat(statusOfUruguay(http)).as("the period ended 13 months ago").isEqualTo("DUE");

        clock.advance(Period.ofMonths(3));
        assertThat(statusOfUruguay(http)).as("16 months ago").isEqualTo("OVERDUE");

        clock.advance(Period.ofYears(1));
        JsonNode later = http.get("/api/v1/reports/members/URY").json();
        assertThat(later.path("actionPlans").get(0).path("status").asString()).isEqualTo("EXPIRED");
        assertThat(later.path("reportingStatus").asString()).isEqualTo("OVERDUE");
    }

    private static String statusOfUruguay(Http http) {
        return http.get("/api/v1/reports/members/URY").json().path("reportingStatus").asString();
    }
}
