package org.wpsnetwork.nap;

import org.wpsnetwork.contracts.EventEnvelope;
import org.wpsnetwork.contracts.Topics;
import org.wpsnetwork.contracts.meetings.Addressee;
import org.wpsnetwork.contracts.meetings.RecommendationTheme;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.testsupport.EventPublisher;
import org.wpsnetwork.testsupport.Http;
import org.wpsnetwork.testsupport.MeetingHistory;
import org.wpsnetwork.testsupport.MembershipHistory;
import org.wpsnetwork.testsupport.ServiceUnderTest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the NAP tests need the service to know, published as events the way its replicas learn them:
 * Argentina, Chile and Kenya (states), the African Union, and France, which withdrew; the Geneva meeting with its
 * adopted recommendations geneva-2022-7 and -8, and a Hanoi meeting whose recommendation hanoi-2023-1 is not
 * adopted yet.
 */
final class NapFixtures {

    static final String PLAN = """
            {"id":"%s","kind":"NAP","title":"National Action Plan on Women, Peace and Security","generation":%d,
             "adoptedOn":"%s","periodStart":"%s","periodEnd":"%s","budget":{"amount":1250000.50,"currency":"USD"},
             "leadInstitution":"Ministry of Foreign Affairs","pillars":["PARTICIPATION","PROTECTION","CLIMATE"],
             "indicators":[
               {"code":"P1","description":"Women among peace negotiators","pillar":"PARTICIPATION","unit":"%%",
                "baseline":10,"target":40},
               {"code":"PR1","description":"Shelters for survivors","pillar":"PROTECTION","unit":"number",
                "baseline":4,"target":12}]}""";

    /** A plan with an indicator of each kind: officers by sex (COUNT), a share, a law (YES_NO), a mechanism (MILESTONE). */
    static final String PLAN_OF_EVERY_KIND = """
            {"id":"%s","kind":"NAP","title":"Second National Action Plan","generation":2,
             "adoptedOn":"2022-03-01","periodStart":"2022-01-01","periodEnd":"2026-12-31",
             "leadInstitution":"Ministry of Foreign Affairs","pillars":["PARTICIPATION","PROTECTION"],
             "indicators":[
               {"code":"W1","description":"Women police officers","pillar":"PROTECTION","kind":"COUNT",
                "unit":"officers","baseline":100,"target":300,"dimensions":["SEX"]},
               {"code":"S1","description":"Women among mediators","pillar":"PARTICIPATION","kind":"PERCENT",
                "baseline":10,"target":40},
               {"code":"L1","description":"Gender quota law adopted","pillar":"PARTICIPATION","kind":"YES_NO"},
               {"code":"M1","description":"National monitoring mechanism","pillar":"PROTECTION","kind":"MILESTONE",
                "stages":["Drafted","Approved by cabinet","Operational"],"baselineStage":"Drafted"}]}""";

    /** A report on {@link #PLAN_OF_EVERY_KIND} for 2023: 250 officers of whom 90 women, 30 %, the law, cabinet. */
    static final String REPORT_OF_EVERY_KIND = """
            {"periodFrom":"2023-01-01","periodTo":"2023-12-31","indicatorValues":[
              {"code":"W1","value":250,"breakdown":[{"dimension":"SEX","category":"WOMEN","value":90},
                {"dimension":"SEX","category":"MEN","value":160}]},
              {"code":"S1","value":30},
              {"code":"L1","achieved":true,"achievedOn":"2023-06-14"},
              {"code":"M1","stage":"Approved by cabinet"}],
             "recommendationStatuses":[{"recommendationId":"geneva-2022-8","completion":"SUBSTANTIAL",
               "narrative":{"done":"Se creó el comité de seguimiento","nextSteps":"Publicar el primer informe",
                 "language":"es"}}],
             "evidence":[{"title":"Police staffing report","url":"https://example.org/police.pdf","kind":"PUBLICATION",
               "visibility":"PUBLIC","indicatorCode":"W1"},
              {"title":"Cabinet decision","url":"https://example.org/cabinet/2023-41","kind":"POLICY"}]}""";

    private NapFixtures() {
    }

    static String plan(String id, int generation, String adoptedOn, String start, String end) {
        return PLAN.formatted(id, generation, adoptedOn, start, end);
    }

    private static final LocalDate FOUNDING = LocalDate.of(2016, 9, 23);

