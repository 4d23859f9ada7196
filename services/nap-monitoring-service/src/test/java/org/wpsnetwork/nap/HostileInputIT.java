package org.wpsnetwork.nap;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.wpsnetwork.testsupport.Http;
import org.wpsnetwork.testsupport.HostileInputTest;
import org.wpsnetwork.testsupport.HostileRequests.Endpoint;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;

import java.util.List;


/** Fault test R6 for nap-monitoring-service: generated hostile requests over every endpoint (see {@code HostileRequests}). */
@ServiceIntegrationTest
@TestPropertySource(properties = "wps.test.isolated-context=probes")
class HostileInputIT extends HostileInputTest {

    @Test
    void noGeneratedRequestGetsAServerErrorAndNoRefusedOneStoresAnything() {
        Http http = service.http();
        NapFixtures.publish(service);
        NapFixtures.adopted(http, "KEN", "ken-nap-3", 3);
        String reportId = NapFixtures.submitted(http, "ken-nap-3");
        List<Endpoint> endpoints = List.of(
                Endpoint.of("POST", "/api/v1/members/KEN/action-plans",
                        NapFixtures.plan("ken-rap-1", 4, "2022-03-01", "2027-01-01", "2030-12-31")),
                Endpoint.of("GET", "/api/v1/members/KEN/action-plans", null),
                Endpoint.of("GET", "/api/v1/action-plans/ken-nap-3", null),
                Endpoint.of("POST", "/api/v1/action-plans/ken-nap-3/extension",
                        "{\"periodEnd\":\"2027-12-31\",\"reason\":\"More time\"}").withIfMatch("\"1\""),
                Endpoint.of("POST", "/api/v1/action-plans/ken-nap-3/progress-reports",
                        NapFixtures.report("2024-01-01", "2024-12-31", "18.5", "SUBSTANTIAL")),
                Endpoint.of("GET", "/api/v1/action-plans/ken-nap-3/progress-reports", null),
                Endpoint.of("GET", "/api/v1/progress-reports/" + reportId, null),
                Endpoint.of("PUT", "/api/v1/progress-reports/" + reportId,
                        NapFixtures.correction("2023-01-01", "2023-12-31", "16", "LIMITED", "Fixed")).withIfMatch("\"1\""),
                Endpoint.of("POST", "/api/v1/progress-reports/" + reportId + "/return", "{\"reason\":\"Incomplete\"}")
                        .withIfMatch("\"1\""),
                Endpoint.of("POST", "/api/v1/progress-reports/" + reportId + "/validation", null).withIfMatch("\"1\""),
                // Every kind of indicator, breakdowns, stages, evidence: the rules that read them must refuse, not fail.
                Endpoint.of("POST", "/api/v1/members/MLI/action-plans", NapFixtures.PLAN_OF_EVERY_KIND.formatted(
                        "mli-nap-2")),
                Endpoint.of("PUT", "/api/v1/action-plans/ken-nap-3/indicators/P1/status-override",
                        "{\"status\":\"LIMITED\",\"reason\":\"Survey incomplete\"}").withIfMatch("\"1\""),
                Endpoint.of("POST", "/api/v1/reference-indicators", """
                        {"code":"PROTECTION.SHELTERS","name":"Shelters for survivors","pillar":"PROTECTION",
                         "kind":"COUNT","unit":"shelters","direction":"INCREASE"}"""),
                Endpoint.of("PUT", "/api/v1/admin/unreadable-records/action_plans/ken-nap-3",
                        "{\"reason\":\"Restated\",\"values\":{\"indicators[0].baseline\":11}}").withIfMatch("\"1\""));

        noRequestBreaks("nap-monitoring-service", 400, endpoints);
    }
}
