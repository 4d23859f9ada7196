package org.wpsnetwork.meetings;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.wpsnetwork.kit.security.AccessMatrixTest;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may do what in meetings-service: the matrix of its access rules. */
@ServiceIntegrationTest
@TestPropertySource(properties = "wps.test.isolated-context=probes")
class AccessMatrixIT extends AccessMatrixTest {

    @Test
    void everyEndpointAnswersEveryPersonaAsTheTableSays() {
        NetworkMembers.publish(service);
        assertThat(NetworkMembers.onceMembersAreKnown(() -> service.http().post("/api/v1/meetings", """
                {"id":"bern-2021","kind":"CAPITAL_LEVEL","title":"Meeting in Bern","startDate":"2021-09-01",
                 "endDate":"2021-09-02","city":"Bern","countryCode":"CHE","hostCodes":["DEU"]}""")).status())
                .isEqualTo(201);

        everyAnswerIsAsTheTableSays("meetings-service", "DEU", "ESP", Map.of("id", "bern-2021",
                "collection", "meetings"), Map.of());
    }
}