    /** A state that joined at the network's founding, as admitted. */
    private static EventEnvelope<?> founder(String code, String name, Region region) {
        return new MembershipHistory(code, name, MemberType.STATE, region).joinedOn(FOUNDING).admitted();
    }

    static void publish(ServiceUnderTest service) {
        MembershipHistory france = new MembershipHistory("FRA", "France", MemberType.STATE, Region.EUROPE)
                .joinedOn(FOUNDING);
        try (EventPublisher members = new EventPublisher(service.kafkaBootstrapServers(),
                service.topic(Topics.MEMBERSHIP))) {
            members.publish(
                    founder("ARG", "Argentina", Region.AMERICAS),
                    founder("CHL", "Chile", Region.AMERICAS),
                    founder("KEN", "Kenya", Region.AFRICA),
                    founder("NAM", "Namibia", Region.AFRICA),
                    founder("PHL", "Philippines", Region.ASIA),
                    founder("SEN", "Senegal", Region.AFRICA),
                    founder("GHA", "Ghana", Region.AFRICA),
                    founder("MLI", "Mali", Region.AFRICA),
                    new MembershipHistory("AU", "African Union", MemberType.REGIONAL_ORGANIZATION, Region.AFRICA)
                            .joinedOn(FOUNDING).admitted(),
                    france.admitted(), france.withdrew(LocalDate.of(2024, 1, 31)));
        }
        MeetingHistory geneva = new MeetingHistory("geneva-2022", "Fourth capital-level meeting",
                LocalDate.of(2022, 5, 18), LocalDate.of(2022, 5, 19));
        MeetingHistory hanoi = new MeetingHistory("hanoi-2023", "Meeting in Hanoi", LocalDate.of(2023, 3, 7),
                LocalDate.of(2023, 3, 8));
        try (EventPublisher meetings = new EventPublisher(service.kafkaBootstrapServers(),
                service.topic(Topics.MEETINGS))) {
            meetings.publish(geneva.scheduled(),
                    geneva.recommended("geneva-2022-7", RecommendationTheme.NATIONAL_ACTION_PLANS, Addressee.MEMBER_STATES),
                    geneva.recommended("geneva-2022-8", RecommendationTheme.ACCOUNTABILITY_MONITORING,
                            Addressee.MEMBER_STATES),
                    geneva.adopted(),
                    hanoi.scheduled(),
                    hanoi.recommended("hanoi-2023-1", RecommendationTheme.PARTICIPATION, Addressee.ALL_MEMBERS));
        }
    }

    /** A plan of {@code code} from 2023 to 2026, once the replicas know the member; fails unless 201. */
    static void adopted(Http http, String code, String planId, int generation) {
        Http.Response adopted = onceReplicated(() -> http.post("/api/v1/members/" + code + "/action-plans",
                plan(planId, generation, "2022-03-01", "2022-01-01", "2026-12-31")));
        assertThat(adopted.status()).as(adopted.toString()).isEqualTo(201);
    }

    /** A report on {@code planId} for 2023, once the replicas know what it names; answers its id. */
    static String submitted(Http http, String planId) {
        Http.Response submitted = onceReplicated(() -> http.post("/api/v1/action-plans/" + planId
                + "/progress-reports", report("2023-01-01", "2023-12-31", "15", "LIMITED")));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        return submitted.json().path("id").asString();
    }

    /** Sends a request until the replicas know the members and recommendations it names. */
    static Http.Response onceReplicated(Supplier<Http.Response> request) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(request::get,
                response -> response.status() != 422 || !(response.body().contains("unknown-members")
                        || response.body().contains("is not a recommendation of the network")));
    }

    /** The whole corrected report, with the reason for the correction. */
    static String correction(String periodFrom, String periodTo, String p1, String completion, String reason) {
        String report = report(periodFrom, periodTo, p1, completion);
        return report.substring(0, report.lastIndexOf('}')) + ",\"reason\":\"" + reason + "\"}";
    }

    static String report(String periodFrom, String periodTo, String p1, String completion) {
        return """
                {"periodFrom":"%s","periodTo":"%s",
                 "indicatorValues":[{"code":"P1","value":%s,"note":"Two more women negotiators"}],
                 "recommendationStatuses":[{"recommendationId":"geneva-2022-8","completion":"%s"}]}""".formatted(periodFrom, periodTo, p1,
                completion);
    }
}
