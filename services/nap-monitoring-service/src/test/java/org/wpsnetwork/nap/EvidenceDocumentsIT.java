package org.wpsnetwork.nap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.wpsnetwork.contracts.EventEnvelope;
import org.wpsnetwork.contracts.Topics;
import org.wpsnetwork.contracts.nap.ProgressReportEvidenceAdded;
import org.wpsnetwork.testsupport.Http;
import org.wpsnetwork.testsupport.PublishedEvents;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;
import org.wpsnetwork.testsupport.ServiceUnderTest;
import org.wpsnetwork.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents uploaded as evidence: typed by their content, at most 10 MiB, stored and streamed back; private ones
 * refused to another member's focal point, public ones to nobody signed in; a correction keeps them.
 */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceDocumentsIT {

    private static final byte[] PDF = ("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n"
            + "%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H',
            'D', 'R'};

    @Autowired
    ServiceUnderTest service;
    Http ghana;
    String reportPath;

    @BeforeAll
    void aReport() {
        Http http = service.http();
        NapFixtures.publish(service);
        ghana = http.as(TestTokens.focalPoint("GHA"));
        Http.Response plan = NapFixtures.onceReplicated(() -> http.post("/api/v1/members/GHA/action-plans",
                NapFixtures.PLAN_OF_EVERY_KIND.formatted("gha-nap-2")));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
        Http.Response report = NapFixtures.onceReplicated(() -> ghana.post(
                "/api/v1/action-plans/gha-nap-2/progress-reports", NapFixtures.REPORT_OF_EVERY_KIND));
        assertThat(report.status()).as(report.toString()).isEqualTo(201);
        reportPath = "/api/v1/progress-reports/" + report.json().path("id").asString();
    }

    @Test
    void aPrivateDocumentIsStreamedToTheMembersOwnUsersAndReviewersAndRefusedToAnotherMember() {
        Http.Response uploaded = ghana.postFile(reportPath + "/documents", Map.of("title", "Police staffing audit",
                "kind", "PUBLICATION", "indicatorCode", "W1"), "audit.pdf", PDF, "If-Match", "\"1\"");
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
        JsonNode evidence = uploaded.json().path("evidence").get(2);
        assertThat(evidence.path("visibility").asString()).as("private unless said").isEqualTo("PRIVATE");
        assertThat(evidence.path("document").path("contentType").asString()).isEqualTo("application/pdf");
        assertThat(evidence.path("document").path("size").asLong()).isEqualTo(PDF.length);
        String download = "/api/v1/evidence-documents/" + evidence.path("document").path("id").asString();

        Http.BytesResponse own = ghana.getBytes(download);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).isEqualTo(PDF);
        assertThat(service.http().as(TestTokens.peerReviewer()).getBytes(download).status()).isEqualTo(200);
        assertThat(service.http().as(TestTokens.secretariat()).getBytes(download).status()).isEqualTo(200);
        Http.Response otherMember = service.http().as(TestTokens.focalPoint("CHL")).get(download);
        assertThat(otherMember.status()).as("another member's focal point").isEqualTo(403);
        assertThat(otherMember.json().path("type").asString()).isEqualTo("urn:wps:problem:forbidden");
        assertThat(service.http().as(null).get(download).status()).as("nobody signed in").isEqualTo(401);

        Http.Response open = ghana.postFile(reportPath + "/documents", Map.of("title", "Mechanism in the gazette",
                "kind", "LEGISLATION", "visibility", "PUBLIC"), "gazette.png", PNG, "If-Match", "\"2\"");
        assertThat(open.status()).as(open.toString()).isEqualTo(200);
        String openDownload = "/api/v1/evidence-documents/" + open.json().path("evidence").get(3).path("document")
                .path("id").asString();
        Http.BytesResponse read = service.http().as(TestTokens.focalPoint("CHL")).getBytes(openDownload);
        assertThat(read.status()).as("public evidence, for anyone signed in").isEqualTo(200);
        assertThat(read.headers().get("content-type")).containsExactly("image/png");

        Http.Response corrected = ghana.put(reportPath, NapFixtures.REPORT_OF_EVERY_KIND.replace("\"value\":30}",
                "\"value\":31}").replaceFirst("}$", ",\"reason\":\"Mediators recounted\"}"), "If-Match", "\"3\"");
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json().path("evidence").findValuesAsString("title")).as("uploads stay, links are resent")
                .containsExactly("Police staffing report", "Cabinet decision", "Police staffing audit",
                        "Mechanism in the gazette");

        try (PublishedEvents published = new PublishedEvents(service.kafkaBootstrapServers(), service.topic(Topics.NAP))) {
            List<EventEnvelope<?>> events = published.forKey("GHA", all -> all.size() >= 5, Duration.ofSeconds(15));
            assertThat(events).extracting(EventEnvelope::eventType).contains("ProgressReportEvidenceAdded");
            assertThat(events.stream().filter(e -> e.payload() instanceof ProgressReportEvidenceAdded).count())
                    .isEqualTo(2);
        }
    }

    @Test
    void aDocumentIsTypedByItsContentAndRefusedOverTenMebibytes() {
        byte[] program = "MZ\u0090\u0000this is a Windows program".getBytes(StandardCharsets.ISO_8859_1);
        Http.Response renamed = ghana.postFile(reportPath + "/documents", Map.of("title", "Not a PDF", "kind",
                "OTHER"), "report.pdf", program, "If-Match", "*");
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(415);
        assertThat(renamed.json().path("errors").get(0).path("field").asString()).isEqualTo("file");

        byte[] large = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        Http.Response tooLarge = ghana.postFile(reportPath + "/documents", Map.of("title", "Too large", "kind",
                "DATASET"), "large.pdf", large, "If-Match", "*");
        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
        assertThat(tooLarge.header("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
    }
}
