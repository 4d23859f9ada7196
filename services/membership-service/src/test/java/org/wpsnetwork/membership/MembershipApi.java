package org.wpsnetwork.membership;

import org.wpsnetwork.testsupport.Http;

import static org.assertj.core.api.Assertions.assertThat;

/** Client-side steps the membership tests repeat, phrased as a secretariat user would act. */
final class MembershipApi {

    final Http http;

    MembershipApi(Http http) {
        this.http = http;
    }

    Http.Response admitState(String code, String name, String region) {
        return http.post("/api/v1/members", """
                {"code":"%s","name":"%s","type":"STATE","region":"%s","joinedOn":"2018-04-09"}"""
                .formatted(code, name, region));
    }

    /** Admits a member and answers its ETag. */
    String admitted(String code, String name, String region) {
        Http.Response response = admitState(code, name, region);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.header("ETag").orElseThrow();
    }

    Http.Response appoint(String code, String etag, String name, String email) {
        return http.put("/api/v1/members/" + code + "/focal-point", """
                {"name":"%s","title":"Ambassador","institution":"Ministry of Foreign Affairs","email":"%s",
                 "appointedOn":"2024-02-01"}""".formatted(name, email), "If-Match", etag);
    }

    String etagOf(String code) {
        return http.get("/api/v1/members/" + code).header("ETag").orElseThrow();
    }
}
