package org.wpsnetwork.reporting.notifications;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.mongodb.client.MongoDatabase;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.beans.factory.ObjectProvider;
import org.wpsnetwork.contracts.Topics;
import org.wpsnetwork.contracts.meetings.Addressee;
import org.wpsnetwork.contracts.meetings.RecommendationTheme;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.contracts.nap.Completion;
import org.wpsnetwork.contracts.nap.PlanKind;
import org.wpsnetwork.kit.mongo.IndexPlan;
import org.wpsnetwork.kit.replicas.MemberReplica;
import org.wpsnetwork.reporting.timeline.MemberTimelineProjection;
import org.wpsnetwork.testsupport.EventPublisher;
import org.wpsnetwork.testsupport.FreePorts;
import org.wpsnetwork.testsupport.Http;
import org.wpsnetwork.testsupport.MeetingHistory;
import org.wpsnetwork.testsupport.MembershipHistory;
import org.wpsnetwork.testsupport.NapHistory;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;
import org.wpsnetwork.testsupport.ServiceUnderTest;
import org.wpsnetwork.testsupport.TestTokens;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders, notices and the digest, read back from a real SMTP server (GreenMail): what the calendar implies goes
 * out once, however often the calendar is looked at, and not again from a fresh start on the same database.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = {"wps.test.isolated-context=notifications", "wps.notifications.enabled=true",
        "wps.notifications.interval=PT1H", "wps.notifications.secretariat=secretariat@unwomen.example"})
class NotificationsIT {

    private static final ServerSetup SMTP = new ServerSetup(FreePorts.take(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(SMTP);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SMTP::getPort);
    }

    @Autowired
    ServiceUnderTest service;
    @Autowired
    CalendarNotices calendar;
    @Autowired
    MongoDatabase database;
    @Autowired
    IndexPlan indexes;
    @Autowired
    ObjectProvider<JavaMailSender> sender;
    @Autowired
    MemberReplica members;
    @Autowired
    MemberTimelineProjection timeline;
    @Autowired
    NotificationSettings settings;

