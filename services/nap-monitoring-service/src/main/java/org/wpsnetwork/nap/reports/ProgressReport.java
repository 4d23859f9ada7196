package org.wpsnetwork.nap.reports;

import org.wpsnetwork.contracts.Actor;
import org.wpsnetwork.contracts.nap.CategoryValue;
import org.wpsnetwork.contracts.nap.Evidence;
import org.wpsnetwork.contracts.nap.IndicatorValue;
import org.wpsnetwork.contracts.nap.ProgressReportCorrected;
import org.wpsnetwork.contracts.nap.ProgressReportEvidenceAdded;
import org.wpsnetwork.contracts.nap.ProgressReportReturned;
import org.wpsnetwork.contracts.nap.ProgressReportSnapshot;
import org.wpsnetwork.contracts.nap.ProgressReportSubmitted;
import org.wpsnetwork.contracts.nap.ProgressReportValidated;
import org.wpsnetwork.contracts.nap.ReportState;
import org.wpsnetwork.kit.events.Change;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.kit.web.FieldViolation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.wpsnetwork.contracts.nap.NapEvents.PROGRESS_REPORT_CORRECTED;
import static org.wpsnetwork.contracts.nap.NapEvents.PROGRESS_REPORT_EVIDENCE_ADDED;
import static org.wpsnetwork.contracts.nap.NapEvents.PROGRESS_REPORT_RETURNED;
import static org.wpsnetwork.contracts.nap.NapEvents.PROGRESS_REPORT_SUBMITTED;
import static org.wpsnetwork.contracts.nap.NapEvents.PROGRESS_REPORT_VALIDATED;

/**
 * A progress report with its whole history: the current revision (stored as its events carry it), every
 * transition (who, when, why) and every earlier revision as it was submitted. Immutable: every step of the
 * workflow (SUBMITTED → RETURNED → corrected, SUBMITTED … → VALIDATED) checks where the report stands and
 * returns the report afterwards with the event that says what happened. Whether a revision fits its plan is
 * checked before it gets here.
 */
