package org.wpsnetwork.testsupport;

import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One bad request and how a service must refuse it: the status, the problem type and the fields the problem
 * names. {@link #isRefusedBy} sends it and checks the RFC 9457 body, which must never carry a stack trace.
 */
public record BadRequest(String what, String method, String path, String body, int status, String type,
                         List<String> fields, String ifMatch) {

    public static BadRequest bad(String what, String method, String path, String body, int status, String type) {
        return new BadRequest(what, method, path, body, status, type, List.of(), null);
    }

    /** The fields the problem's errors must name. */
    public BadRequest fields(String... names) {
        return new BadRequest(what, method, path, body, status, type, List.of(names), ifMatch);
    }

    public BadRequest ifMatch(String etag) {
        return new BadRequest(what, method, path, body, status, type, fields, etag);
    }

    public void isRefusedBy(Http http) {
        Http.Response response = http.send(method, path, body,
                ifMatch == null ? new String[0] : new String[] {"If-Match", ifMatch});

        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).hasValueSatisfying(
                contentType -> assertThat(contentType).startsWith("application/problem+json"));
        JsonNode problem = response.json();
        assertThat(problem.path("type").asString()).as(response.toString()).isEqualTo("urn:wps:problem:" + type);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(problem.path("correlationId").asString()).isNotBlank();
        assertThat(problem.path("errors").findValuesAsString("field")).as(response.toString()).containsAll(fields);
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "trace");
    }

    @Override
    public String toString() {
        return what + " → " + status;
    }
}
