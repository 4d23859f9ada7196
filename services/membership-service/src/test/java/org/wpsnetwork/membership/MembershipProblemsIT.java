package org.wpsnetwork.membership;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wpsnetwork.testsupport.BadRequest;
import org.wpsnetwork.testsupport.Http;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;
import org.wpsnetwork.testsupport.ServiceUnderTest;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wpsnetwork.testsupport.BadRequest.bad;

/**
 * Every kind of bad input of the membership contract is refused with its status and a problem+json body
 * that names what to correct, and never with a stack trace.
 */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MembershipProblemsIT {

    @Autowired
    ServiceUnderTest service;

    private static final String VALID = """
            {"code":"DNK","name":"Denmark","type":"STATE","region":"EUROPE","joinedOn":"2016-09-23"}""";
    private static final String FOCAL_POINT = """
            {"name":"Mette Holm","institution":"Ministry of Foreign Affairs","email":"mh@example.dk","appointedOn":"2024-01-10"}""";

    MembershipApi api;

    @BeforeAll
    void members() {
        api = new MembershipApi(service.http());
        api.admitted("DEU", "Germany", "EUROPE");
        String etag = api.admitted("FRA", "France", "EUROPE");
        api.http.post("/api/v1/members/FRA/withdrawal", "{\"effectiveOn\":\"2024-12-31\"}", "If-Match", etag);
    }

    static Stream<BadRequest> badRequests() {
        return Stream.of(
                // syntax → 400, naming the field
                bad("malformed JSON", "POST", "/api/v1/members", "{\"code\":\"DNK\",", 400, "malformed-json"),
                bad("trailing junk", "POST", "/api/v1/members", VALID + " x", 400, "malformed-json"),
                bad("duplicate key", "POST", "/api/v1/members", VALID.replace("{", "{\"code\":\"SWE\","), 400,
                        "malformed-json"),
                bad("no body", "POST", "/api/v1/members", null, 400, "invalid-request"),
                bad("array instead of object", "POST", "/api/v1/members", "[]", 400, "invalid-request"),
                bad("unknown field", "POST", "/api/v1/members", VALID.replace("{", "{\"nickname\":\"x\","), 400,
                        "invalid-request").fields("nickname"),
                bad("code not upper-case letters", "POST", "/api/v1/members", VALID.replace("DNK", "dk1"), 400,
                        "invalid-request").fields("code"),
                bad("state code not ISO 3166", "POST", "/api/v1/members", VALID.replace("DNK", "XYZ"), 400,
                        "invalid-request").fields("code"),
                bad("organization with a country code", "POST", "/api/v1/members",
                        VALID.replace("\"STATE\"", "\"REGIONAL_ORGANIZATION\""), 400,
                        "invalid-request").fields("code"),
                bad("impossible date", "POST", "/api/v1/members", VALID.replace("2016-09-23", "2016-13-01"), 400,
                        "invalid-request").fields("joinedOn"),
                bad("unknown type", "POST", "/api/v1/members", VALID.replace("\"STATE\"", "\"PLANET\""), 400,
                        "invalid-request").fields("type"),
                bad("number for name", "POST", "/api/v1/members", VALID.replace("\"Denmark\"", "42"), 400,
                        "invalid-request").fields("name"),
                bad("missing fields", "POST", "/api/v1/members", "{\"code\":\"DNK\"}", 400,
                        "invalid-request").fields("joinedOn", "name", "region", "type"),
                bad("blank name", "POST", "/api/v1/members", VALID.replace("\"Denmark\"", "\" \""), 400,
                        "invalid-request").fields("name"),
                // domain rules → 422, 409
                bad("joined in the future", "POST", "/api/v1/members", VALID.replace("2016-09-23", "2099-01-01"), 422,
                        "rule-violated").fields("joinedOn"),
                bad("joined before the network existed", "POST", "/api/v1/members",
                        VALID.replace("2016-09-23", "2010-01-01"), 422, "rule-violated").fields("joinedOn"),
                bad("state said to be transregional", "POST", "/api/v1/members",
                        VALID.replace("EUROPE", "TRANSREGIONAL"), 422, "rule-violated").fields("region"),
                bad("code exists", "POST", "/api/v1/members", VALID.replace("DNK", "DEU"), 409, "already-exists"),
                bad("unknown member", "GET", "/api/v1/members/ZZZ", null, 404, "not-found"),
                bad("unknown filter value", "GET", "/api/v1/members?status=SLEEPING", null, 400,
                        "invalid-request").fields("status"),
                // optimistic concurrency
                bad("change without If-Match", "PATCH", "/api/v1/members/DEU", "{\"name\":\"x\"}", 428,
                        "if-match-required"),
                bad("change of an old version", "PATCH", "/api/v1/members/DEU", "{\"name\":\"x\"}", 412,
                        "version-mismatch").ifMatch("\"7\""),
                bad("If-Match not an entity tag", "PATCH", "/api/v1/members/DEU", "{\"name\":\"x\"}", 400,
                        "invalid-request").fields("If-Match").ifMatch("1"),
                bad("patch with nothing to change", "PATCH", "/api/v1/members/DEU", "{}", 400,
                        "invalid-request").fields("name", "region"),
                bad("patch of an unknown member", "PATCH", "/api/v1/members/ZZZ", "{\"name\":\"x\"}", 404,
                        "not-found").ifMatch("\"1\""),
                // withdrawal
                bad("withdrawal without a date", "POST", "/api/v1/members/DEU/withdrawal", "{}", 400,
                        "invalid-request").fields("effectiveOn"),
                bad("withdrawal before joining", "POST", "/api/v1/members/DEU/withdrawal",
                        "{\"effectiveOn\":\"2017-01-01\"}", 422,
                        "rule-violated").fields("effectiveOn").ifMatch("\"1\""),
                bad("second withdrawal", "POST", "/api/v1/members/FRA/withdrawal", "{\"effectiveOn\":\"2025-01-01\"}",
                        409, "conflict").ifMatch("\"2\""),
                // focal points
                bad("focal point with a bad e-mail", "PUT", "/api/v1/members/DEU/focal-point",
                        FOCAL_POINT.replace("mh@example.dk", "mh-at-example"), 400,
                        "invalid-request").fields("email"),
                bad("focal point for a former member", "PUT", "/api/v1/members/FRA/focal-point", FOCAL_POINT, 409,
                        "conflict").ifMatch("\"2\""),
                bad("vacating a post nobody holds", "DELETE", "/api/v1/members/DEU/focal-point", null, 404,
                        "not-found").ifMatch("\"1\""),
                // network roles
                bad("roles of a year before the network", "PUT", "/api/v1/network/roles/1999", "{\"assignments\":[]}",
                        400, "invalid-request").fields("year").ifMatch("\"0\""),
                bad("roles for a year that is not a number", "GET", "/api/v1/network/roles/twenty", null, 400,
                        "invalid-request").fields("year"),
                bad("unknown role", "PUT", "/api/v1/network/roles/2023",
                        "{\"assignments\":[{\"memberCode\":\"DEU\",\"role\":\"KING\"}]}", 400,
                        "invalid-request").fields("assignments[0].role").ifMatch("\"0\""),
                bad("the same assignment twice", "PUT", "/api/v1/network/roles/2023",
                        "{\"assignments\":[{\"memberCode\":\"DEU\",\"role\":\"CHAIR\"},{\"memberCode\":\"DEU\",\"role\":\"CHAIR\"}]}",
                        400, "invalid-request").fields("assignments[1]").ifMatch("\"0\""),
                bad("roles for unknown and withdrawn members", "PUT", "/api/v1/network/roles/2025",
                        "{\"assignments\":[{\"memberCode\":\"DEU\",\"role\":\"CO_CHAIR\"},{\"memberCode\":\"QAT\",\"role\":\"CO_CHAIR\"},{\"memberCode\":\"FRA\",\"role\":\"TROIKA\"}]}",
                        422, "rule-violated").fields("assignments[1].memberCode",
                        "assignments[2].memberCode").ifMatch("\"0\""),
                bad("roles without If-Match", "PUT", "/api/v1/network/roles/2023", "{\"assignments\":[]}", 428,
                        "if-match-required"),
                // HTTP level
                bad("region padded with spaces", "POST", "/api/v1/members", VALID.replace("\"EUROPE\"", "\" EUROPE \""),
                        400, "invalid-request").fields("region"),
                bad("name with control characters", "POST", "/api/v1/members",
                        VALID.replace("\"Denmark\"", "\"Den\\u0000mark\\u001b\""), 400, "invalid-request").fields("name"),
                bad("join date as an array", "POST", "/api/v1/members",
                        VALID.replace("\"2016-09-23\"", "[2016,9,23]"), 400, "invalid-request").fields("joinedOn"),
                bad("join date with a time", "POST", "/api/v1/members",
                        VALID.replace("\"2016-09-23\"", "\"2016-09-23T00:00:00Z\""), 400, "invalid-request")
                        .fields("joinedOn"),
                bad("join date in year +99999", "POST", "/api/v1/members",
                        VALID.replace("\"2016-09-23\"", "\"+99999-09-23\""), 400, "invalid-request").fields("joinedOn"),
                bad("filter value padded with spaces", "GET", "/api/v1/members?region=%20ASIA%20", null, 400,
                        "invalid-request").fields("region"),
                bad("filter value in lower case", "GET", "/api/v1/members?status=active", null, 400,
                        "invalid-request").fields("status"),
                bad("year with a trailing space", "GET", "/api/v1/network/roles/2019%20", null, 400,
                        "invalid-request").fields("year"),
                bad("year written as 2.019e3", "GET", "/api/v1/network/roles/2.019e3", null, 400, "invalid-request")
                        .fields("year"),
                bad("page 0", "GET", "/api/v1/members?page=0", null, 400, "invalid-request").fields("page"),
                bad("a page of 501", "GET", "/api/v1/members?limit=501", null, 400, "invalid-request").fields("limit"),
                bad("limit written as 1e2", "GET", "/api/v1/members?limit=1e2", null, 400, "invalid-request")
                        .fields("limit"),
                bad("two limits", "GET", "/api/v1/network/roles?limit=5&limit=6", null, 400, "invalid-request")
                        .fields("limit"),
                bad("unknown path", "GET", "/api/v1/nothing-here", null, 404, "not-found"),
                bad("method not allowed", "DELETE", "/api/v1/members", null, 405, "method-not-allowed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void isRefusedWithAProblemNamingWhatToCorrect(BadRequest bad) {
        bad.isRefusedBy(api.http);
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedBeforeItIsRead() {
        String huge = VALID.replace("\"Denmark\"", "\"" + "x".repeat(1_100_000) + "\"");

        Http.Response response = api.http.post("/api/v1/members", huge);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().path("type").asString()).isEqualTo("urn:wps:problem:payload-too-large");
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedAsAnUnsupportedMediaType() {
        Http.Response response = api.http.send("POST", "/api/v1/members", null, "Content-Type", "text/plain");

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.json().path("type").asString()).isEqualTo("urn:wps:problem:unsupported-media-type");
    }
}