public record ProgressReport(ProgressReportSnapshot current, List<Transition> history,
                             List<ProgressReportSnapshot> previousRevisions) {

    /**
     * The most revisions one report keeps (the first submission and its corrections). Every revision is kept
     * whole in the report's one document, so this bounds it well below the database's 16 MB per document.
     */
    public static final int MAX_REVISIONS = 20;

    /**
     * One step of the workflow: SUBMITTED, CORRECTED, RETURNED or VALIDATED; RESTATED for an administrator's repair.
     *
     * @param by       the actor's name (kept for readers of steps recorded before sign-in, which have no actor)
     * @param actor    who took the step, from their access token
     * @param onBehalf true when the secretariat (or the tools client) submitted or corrected for the member
     */
    public record Transition(String action, ReportState state, int revision, String by, Actor actor, boolean onBehalf,
                             Instant at, String reason) {

        static Transition by(Actor actor, String member, String action, ReportState state, int revision, Instant at,
                             String reason) {
            return new Transition(action, state, revision, actor.name(), actor, actor.actsOnBehalfOf(member), at,
                    reason);
        }
    }

    /** When it last changed state: its submission, return, resubmission or validation. */
    public Instant lastChangedAt() {
        return history.get(history.size() - 1).at();
    }

    /** A first revision, submitted by {@code by} at {@code at}. */
    static Change<ProgressReport> submit(ProgressReportSnapshot report, Actor by, Instant at) {
        ProgressReport submitted = new ProgressReport(report, List.of(Transition.by(by, report.memberCode(),
                "SUBMITTED", ReportState.SUBMITTED, 1, at, null)), List.of());
        return Change.of(submitted, PROGRESS_REPORT_SUBMITTED, new ProgressReportSubmitted(report));
    }

    /**
     * Whether a correction may be made at all, checked before the revision is built.
     *
     * @throws ApiProblemException 409 once VALIDATED or at {@link #MAX_REVISIONS}, 400 without a reason
     */
    void requireCorrectable(String reason) {
        if (current.state() == ReportState.VALIDATED) {
            throw ApiProblemException.conflict("Report " + current.id() + " is validated and can no longer change");
        }
        if (reason == null) {
            throw ApiProblemException.invalid(FieldViolation.of("reason", "must say why the report is corrected"));
        }
        if (current.revision() >= MAX_REVISIONS) {
            throw ApiProblemException.conflict("Report " + current.id() + " already has " + MAX_REVISIONS
                    + " revisions, the most one report keeps; submit a new report for the period instead");
        }
    }

    /** The number the next revision gets. */
    int nextRevision() {
        return current.revision() + 1;
    }

    /**
     * A whole corrected revision, submitted again by {@code by}; the earlier one is kept. The same content as a
     * SUBMITTED report changes nothing, whoever sends it.
     */
    Change<ProgressReport> correct(ProgressReportSnapshot revised, String reason, Actor by, Instant at) {
        requireCorrectable(reason);
        if (current.state() == ReportState.SUBMITTED && sameContent(current, revised)) {
            return Change.none(this);
        }
        String why = reason.trim();
        ProgressReport corrected = then(revised, Transition.by(by, current.memberCode(), "CORRECTED",
                ReportState.SUBMITTED, revised.revision(), at, why), true);
        return Change.of(corrected, PROGRESS_REPORT_CORRECTED, new ProgressReportCorrected(revised, why));
    }

    /**
     * The report with figures an administrator restated (see the kit's restatement), e.g. values an older
     * version stored in a form that cannot be read; kept in the history with the reason. Consumers learn it as a
     * correction of the current revision.
     */
    Change<ProgressReport> restate(Actor by, String reason, Instant at) {
        ProgressReport restated = then(current, Transition.by(by, null, "RESTATED", current.state(),
                current.revision(), at, reason), false);
        return Change.of(restated, PROGRESS_REPORT_CORRECTED, new ProgressReportCorrected(current, reason));
    }

    /**
     * A document uploaded as evidence, kept among the report's evidence (through later corrections too) and in its
     * history.
     *
     * @throws ApiProblemException 409 once VALIDATED or when the report has all the evidence one report keeps
     */
    Change<ProgressReport> addEvidence(Evidence evidence, Actor by, Instant at) {
        if (current.state() == ReportState.VALIDATED) {
            throw ApiProblemException.conflict("Report " + current.id() + " is validated and can no longer change");
        }
        if (current.evidence().size() >= ReportRequest.MAX_EVIDENCE) {
            throw ApiProblemException.conflict("Report " + current.id() + " already has " + ReportRequest.MAX_EVIDENCE
                    + " pieces of evidence, the most one report keeps");
        }
        List<Evidence> more = new ArrayList<>(current.evidence());
        more.add(evidence);
        ProgressReportSnapshot r = current;
        ProgressReportSnapshot withEvidence = new ProgressReportSnapshot(r.id(), r.planId(), r.memberCode(),
                r.periodFrom(), r.periodTo(), r.indicatorValues(), r.recommendationStatuses(), r.submittedBy(),
                r.submittedOn(), r.state(), r.revision(), r.demo(), more);
        ProgressReport added = then(withEvidence, Transition.by(by, r.memberCode(), "EVIDENCE_ADDED", r.state(),
                r.revision(), at, evidence.title()), false);
        return Change.of(added, PROGRESS_REPORT_EVIDENCE_ADDED, new ProgressReportEvidenceAdded(withEvidence, evidence));
    }

    /** The secretariat sends a SUBMITTED report back with its reason; it opens for correction. */
    Change<ProgressReport> returnForCorrection(Actor by, String reason, Instant at) {
        ProgressReport returned = reviewed(ReportState.RETURNED, "returned", by, reason, at);
        return Change.of(returned, PROGRESS_REPORT_RETURNED,
                new ProgressReportReturned(returned.current, reason, by.name()));
    }

    /** The secretariat accepts a SUBMITTED report; it can no longer change. */
    Change<ProgressReport> validate(Actor by, Instant at) {
        ProgressReport validated = reviewed(ReportState.VALIDATED, "validated", by, null, at);
        return Change.of(validated, PROGRESS_REPORT_VALIDATED,
                new ProgressReportValidated(validated.current, by.name()));
    }

    /** A decision on a SUBMITTED report, kept in its history with who, when and why. */
    private ProgressReport reviewed(ReportState decision, String action, Actor by, String reason, Instant at) {
        if (current.state() != ReportState.SUBMITTED) {
            throw ApiProblemException.conflict("Report " + current.id() + " is " + current.state() + "; only a "
                    + "SUBMITTED report can be " + action
                    + (current.state() == ReportState.RETURNED ? " (correct it first)" : ""));
        }
        ProgressReportSnapshot r = current;
        ProgressReportSnapshot decided = new ProgressReportSnapshot(r.id(), r.planId(), r.memberCode(), r.periodFrom(),
                r.periodTo(), r.indicatorValues(), r.recommendationStatuses(), r.submittedBy(), r.submittedOn(),
                decision, r.revision(), r.demo(), r.evidence());
        return then(decided, Transition.by(by, null, decision.name(), decision, r.revision(), at, reason), false);
    }

    private ProgressReport then(ProgressReportSnapshot next, Transition transition, boolean newRevision) {
        List<Transition> transitions = new ArrayList<>(history);
        transitions.add(transition);
        List<ProgressReportSnapshot> revisions = new ArrayList<>(previousRevisions);
        if (newRevision) {
            revisions.add(current);
        }
        return new ProgressReport(next, List.copyOf(transitions), List.copyOf(revisions));
    }

    private static boolean sameContent(ProgressReportSnapshot a, ProgressReportSnapshot b) {
        return a.periodFrom().equals(b.periodFrom()) && a.periodTo().equals(b.periodTo())
                && sameValues(a.indicatorValues(), b.indicatorValues())
                && a.recommendationStatuses().equals(b.recommendationStatuses()) && a.evidence().equals(b.evidence());
    }

    /** Compared numerically: 18 and 18.0 are the same value. */
    private static boolean sameValues(List<IndicatorValue> a, List<IndicatorValue> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            IndicatorValue x = a.get(i);
            IndicatorValue y = b.get(i);
            if (!x.code().equals(y.code()) || !sameNumber(x.value(), y.value()) || !Objects.equals(x.note(), y.note())
                    || !Objects.equals(x.achieved(), y.achieved()) || !Objects.equals(x.achievedOn(), y.achievedOn())
                    || !Objects.equals(x.stage(), y.stage()) || x.breakdown().size() != y.breakdown().size()) {
                return false;
            }
            for (int j = 0; j < x.breakdown().size(); j++) {
                CategoryValue c = x.breakdown().get(j);
                CategoryValue d = y.breakdown().get(j);
                if (c.dimension() != d.dimension() || !c.category().equals(d.category())
                        || !sameNumber(c.value(), d.value())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean sameNumber(BigDecimal x, BigDecimal y) {
        return x == null ? y == null : y != null && x.compareTo(y) == 0;
    }
}
