package org.wpsnetwork.meetings;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.wpsnetwork.contracts.Topics;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.testsupport.BadRequest;
import org.wpsnetwork.testsupport.EventPublisher;
import org.wpsnetwork.testsupport.Http;
import org.wpsnetwork.testsupport.MembershipHistory;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;
import org.wpsnetwork.testsupport.ServiceUnderTest;

import java.time.LocalDate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wpsnetwork.testsupport.BadRequest.bad;

/**
 * Every kind of bad input of the meetings contract is refused with its status and a problem naming what to
 * correct. Member codes are checked against the service's own replica of the membership events.
 */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingsProblemsIT {

    private static final String MEETING = """
            {"id":"windhoek-2019","kind":"CAPITAL_LEVEL","title":"Meeting in Windhoek","startDate":"2019-03-01",
             "endDate":"2019-03-02","city":"Windhoek","countryCode":"NAM","hostCodes":["NAM"]}""";
    private static final String RECOMMENDATION = """
            {"id":"r-1","theme":"PARTICIPATION","addressee":"ALL_MEMBERS",
             "summary":"Include women in every negotiation team.","paragraphRef":"1."}""";

    @Autowired
    ServiceUnderTest service;
    Http http;

    @BeforeAll
    void meetings() {
        http = service.http();
        NetworkMembers.publish(service);
        NetworkMembers.onceMembersAreKnown(() -> http.post("/api/v1/meetings", """
                {"id":"oslo-2021","kind":"CAPITAL_LEVEL","title":"Meeting in Oslo","startDate":"2021-06-01",
                 "endDate":"2021-06-02","city":"Oslo","countryCode":"NOR","hostCodes":["DEU"]}"""));
        http.post("/api/v1/meetings/oslo-2021/recommendations", RECOMMENDATION, "If-Match", "\"1\"");
        http.post("/api/v1/meetings/oslo-2021/communique", "{\"adoptedOn\":\"2021-06-02\"}", "If-Match", "\"2\"");
        http.post("/api/v1/meetings", """
                {"id":"pending-2021","kind":"EXPERT_LEVEL","title":"Expert meeting","startDate":"2021-09-01",
                 "endDate":"2021-09-01"}""");
    }

    static Stream<BadRequest> badRequests() {
        String future = LocalDate.now().plusYears(1).toString();
        return Stream.of(
                // syntax → 400
                bad("id with capitals and spaces", "POST", "/api/v1/meetings",
                        MEETING.replace("windhoek-2019", "Windhoek 2019"), 400, "invalid-request").fields("id"),
                bad("unknown kind", "POST", "/api/v1/meetings", MEETING.replace("CAPITAL_LEVEL", "GALA"), 400,
                        "invalid-request").fields("kind"),
                bad("missing title and dates", "POST", "/api/v1/meetings",
                        "{\"id\":\"x-1\",\"kind\":\"SIDE_EVENT\"}", 400, "invalid-request")
                        .fields("title", "startDate", "endDate"),
                bad("impossible date", "POST", "/api/v1/meetings", MEETING.replace("2019-03-02", "2019-02-30"), 400,
                        "invalid-request").fields("endDate"),
                bad("country that does not exist", "POST", "/api/v1/meetings",
                        MEETING.replace("\"countryCode\":\"NAM\"", "\"countryCode\":\"XXX\""), 400,
                        "invalid-request").fields("countryCode"),
                bad("host listed twice", "POST", "/api/v1/meetings",
                        MEETING.replace("[\"NAM\"]", "[\"NAM\",\"NAM\"]"), 400, "invalid-request")
                        .fields("hostCodes[1]"),
                bad("unknown field", "POST", "/api/v1/meetings", MEETING.replace("{", "{\"venue\":\"x\","), 400,
                        "invalid-request").fields("venue"),
                // rules → 422, 409
                bad("ends before it starts", "POST", "/api/v1/meetings", MEETING.replace("2019-03-02", "2019-02-28"),
                        422, "rule-violated").fields("endDate"),
                bad("month precision that is not a month", "POST", "/api/v1/meetings",
                        MEETING.replace("\"city\"", "\"datePrecision\":\"MONTH\",\"city\""), 422, "rule-violated")
                        .fields("datePrecision"),
                bad("held in the future", "POST", "/api/v1/meetings", MEETING.replace("2019-03-01", future)
                        .replace("2019-03-02", future).replace("\"city\"", "\"status\":\"HELD\",\"city\""), 422,
                        "rule-violated").fields("status"),
                bad("host that is not a member", "POST", "/api/v1/meetings",
                        MEETING.replace("[\"NAM\"]", "[\"NAM\",\"QAT\"]"), 422, "unknown-members")
                        .fields("hostCodes[1]"),
                bad("co-chair that had withdrawn", "POST", "/api/v1/meetings",
                        MEETING.replace("\"hostCodes\"", "\"coChairCodes\":[\"FRA\"],\"hostCodes\""), 422,
                        "rule-violated").fields("coChairCodes[0]"),
                bad("meeting id taken", "POST", "/api/v1/meetings", MEETING.replace("windhoek-2019", "oslo-2021"),
                        409, "already-exists"),
                bad("unknown meeting", "GET", "/api/v1/meetings/atlantis-1999", null, 404, "not-found"),
                bad("unknown recommendation", "GET", "/api/v1/recommendations/r-999", null, 404, "not-found"),
                bad("year that is not a number", "GET", "/api/v1/meetings?year=last", null, 400,
                        "invalid-request").fields("year"),
                // attendance
                bad("attendance without If-Match", "PUT", "/api/v1/meetings/oslo-2021/attendance",
                        "{\"memberCodes\":[\"DEU\"]}", 428, "if-match-required"),
                bad("attendance on an old version", "PUT", "/api/v1/meetings/oslo-2021/attendance",
                        "{\"memberCodes\":[\"DEU\"]}", 412, "version-mismatch").ifMatch("\"1\""),
                bad("attendee code malformed", "PUT", "/api/v1/meetings/oslo-2021/attendance",
                        "{\"memberCodes\":[\"deu\"]}", 400, "invalid-request").fields("memberCodes[0]")
                        .ifMatch("\"3\""),
                bad("attendee listed twice", "PUT", "/api/v1/meetings/oslo-2021/attendance",
                        "{\"memberCodes\":[\"DEU\",\"ESP\",\"DEU\"]}", 400, "invalid-request")
                        .fields("memberCodes[2]").ifMatch("\"3\""),
                bad("attendees unknown", "PUT", "/api/v1/meetings/oslo-2021/attendance",
                        "{\"memberCodes\":[\"DEU\",\"QAT\",\"OMN\"]}", 422, "unknown-members")
                        .fields("memberCodes[1]", "memberCodes[2]").ifMatch("\"3\""),
                bad("attendees withdrawn or not yet members", "PUT", "/api/v1/meetings/oslo-2021/attendance",
                        "{\"memberCodes\":[\"FRA\",\"DEU\",\"KEN\"]}", 422, "rule-violated")
                        .fields("memberCodes[0]").ifMatch("\"3\""),
                // communiqué
                bad("recommendation after adoption", "POST", "/api/v1/meetings/oslo-2021/recommendations",
                        RECOMMENDATION.replace("r-1", "r-2"), 409, "conflict").ifMatch("\"3\""),
                bad("recommendation id used by another meeting", "POST",
                        "/api/v1/meetings/pending-2021/recommendations", RECOMMENDATION, 409, "already-exists")
                        .fields("id").ifMatch("\"1\""),
                bad("recommendation with an unknown theme", "POST", "/api/v1/meetings/pending-2021/recommendations",
                        RECOMMENDATION.replace("PARTICIPATION", "WELLBEING"), 400, "invalid-request").fields("theme")
                        .ifMatch("\"1\""),
                bad("recommendation without a real summary", "POST", "/api/v1/meetings/pending-2021/recommendations",
                        RECOMMENDATION.replace("Include women in every negotiation team.", "tbd"), 400,
                        "invalid-request").fields("summary").ifMatch("\"1\""),
                bad("second adoption", "POST", "/api/v1/meetings/oslo-2021/communique",
                        "{\"adoptedOn\":\"2021-06-02\"}", 409, "conflict").ifMatch("\"3\""),
                bad("adoption before the meeting", "POST", "/api/v1/meetings/pending-2021/communique",
                        "{\"adoptedOn\":\"2021-08-01\"}", 422, "rule-violated").fields("adoptedOn").ifMatch("\"1\""),
                bad("adoption without a date", "POST", "/api/v1/meetings/pending-2021/communique", "{}", 400,
                        "invalid-request").fields("adoptedOn").ifMatch("\"1\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void isRefusedWithAProblemNamingWhatToCorrect(BadRequest bad) {
        bad.isRefusedBy(http);
    }

    @Test
    void aMemberBecomesValidWhenItsAdmissionEventArrives() {
        String tokyo = """
                {"id":"tokyo-2024","kind":"SIDE_EVENT","title":"Side event in Tokyo","startDate":"2024-02-01",
                 "endDate":"2024-02-01","city":"Tokyo","countryCode":"JPN","hostCodes":["JPN"]}""";
        assertThat(http.post("/api/v1/meetings", tokyo).status()).isEqualTo(422);

        try (EventPublisher publisher = new EventPublisher(service.kafkaBootstrapServers(),
                service.topic(Topics.MEMBERSHIP))) {
            publisher.publish(new MembershipHistory("JPN", "Japan", MemberType.STATE, Region.ASIA).admitted());
        }

        assertThat(NetworkMembers.onceMembersAreKnown(() -> http.post("/api/v1/meetings", tokyo)).status())
                .isEqualTo(201);
    }
}
