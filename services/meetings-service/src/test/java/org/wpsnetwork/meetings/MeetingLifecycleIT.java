package org.wpsnetwork.meetings;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.wpsnetwork.contracts.EventEnvelope;
import org.wpsnetwork.contracts.Topics;
import org.wpsnetwork.contracts.meetings.AttendanceRecorded;
import org.wpsnetwork.contracts.meetings.CommuniqueAdopted;
import org.wpsnetwork.contracts.meetings.MeetingStatus;
import org.wpsnetwork.testsupport.Http;
import org.wpsnetwork.testsupport.PublishedEvents;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;
import org.wpsnetwork.testsupport.ServiceUnderTest;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The secretariat records a meeting from invitation to adopted communiqué; every step is published. */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingLifecycleIT {

    static final String BERLIN = """
            {"id":"berlin-2018","kind":"CAPITAL_LEVEL","title":"Capital-level meeting in Berlin",
             "theme":"Building Alliances to Advance the Women, Peace and Security Agenda",
             "startDate":"2018-04-09","endDate":"2018-04-10","city":"Berlin","countryCode":"DEU",
             "hostCodes":["DEU"],"coChairCodes":[],
             "statedFigures":[{"figure":"MEMBERS","value":80,"qualifier":"MORE_THAN","asOf":"2018-04-10"}]}""";

    @Autowired
    ServiceUnderTest service;
    Http http;

    @BeforeAll
    void members() {
        http = service.http();
        NetworkMembers.publish(service);
    }

    @Test
    void aMeetingGoesFromTheRecordToAnAdoptedCommuniqueAndEveryStepIsPublished() {
        Http.Response scheduled = NetworkMembers.onceMembersAreKnown(() -> http.post("/api/v1/meetings", BERLIN,
                "X-Correlation-Id", "berlin-setup"));
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        assertThat(scheduled.header("Location")).hasValue("/api/v1/meetings/berlin-2018");
        assertThat(scheduled.json().path("status").asString()).isEqualTo("HELD");
        assertThat(scheduled.json().path("datePrecision").asString()).isEqualTo("DAY");

        Http.Response attended = http.put("/api/v1/meetings/berlin-2018/attendance",
                "{\"memberCodes\":[\"NAM\",\"DEU\",\"ESP\",\"AU\"]}", "If-Match", "\"1\"");
        assertThat(attended.status()).as(attended.toString()).isEqualTo(200);
        assertThat(attended.json().path("attendees").toString()).isEqualTo("[\"AU\",\"DEU\",\"ESP\",\"NAM\"]");

        Http.Response corrected = http.put("/api/v1/meetings/berlin-2018/attendance",
                "{\"memberCodes\":[\"DEU\",\"ESP\",\"NAM\",\"CHE\"]}", "If-Match", "\"2\"");
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);

        Http.Response recommended = http.post("/api/v1/meetings/berlin-2018/recommendations", """
                {"id":"berlin-2018-4","theme":"NATIONAL_ACTION_PLANS","addressee":"MEMBER_STATES",
                 "summary":"Give action plans timelines, aligned indicators, budgets and a role for civil society.",
                 "paragraphRef":"4)"}""", "If-Match", "\"3\"");
        assertThat(recommended.status()).as(recommended.toString()).isEqualTo(201);
        assertThat(recommended.header("Location")).hasValue("/api/v1/recommendations/berlin-2018-4");

        Http.Response adopted = http.post("/api/v1/meetings/berlin-2018/communique", "{\"adoptedOn\":\"2018-04-10\"}",
                "If-Match", "\"4\"");
        assertThat(adopted.status()).as(adopted.toString()).isEqualTo(200);
        assertThat(adopted.json().path("communiqueAdoptedOn").asString()).isEqualTo("2018-04-10");

        Http.Response frozen = http.post("/api/v1/meetings/berlin-2018/recommendations", """
                {"id":"berlin-2018-5","theme":"OTHER","addressee":"ALL_MEMBERS",
                 "summary":"A recommendation that came too late to be adopted.","paragraphRef":"5)"}""",
                "If-Match", "\"5\"");
        assertThat(frozen.status()).isEqualTo(409);
        assertThat(frozen.json().path("detail").asString()).contains("adopted on 2018-04-10");

        JsonNode meeting = http.get("/api/v1/meetings/berlin-2018").json();
        assertThat(meeting.path("recommendations").findValuesAsString("id")).containsExactly("berlin-2018-4");
        assertThat(meeting.path("statedFigures").get(0).path("qualifier").asString()).isEqualTo("MORE_THAN");

        try (PublishedEvents published = new PublishedEvents(service.kafkaBootstrapServers(),
                service.topic(Topics.MEETINGS))) {
            List<EventEnvelope<?>> events = published.forKey("berlin-2018", all -> all.size() >= 5,
                    Duration.ofSeconds(15));
            assertThat(events).extracting(EventEnvelope::eventType).containsExactly("MeetingScheduled",
                    "AttendanceRecorded", "AttendanceRecorded", "RecommendationAdded", "CommuniqueAdopted");
            assertThat(events.get(0).correlationId()).isEqualTo("berlin-setup");
            AttendanceRecorded correction = (AttendanceRecorded) events.get(2).payload();
            assertThat(correction.added()).containsExactly("CHE");
            assertThat(correction.removed()).containsExactly("AU");
            CommuniqueAdopted adoption = (CommuniqueAdopted) events.get(4).payload();
            assertThat(adoption.meeting().status()).isEqualTo(MeetingStatus.HELD);
            assertThat(adoption.meeting().recommendations()).hasSize(1);
        }
    }

    @Test
    void meetingsAndRecommendationsCanBeListedAndFiltered() {
        NetworkMembers.onceMembersAreKnown(() -> http.post("/api/v1/meetings", """
                {"id":"alicante-2017","kind":"CAPITAL_LEVEL","ordinal":1,"title":"First meeting of the Network",
                 "startDate":"2017-04-01","endDate":"2017-04-30","datePrecision":"MONTH","city":"Alicante",
                 "countryCode":"ESP","hostCodes":["ESP"]}"""));
        http.post("/api/v1/meetings", """
                {"id":"geneva-2022","kind":"CAPITAL_LEVEL","ordinal":4,"title":"Fourth capital-level meeting",
                 "startDate":"2022-05-18","endDate":"2022-05-19","city":"Geneva","countryCode":"CHE",
                 "hostCodes":["CHE","ZAF"],"coChairCodes":["CHE","ZAF"]}""");
        http.post("/api/v1/meetings/geneva-2022/recommendations", """
                {"id":"geneva-2022-4","theme":"DISARMAMENT_SALW","addressee":"MEMBER_STATES",
                 "summary":"Address the gendered impacts of small arms at local level.","paragraphRef":"4."}""",
                "If-Match", "\"1\"");

        List<String> all = http.get("/api/v1/meetings").json().findValuesAsString("id");
        assertThat(all.indexOf("geneva-2022")).isLessThan(all.indexOf("alicante-2017"));
        assertThat(http.get("/api/v1/meetings?year=2017&kind=CAPITAL_LEVEL").json().findValuesAsString("id"))
                .containsExactly("alicante-2017");
        JsonNode salw = http.get("/api/v1/recommendations?theme=DISARMAMENT_SALW").json();
        assertThat(salw.findValuesAsString("id")).containsExactly("geneva-2022-4");
        assertThat(salw.get(0).path("meetingId").asString()).isEqualTo("geneva-2022");
        assertThat(salw.get(0).path("adoptedOn").isNull()).isTrue();
        assertThat(http.get("/api/v1/recommendations/geneva-2022-4").json().path("theme").asString())
                .isEqualTo("DISARMAMENT_SALW");
        assertThat(http.get("/api/v1/recommendations?meetingId=alicante-2017").json().size()).isZero();
    }

    @Test
    void aRetriedScheduleWithTheSameIdempotencyKeyAnswersTheFirstResult() {
        String body = """
                {"id":"unga-2017","kind":"SIDE_EVENT","title":"Meeting on the margins of the General Assembly",
                 "startDate":"2017-09-01","endDate":"2017-09-30","datePrecision":"MONTH","city":"New York",
                 "countryCode":"USA"}""";

        Http.Response first = http.post("/api/v1/meetings", body, "Idempotency-Key", "unga-2017-a");
        Http.Response retry = http.post("/api/v1/meetings", body, "Idempotency-Key", "unga-2017-a");

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json()).isEqualTo(first.json());
    }
}
