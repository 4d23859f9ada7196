package org.wpsnetwork.nap.reports;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.wpsnetwork.contracts.Actor;
import org.wpsnetwork.contracts.nap.IndicatorValue;
import org.wpsnetwork.contracts.nap.ProgressReportReturned;
import org.wpsnetwork.contracts.nap.ProgressReportSnapshot;
import org.wpsnetwork.contracts.nap.ReportState;
import org.wpsnetwork.kit.events.Change;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.kit.web.ProblemType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The report workflow, without a database: each step gives the report afterwards and the event it produced. */
class ProgressReportTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Actor FOCAL_POINT = new Actor("u-nor", "Nora Focal", "focal-point", "NOR");
    private static final Actor SECRETARIAT = new Actor("u-sec", "Sam Secretariat", "secretariat", null);

    private static ProgressReportSnapshot revision(int number, String value) {
        return new ProgressReportSnapshot("r1", "nor-nap-1", "NOR", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                List.of(IndicatorValue.of("P1", new BigDecimal(value), null)), List.of(), "focal point",
                LocalDate.of(2026, 1, 15), ReportState.SUBMITTED, number, false, List.of());
    }

    private static ProgressReport submitted() {
        return ProgressReport.submit(revision(1, "18"), FOCAL_POINT, NOW).state();
    }

    @Test
    void aReturnedReportKeepsTheReasonAndOpensForCorrectionWhichKeepsTheEarlierRevision() {
        Change<ProgressReport> returned = submitted().returnForCorrection(SECRETARIAT, "P1 has no source", NOW);

        assertThat(returned.state().current().state()).isEqualTo(ReportState.RETURNED);
        assertThat(((ProgressReportReturned) returned.events().get(0).payload()).reason()).isEqualTo("P1 has no source");
        assertThat(refused(() -> returned.state().validate(SECRETARIAT, NOW)).type()).isEqualTo(ProblemType.CONFLICT);

        ProgressReport corrected = returned.state().correct(revision(2, "19"), " source added ", FOCAL_POINT, NOW)
                .state();

        assertThat(corrected.current().revision()).isEqualTo(2);
        assertThat(corrected.previousRevisions()).extracting(ProgressReportSnapshot::revision).containsExactly(1);
        assertThat(corrected.history()).extracting(ProgressReport.Transition::action)
                .containsExactly("SUBMITTED", "RETURNED", "CORRECTED");
        assertThat(corrected.history().get(2).reason()).isEqualTo("source added");
        assertThat(corrected.history()).extracting(ProgressReport.Transition::by)
                .containsExactly("Nora Focal", "Sam Secretariat", "Nora Focal");
        assertThat(corrected.history()).extracting(ProgressReport.Transition::onBehalf).containsOnly(false);
    }

    @Test
    void theSecretariatEnteringAMembersReportIsRecordedAsActingOnItsBehalf() {
        ProgressReport entered = ProgressReport.submit(revision(1, "18"), SECRETARIAT, NOW).state();

        assertThat(entered.history().get(0).actor()).isEqualTo(SECRETARIAT);
        assertThat(entered.history().get(0).onBehalf()).isTrue();
    }

    @Test
    void theSameContentAgainChangesNothingEvenWrittenWithAnotherScale() {
        assertThat(submitted().correct(revision(2, "18.00"), "again", FOCAL_POINT, NOW).changesNothing()).isTrue();
    }

    @Test
    void aValidatedReportNeverChangesAndACorrectionNeedsAReason() {
        ProgressReport validated = submitted().validate(SECRETARIAT, NOW).state();

        assertThat(validated.current().state()).isEqualTo(ReportState.VALIDATED);
        assertThat(refused(() -> validated.correct(revision(2, "20"), "late change", FOCAL_POINT, NOW)).type())
                .isEqualTo(ProblemType.CONFLICT);
        assertThat(refused(() -> validated.returnForCorrection(SECRETARIAT, "why", NOW)).type())
                .isEqualTo(ProblemType.CONFLICT);
        assertThat(refused(() -> submitted().correct(revision(2, "20"), null, FOCAL_POINT, NOW)).type())
                .isEqualTo(ProblemType.INVALID_REQUEST);
    }

    @Test
    void aReportKeepsAtMostTheMaximumNumberOfRevisions() {
        ProgressReport report = submitted();
        for (int next = 2; next <= ProgressReport.MAX_REVISIONS; next++) {
            report = report.correct(revision(next, String.valueOf(next)), "revision " + next, FOCAL_POINT, NOW).state();
        }
        ProgressReport full = report;

        assertThat(full.current().revision()).isEqualTo(ProgressReport.MAX_REVISIONS);
        assertThat(refused(() -> full.correct(revision(full.nextRevision(), "99"), "one more", FOCAL_POINT, NOW)).type())
                .isEqualTo(ProblemType.CONFLICT);
    }

    private static ApiProblemException refused(ThrowingCallable change) {
        ApiProblemException problem = catchThrowableOfType(ApiProblemException.class, change);
        assertThat(problem).as("the change is refused").isNotNull();
        return problem;
    }
}
