package org.wpsnetwork.membership;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.wpsnetwork.testsupport.Http;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;
import org.wpsnetwork.testsupport.ServiceUnderTest;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A list is read page by page, following the Link header, and the pages together are the whole list once. */
@ServiceIntegrationTest
@TestPropertySource(properties = "wps.test.isolated-context=pagination")
class PaginationIT {

    @Autowired
    ServiceUnderTest service;

    @Test
    void followingTheNextLinksReadsEveryMemberOnce() {
        MembershipApi api = new MembershipApi(service.http());
        List<String> codes = List.of("AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK");
        codes.forEach(code -> api.admitted(code, "Member " + code, "EUROPE"));
        Http http = service.http();

        List<String> read = new ArrayList<>();
        String next = "/api/v1/members?limit=3";
        int pages = 0;
        while (next != null) {
            Http.Response page = http.get(next);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.header("X-Total-Count")).contains("7");
            page.json().forEach(member -> read.add(member.path("code").asString()));
            pages++;
            next = page.header("Link").map(link -> link.substring(link.indexOf("/api/"), link.indexOf('>'))).orElse(null);
        }

        assertThat(pages).isEqualTo(3);
        assertThat(read).containsExactlyElementsOf(codes.stream().sorted().toList());
        assertThat(http.get("/api/v1/members?page=4&limit=3").json().size()).isZero();
    }
}
