package org.wpsnetwork.membership;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.wpsnetwork.testsupport.RawHttp;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests the servlet container refuses before any service code runs are answered with problem+json like
 * every other error: never Tomcat's HTML page, never a 500, never an echo of what was sent.
 */
@ServiceIntegrationTest
class ContainerProblemsIT {

    record Raw(String what, List<String> lines, String body) {
        @Override
        public String toString() {
            return what;
        }
    }

    @Autowired
    Environment environment;

    static Stream<Raw> refusedByTheContainer() {
        String host = "Host: localhost";
        return Stream.of(
                new Raw("%00 in the path", List.of("GET /api/v1/members/%00 HTTP/1.1", host), null),
                new Raw("%2F in the path", List.of("GET /api/v1/members/A%2FB HTTP/1.1", host), null),
                new Raw("%5C in the path", List.of("GET /api/v1/members/A%5CB HTTP/1.1", host), null),
                new Raw("overlong UTF-8 in the path", List.of("GET /api/v1/members/%C0%AF HTTP/1.1", host), null),
                new Raw("a NUL in a header", List.of("GET /api/v1/members HTTP/1.1", host, "X-Test: a\0b"), null),
                new Raw("a header over 8 KB", List.of("GET /api/v1/members HTTP/1.1", host, "X-Big: " + "a".repeat(9000)),
                        null),
                new Raw("two Content-Length headers", List.of("POST /api/v1/members HTTP/1.1", host,
                        "Content-Type: application/json", "Content-Length: 2", "Content-Length: 2"), "{}"),
                new Raw("a malformed query string", List.of("GET /api/v1/members?status=%zz HTTP/1.1", host), null),
                new Raw("a space inside the path", List.of("GET /api/v1/mem bers HTTP/1.1", host), null),
                new Raw("a request line that is not HTTP", List.of("G(T /api/v1/members HTTP/1.1", host), null),
                new Raw("no Host header", List.of("GET /api/v1/members HTTP/1.1"), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedByTheContainer")
    void isRefusedWithProblemJson(Raw raw) {
        List<String> lines = new ArrayList<>(raw.lines());
        lines.add("Connection: close");
        RawHttp.Answer answer = RawHttp.send(environment.getRequiredProperty("local.server.port", Integer.class),
                lines, raw.body());

        assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
        assertThat(answer.header("content-type")).as(answer.toString()).startsWith("application/problem+json");
        JsonNode problem = JsonMapper.shared().readTree(answer.body());
        assertThat(problem.path("type").asString()).startsWith("urn:wps:problem:");
        assertThat(problem.path("status").asInt()).isEqualTo(answer.status());
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("correlationId").asString()).isNotBlank();
        assertThat(answer.body()).doesNotContain("<html", "Exception", "\tat ", "%00", "aaaa");
    }
}
