package org.wpsnetwork.launcher;

import org.wpsnetwork.testsupport.CsvLine;
import org.wpsnetwork.testsupport.Http;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The three groups at work in the web portal, in real headless Chromium through the real Keycloak sign-in page,
 * on a launched system with the network's record and demo data (EmbeddedSystemIT runs these on its system). What
 * the pages show is checked against what the APIs answer.
 */
final class PortalInTheBrowser {

    private static final String PASSWORD = EmbeddedKeycloak.DEVELOPMENT_PASSWORD;
    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private final String portal;
    private final Http nap;
    private final Http reporting;

    PortalInTheBrowser(String portal, Http nap, Http reporting) {
        this.portal = portal;
        this.nap = nap;
        this.reporting = reporting;
    }

    /**
     * focal.arg reports with a bad value, sees the message at that field, fixes it; the secretariat returns the
     * report with a reason; focal.arg sees the reason, corrects, resubmits; the secretariat sees what changed and
     * validates; the member's page and the dashboard then show the API's figures.
     */
    String aReportGoesThroughTheBrowserFromFormToValidation(String planId) {
        LocalDate today = LocalDate.now();
        String reportId;
        int reportsBefore = nap.get("/api/v1/action-plans/" + planId + "/progress-reports").json().size();
        try (Browser ana = Browser.open(portal, "focal.arg", "en")) {
            ana.signIn("focal.arg", PASSWORD);
            assertThat(ana.url()).as("a focal point lands on its member's page").endsWith("/members/ARG");
            ana.visit("member-page");
            ana.click("a[href='/plans/" + planId + "/reports/new']");
            ana.visit("report-form");
            ana.date("periodFrom", today.minusYears(1));
            ana.date("periodTo", today.minusDays(1));
            ana.type("value.P1", "130");
            ana.type("value.V1", "200");
            ana.click("#submit-report");
            assertThat(ana.text("#err-value\\.P1")).as("the API's refusal, at the field it names")
                    .isEqualTo("Must be a percentage from 0 to 100.");
            assertThat(ana.field("value.P1").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(ana.field("value.V1").getAttribute("value")).as("what was typed stays").isEqualTo("200");
            ana.visit("report-form-with-error");
            ana.type("value.P1", "35");
            // A double click sends the form once; a resent form would carry the same Idempotency-Key anyway.
            ana.script("const b = document.getElementById('submit-report'); b.click(); b.click();");
            await().atMost(DEADLINE).until(() -> ana.url().contains("/reports/"));
            ana.visit("report-submitted");
            reportId = ana.url().substring(ana.url().lastIndexOf('/') + 1);
            assertThat(ana.text("#report-state")).isEqualTo("Submitted");
            ana.upload("file", "negotiators-2026.pdf", "%PDF-1.4\n% delegation lists of both rounds\n");
            ana.type("title", "Delegation lists of both rounds");
            ana.click("form[enctype='multipart/form-data'] button");
            ana.visit("report-with-document");
            assertThat(ana.text(".banner.ok")).isEqualTo("The document was added to the report.");
            HttpResponse<byte[]> document = ana.download(ana.find("a[href^='/evidence-documents/']")
                    .getAttribute("href").replace(portal, ""));
            assertThat(document.statusCode()).isEqualTo(200);
            assertThat(new String(document.body(), StandardCharsets.UTF_8)).startsWith("%PDF-1.4");
            ana.signOut();
        }
        assertThat(nap.get("/api/v1/action-plans/" + planId + "/progress-reports").json().size())
                .as("one report for the double click").isEqualTo(reportsBefore + 1);

        String reason = "Please give the source of the negotiators' count";
        try (Browser sam = Browser.open(portal, "secretariat", "en")) {
            sam.signIn("secretariat", PASSWORD);
            sam.go("/review", "review-queue");
            sam.click("#queue a[href='/reports/" + reportId + "']");
            sam.visit("report-to-review");
            sam.type("reason", reason);
            sam.click("#return");
            sam.visit("report-returned");
            assertThat(sam.text("#report-state")).isEqualTo("Returned for correction");
            sam.signOut();
        }

        try (Browser ana = Browser.open(portal, "focal.arg", "en")) {
            ana.signIn("focal.arg", PASSWORD);
            ana.go("/reports/" + reportId, "returned-report");
            assertThat(ana.text("#return-reason")).contains(reason);
            ana.click("#return-reason a.button");
            ana.visit("correction-form");
            assertThat(ana.field("value.P1").getAttribute("value")).as("the form holds the report").isEqualTo("35");
            ana.type("value.P1", "38");
            ana.type("reason", "Source added: the delegation lists of both rounds");
            ana.click("#submit-report");
            await().atMost(DEADLINE).until(() -> ana.url().endsWith("/reports/" + reportId));
            ana.visit("report-resubmitted");
            assertThat(ana.text("#report-state")).isEqualTo("Submitted");
            ana.signOut();
        }

        try (Browser sam = Browser.open(portal, "secretariat", "en")) {
            sam.signIn("secretariat", PASSWORD);
            sam.go("/reports/" + reportId, "report-changed");
            assertThat(sam.text("section table del")).isEqualTo("35 %");
            assertThat(sam.text("section table ins")).isEqualTo("38 %");
            sam.click("#validate");
            sam.visit("report-validated");
            assertThat(sam.text("#report-state")).isEqualTo("Validated");

            JsonNode argentina = reporting.awaitJson("/api/v1/reports/members/ARG", DEADLINE, view ->
                    view.path("indicators").findParents("code").stream().anyMatch(i -> i.path("code").asString()
                            .equals("P1") && i.path("planId").asString().equals(planId)
                            && i.path("latestValue").asInt() == 38));
            JsonNode p1 = argentina.path("indicators").findParents("code").stream()
                    .filter(i -> i.path("code").asString().equals("P1") && i.path("planId").asString().equals(planId))
                    .findFirst().orElseThrow();
            sam.go("/members/ARG", "member-page-after-validation");
            String row = sam.all("tbody tr").stream().map(r -> r.getText())
                    .filter(text -> text.startsWith("P1 ")).findFirst().orElseThrow();
            assertThat(row).as("the member page shows the API's latest value and progress")
                    .contains("38 %", percent(p1.path("progressPercent").decimalValue().movePointLeft(2)));

            JsonNode network = reporting.get("/api/v1/reports/network").json();
            sam.go("/dashboard", "dashboard");
            assertThat(sam.text("a[href='/reporting'] .figure")).as("the reporting rate, as the API counts it")
                    .isEqualTo(percent(network.path("reporting").path("network").path("rate").decimalValue()));
            assertThat(sam.text("a[href='/members?status=ACTIVE'] .figure"))
                    .isEqualTo(String.valueOf(network.path("members").path("all").path("active").asInt()));
            sam.signOut();
        }
        return reportId;
    }

    /** Argentina's focal point cannot open Norway's report form: the page says so, and the API refuses too. */
    void aFocalPointCannotReportForAnotherMember(String norwaysPlan, String argentinasToken) {
        try (Browser ana = Browser.open(portal, "focal.arg", "en")) {
            ana.signIn("focal.arg", PASSWORD);
            ana.go("/plans/" + norwaysPlan + "/reports/new", "other-members-form");
            assertThat(ana.text("#problem-title")).isEqualTo("Not allowed");
            ana.go("/members/NOR", "other-members-page");
            assertThat(ana.text("#problem-title")).isEqualTo("Not allowed");
        }
        assertThat(nap.as(argentinasToken).get("/api/v1/action-plans/" + norwaysPlan).status()).isEqualTo(403);
        assertThat(nap.as(argentinasToken).post("/api/v1/action-plans/" + norwaysPlan + "/progress-reports", "{}")
                .status()).isEqualTo(403);
    }

    /** A reviewer compares Argentina, Norway and Kenya and takes the table away: the CSV holds the API's numbers. */
    void aReviewerComparesAndDownloadsTheTable(Http reviewersApi) {
        try (Browser reviewer = Browser.open(portal, "reviewer", "en")) {
            reviewer.signIn("reviewer", PASSWORD);
            reviewer.go("/compare", "compare-pick");
            reviewer.choose("#member-1", "ARG");
            reviewer.choose("#member-2", "NOR");
            reviewer.choose("#member-3", "KEN");
            reviewer.click("#compare");
            reviewer.find("#comparison");
            reviewer.visit("compare-table");

            JsonNode comparison = reviewersApi.get("/api/v1/reports/compare?members=ARG,NOR,KEN").json();
            Map<String, JsonNode> rows = new HashMap<>();
            comparison.path("rows").forEach(row -> rows.put(row.path("key").asString(), row));
            assertThat(reviewer.all("#comparison tr[data-key]")).as("every row of the API").hasSize(rows.size());
            List<List<String>> shown = reviewer.evaluate("return Array.from(document.querySelectorAll("
                    + "'#comparison td[data-value]')).map(td => [td.parentElement.dataset.key, td.dataset.column, "
                    + "td.dataset.value])");
            assertThat(shown).as("cells with a figure").isNotEmpty();
            for (List<String> cell : shown) {
                JsonNode value = rows.get(cell.get(0)).path("cells").path(cell.get(1)).path("value");
                assertThat(new BigDecimal(cell.get(2))).as(cell.get(0) + " of " + cell.get(1))
                        .isEqualByComparingTo(value.decimalValue());
            }

            HttpResponse<byte[]> csv = reviewer.download(reviewer.find("#download-csv").getAttribute("href")
                    .replace(portal, ""));
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("comparison.csv");
            List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
            List<String> header = CsvLine.fields(lines.get(0));
            assertThat(lines).as("a line per row, and the header").hasSize(rows.size() + 1);
            for (String line : lines.subList(1, lines.size())) {
                List<String> fields = CsvLine.fields(line);
                JsonNode cells = rows.get(fields.get(1)).path("cells");
                for (String code : List.of("ARG", "NOR", "KEN")) {
                    JsonNode cell = cells.path(code);
                    String value = fields.get(header.indexOf(code));
                    if (cell.path("value").isNumber()) {
                        assertThat(new BigDecimal(value)).as(fields.get(1) + " " + code)
                                .isEqualByComparingTo(cell.path("value").decimalValue());
                    }
                    assertThat(fields.get(header.indexOf(code) + 1)).isEqualTo(cell.path("covered").asInt() + "/"
                            + cell.path("of").asInt());
                }
            }
        }
    }

    /**
     * The secretariat keeps the record in the browser: appoints Chile's focal point (a bad e-mail address is shown
     * at its field first), opens the meetings, a meeting's attendance picker, the year's roles and the
     * notifications log; the operators see the events set aside in each service.
     */
    void theSecretariatKeepsTheRecordAndTheOperatorsWatch(Http membership, Http meetings) {
        try (Browser sam = Browser.open(portal, "secretariat", "en")) {
            sam.signIn("secretariat", PASSWORD);
            sam.go("/records/members/CHL", "member-record");
            sam.type("focalPoint.name", "Camila Rojas");
            sam.type("focalPoint.institution", "Ministry of Foreign Affairs");
            sam.type("focalPoint.email", "camila.rojas@ministerio"); // a browser takes it; the record wants a domain
            sam.date("focalPoint.appointedOn", LocalDate.now().minusDays(3));
            sam.click("#appoint");
            assertThat(sam.text("#err-focalPoint\\.email")).as("the API's refusal at its field")
                    .isEqualTo("Must be an e-mail address, such as name@example.org.");
            sam.visit("member-record-with-error");
            sam.type("focalPoint.email", "camila.rojas@example.org");
            sam.click("#appoint");
            sam.visit("member-record-saved");
            assertThat(sam.text(".banner.ok")).isEqualTo("The focal point was saved.");
            assertThat(membership.get("/api/v1/members/CHL").json().path("focalPoint").path("name").asString())
                    .isEqualTo("Camila Rojas");
            sam.go("/members/ARG/plans/new", "plan-form");
            sam.type("id", "arg-strategy-1");
            sam.choose("#kind", "STRATEGY");
            sam.type("title", "Strategy on women in peace operations");
            sam.type("generation", "1");
            sam.date("adoptedOn", LocalDate.now().minusMonths(1));
            sam.date("periodStart", LocalDate.now().minusMonths(1));
            sam.date("periodEnd", LocalDate.now().minusYears(1));
            sam.type("leadInstitution", "Ministry of Defence");
            sam.click("#pillar-PARTICIPATION");
            sam.type("indicator.0.code", "S1");
            sam.type("indicator.0.description", "Women among deployed officers");
            sam.type("indicator.0.baseline", "10");
            sam.type("indicator.0.target", "30");
            sam.click("#record-plan");
            assertThat(sam.text("#err-periodEnd")).as("the API's rule, at the field").startsWith("must not be before");
            sam.visit("plan-form-with-error");
            sam.go("/members/ARG", "member-page-to-extend");
            sam.click("details.no-print summary");
            sam.date("periodEnd", LocalDate.now().plusYears(5));
            sam.type("reason", "Extended by the cabinet to cover the next peace talks");
            sam.click("details.no-print button");
            sam.visit("plan-extended");
            assertThat(sam.text(".banner.ok")).isEqualTo("The plan was extended.");
            sam.go("/meetings", "meetings");
            sam.go("/meetings/rome-2026", "meeting-attendance");
            assertThat(sam.all("input[name='attended']:checked")).as("the attendance on record, ticked")
                    .hasSize(meetings.get("/api/v1/meetings/rome-2026").json().path("attendees").size());
            sam.go("/records/roles?year=2026", "network-roles");
            sam.go("/records/members/new", "admit-form");
            sam.go("/notifications", "notifications");
        }
        try (Browser ops = Browser.open(portal, "ops", "en")) {
            ops.signIn("ops", PASSWORD);
            ops.go("/dead-letters", "dead-letters");
            assertThat(ops.all("main h2")).as("one section per service").hasSize(4);
            // The views rebuilt from the log on the whole record: the page follows the rebuild until it is done.
            ops.go("/views", "views");
            ops.click("form[action='/views/rebuild'] button");
            String outcome = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                    .until(() -> ops.text("#rebuild h2"), heading -> heading.endsWith("done") || heading.endsWith("failed"));
            System.out.printf("Portal: %s; %s%n", outcome, ops.text("#rebuild p:nth-of-type(3)"));
            assertThat(outcome).isEqualTo("Rebuild: done");
            ops.visit("views-rebuilt");
        }
    }

    /**
     * The pages each group uses, in French and in Spanish (the secretariat sees them all, the report form for
     * Argentina included): translated throughout, accessible. The lists behind the dashboard's numbers are seen
     * in English too.
     */
    void thePagesSpeakFrenchAndSpanish(String planId, String reportId) {
        try (Browser sam = Browser.open(portal, "secretariat", "en")) {
            sam.signIn("secretariat", PASSWORD);
            sam.go("/members?reportingStatus=ON_TRACK", "members-on-track");
            sam.go("/reporting?status=LATE", "reporting-calendar-late");
            sam.go("/recommendations/rome-2026-1", "recommendation-members");
            sam.asPhone().go("/members/ARG", "member-page-on-a-phone");
            assertThat(sam.<Long>evaluate("return document.documentElement.scrollWidth"))
                    .as("nothing wider than the phone but the tables, which scroll in their own box").isLessThanOrEqualTo(400L);
        }
        for (String language : List.of("fr", "es")) {
            try (Browser sam = Browser.open(portal, "secretariat", language)) {
                sam.signIn("secretariat", PASSWORD);
                sam.visit("dashboard");
                for (String[] page : List.of(new String[] {"/members/ARG", "member-page"},
                        new String[] {"/plans/" + planId + "/reports/new", "report-form"},
                        new String[] {"/reports/" + reportId, "report"},
                        new String[] {"/review?state=VALIDATED", "review-queue"},
                        new String[] {"/compare?members=ARG,NOR,KEN", "compare-table"},
                        new String[] {"/recommendations", "recommendations"},
                        new String[] {"/reporting", "reporting-calendar"})) {
                    sam.go(page[0], page[1]);
                }
            }
        }
    }

    /** A percentage as the English pages write it (one decimal at most). */
    private static String percent(BigDecimal share) {
        NumberFormat format = NumberFormat.getPercentInstance(Locale.ENGLISH);
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

}