    @Test
    void aReminderAnOverdueNoticeAReturnAndTheDigestEachGoOutOnceAndNotAgainAfterARestart() throws Exception {
        LocalDate today = LocalDate.now();
        // Benin's first year ended 80 days ago: due in 10 days. Gabon's was due 5 days ago. Togo has no e-mail.
        LocalDate dueInTenDays = today.plusDays(10 - 90).minusYears(1).plusDays(1);
        LocalDate dueFiveDaysAgo = today.minusDays(5 + 90).minusYears(1).plusDays(1);
        MembershipHistory benin = new MembershipHistory("BEN", "Benin", MemberType.STATE, Region.AFRICA);
        MembershipHistory gabon = new MembershipHistory("GAB", "Gabon", MemberType.STATE, Region.AFRICA);
        try (EventPublisher publisher = new EventPublisher(service.kafkaBootstrapServers(),
                service.topic(Topics.MEMBERSHIP))) {
            publisher.publish(benin.admitted(), benin.appointed("Awa Dossou"), gabon.admitted(),
                    gabon.appointed("Marie Ndong"),
                    new MembershipHistory("TGO", "Togo", MemberType.STATE, Region.AFRICA).admitted());
        }
        MeetingHistory geneva = new MeetingHistory("geneva-2022", "Fourth capital-level meeting",
                LocalDate.of(2022, 5, 18), LocalDate.of(2022, 5, 19));
        try (EventPublisher publisher = new EventPublisher(service.kafkaBootstrapServers(),
                service.topic(Topics.MEETINGS))) {
            publisher.publish(geneva.scheduled(), geneva.recommended("geneva-2022-8",
                    RecommendationTheme.ACCOUNTABILITY_MONITORING, Addressee.MEMBER_STATES), geneva.adopted());
        }
        NapHistory.Report returned = new NapHistory.Report("ben-nap-0", "BEN");
        try (EventPublisher nap = new EventPublisher(service.kafkaBootstrapServers(), service.topic(Topics.NAP))) {
            nap.publishKeyed("BEN", NapHistory.planAdopted("ben-nap", "BEN", PlanKind.NAP, dueInTenDays,
                    dueInTenDays.plusYears(4)), NapHistory.planAdopted("ben-nap-0", "BEN", PlanKind.RAP,
                    today.minusYears(6), today.minusYears(5)), returned.submitted(today.minusYears(6),
                    today.minusYears(5).minusDays(1), "20", "geneva-2022-8", Completion.LIMITED), returned.returned());
            nap.publishKeyed("GAB", NapHistory.planAdopted("gab-nap", "GAB", PlanKind.NAP, dueFiveDaysAgo,
                    dueFiveDaysAgo.plusYears(4)));
            nap.publishKeyed("TGO", NapHistory.planAdopted("tgo-nap", "TGO", PlanKind.NAP, dueInTenDays,
                    dueInTenDays.plusYears(4)));
        }
        Http http = service.http();
        http.awaitJson("/api/v1/reports/members/TGO", Duration.ofSeconds(20),
                view -> view.path("reportingCalendar").findValuesAsString("status").contains("DUE"));
        http.awaitJson("/api/v1/reports/members/GAB", Duration.ofSeconds(20),
                view -> view.path("reportingCalendar").findValuesAsString("status").contains("MISSING")
                        && view.path("focalPoint").isObject());
        http.awaitJson("/api/v1/reports/members/BEN", Duration.ofSeconds(20),
                view -> view.path("reportingCalendar").findValuesAsString("status").contains("DUE")
                        && view.path("focalPoint").isObject());

        calendar.run();
        calendar.run();
        Map<String, List<String>> subjectsByRecipient = received();
        System.out.printf("Mail read back from GreenMail after two looks at the calendar: %s%n", subjectsByRecipient);
        assertThat(subjectsByRecipient.get("awa.dossou@example.org")).containsExactlyInAnyOrder(
                "Reminder: progress report due on " + today.plusDays(10),
                "Your progress report for " + today.minusYears(6) + " to " + today.minusYears(5).minusDays(1)
                        + " was returned for correction");
        assertThat(subjectsByRecipient.get("marie.ndong@example.org"))
                .containsExactly("Overdue: progress report due on " + today.minusDays(5));
        assertThat(subjectsByRecipient.get("secretariat@unwomen.example")).hasSize(1)
                .allSatisfy(subject -> assertThat(subject).startsWith("WPS network weekly digest"));
        MimeMessage digest = Arrays.stream(MAIL.getReceivedMessages()).filter(m -> subjectOf(m)
                .startsWith("WPS network weekly digest")).findFirst().orElseThrow();
        assertThat(digest.getContent().toString()).contains("Members without a focal point e-mail", "TGO Togo",
                "GAB gab-nap");

        // A fresh start on the same database: new objects, nothing held in memory, nothing sent twice.
        NotificationLog afterRestart = new NotificationLog(database, indexes);
        int resent = new NotificationMail(afterRestart, sender, members, timeline, settings, Clock.systemUTC())
                .sendPending();
        calendar.run();
        assertThat(resent).isZero();
        assertThat(MAIL.getReceivedMessages()).as("each mail once").hasSize(4);
        assertThat(afterRestart.list("TGO", null)).extracting(NotificationLog.Entry::state)
                .containsExactly(NotificationLog.State.NO_ADDRESS);

        assertThat(http.get("/api/v1/reports/members/BEN/timeline").json().path("events").findValuesAsString("summary"))
                .contains("E-mailed the focal point: Reminder: progress report due on " + today.plusDays(10));
        assertThat(http.as(TestTokens.focalPoint("BEN")).get("/api/v1/reports/notifications").status())
                .as("the secretariat's log").isEqualTo(403);
        assertThat(http.get("/api/v1/reports/notifications?member=BEN").json().findValuesAsString("state"))
                .containsOnly("SENT");
    }

    private static Map<String, List<String>> received() {
        return Arrays.stream(MAIL.getReceivedMessages()).collect(Collectors.groupingBy(
                message -> recipient(message), Collectors.mapping(NotificationsIT::subjectOf, Collectors.toList())));
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
