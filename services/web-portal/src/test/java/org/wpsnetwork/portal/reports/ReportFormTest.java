package org.wpsnetwork.portal.reports;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The report form's fields become the API's report, and the API's errors find their way back to the fields. */
class ReportFormTest {

    private static final Map<String, Object> PLAN = Map.of("indicators", List.of(
            Map.of("code", "P1", "kind", "PERCENT"),
            Map.of("code", "W1", "kind", "COUNT", "dimensions", List.of("SEX")),
            Map.of("code", "L1", "kind", "YES_NO"),
            Map.of("code", "M1", "kind", "MILESTONE", "stages", List.of("Drafted", "Approved"))));

    private static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    @Test
    void onlyWhatWasFilledInIsSentInEachKindsForm() {
        ReportForm form = new ReportForm(PLAN, fields("periodFrom", "2025-01-01", "periodTo", "2025-12-31",
                "value.P1", "12,5", "breakdown.W1.SEX.WOMEN", "30", "breakdown.W1.SEX.MEN", "70",
                "achieved.L1", "true", "achievedOn.L1", "2025-06-01", "stage.M1", "",
                "completion.rome-2026-1", "LIMITED", "done.rome-2026-1", "Trained 40 mediators",
                "completion.rome-2026-2", "", "evidenceUrl", "https://example.org/report.pdf", "evidenceTitle", "Report"));

        Map<String, Object> report = form.report("fr");

        assertThat(report.get("indicatorValues")).isEqualTo(List.of(
                Map.of("code", "P1", "value", new BigDecimal("12.5")),
                Map.of("code", "W1", "breakdown", List.of(
                        Map.of("dimension", "SEX", "category", "WOMEN", "value", new BigDecimal("30")),
                        Map.of("dimension", "SEX", "category", "MEN", "value", new BigDecimal("70")))),
                Map.of("code", "L1", "achieved", true, "achievedOn", "2025-06-01")));
        assertThat(report.get("recommendationStatuses")).as("the one not reported is left out").isEqualTo(List.of(
                Map.of("recommendationId", "rome-2026-1", "completion", "LIMITED",
                        "narrative", Map.of("done", "Trained 40 mediators", "language", "fr"))));
        assertThat(report.get("evidence")).isEqualTo(List.of(Map.of("title", "Report",
                "url", "https://example.org/report.pdf", "kind", "PUBLICATION", "visibility", "PRIVATE")));
        assertThat(form.numberErrors()).isEmpty();
    }

    @Test
    void theApisErrorsByPositionLandOnTheFieldsTheyCameFrom() {
        ReportForm form = new ReportForm(PLAN, fields("value.P1", "130", "breakdown.W1.SEX.WOMEN", "-1",
                "breakdown.W1.SEX.MEN", "3", "completion.rome-2026-1", "LIMITED", "obstacles.rome-2026-1", "x"));
        form.report("en");

        assertThat(form.fieldOf("indicatorValues[0].value")).isEqualTo("value.P1");
        assertThat(form.fieldOf("indicatorValues[1].breakdown[0].value")).isEqualTo("breakdown.W1.SEX.WOMEN");
        assertThat(form.fieldOf("indicatorValues[1].breakdown")).isEqualTo("value.W1");
        assertThat(form.fieldOf("recommendationStatuses[0].completion")).isEqualTo("completion.rome-2026-1");
        assertThat(form.fieldOf("recommendationStatuses[0].narrative.obstacles")).isEqualTo("obstacles.rome-2026-1");
        assertThat(form.fieldOf("periodTo")).isEqualTo("periodTo");
        assertThat(form.fieldOf("evidence[0].url")).isEqualTo("evidenceUrl");
    }

    @Test
    void aValueThatIsNoNumberIsCaughtBeforeAnythingIsSent() {
        ReportForm form = new ReportForm(PLAN, fields("value.P1", "twelve"));
        form.report("en");
        assertThat(form.numberErrors()).containsEntry("value.P1", "form.notANumber");
    }

    @Test
    void aCorrectionStartsFromTheReportAndKeepsTheEvidenceTheFormDoesNotShow() {
        Map<String, Object> sent = Map.of("periodFrom", "2025-01-01", "periodTo", "2025-12-31",
                "indicatorValues", List.of(Map.of("code", "P1", "value", 12.5)),
                "recommendationStatuses", List.of(Map.of("recommendationId", "rome-2026-1", "completion", "COMPLETE",
                        "narrative", Map.of("done", "Done", "language", "en"))),
                "evidence", List.of(Map.of("title", "First", "url", "https://example.org/1", "kind", "DATASET",
                        "visibility", "PUBLIC"), Map.of("title", "Second", "url", "https://example.org/2",
                        "kind", "MEDIA", "visibility", "PRIVATE")));

        Map<String, String> fields = ReportForm.fieldsOf(sent);
        assertThat(fields).containsEntry("value.P1", "12.5").containsEntry("completion.rome-2026-1", "COMPLETE")
                .containsEntry("done.rome-2026-1", "Done").containsEntry("evidenceUrl", "https://example.org/1");
        Map<String, Object> corrected = new ReportForm(PLAN, fields).keeping(sent).report("en");
        assertThat((List<?>) corrected.get("evidence")).hasSize(2);
    }
}
