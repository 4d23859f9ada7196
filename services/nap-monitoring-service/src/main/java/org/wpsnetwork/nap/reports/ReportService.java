package org.wpsnetwork.nap.reports;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.springframework.stereotype.Service;
import org.wpsnetwork.contracts.nap.ActionPlanSnapshot;
import org.wpsnetwork.contracts.nap.Indicator;
import org.wpsnetwork.contracts.nap.IndicatorValue;
import org.wpsnetwork.contracts.nap.ProgressReportCorrected;
import org.wpsnetwork.contracts.nap.ProgressReportReturned;
import org.wpsnetwork.contracts.nap.ProgressReportSnapshot;
import org.wpsnetwork.contracts.nap.ProgressReportSubmitted;
import org.wpsnetwork.contracts.nap.ProgressReportValidated;
import org.wpsnetwork.contracts.nap.RecommendationStatus;
import org.wpsnetwork.contracts.nap.ReportState;
import org.wpsnetwork.kit.events.NewEvent;
import org.wpsnetwork.kit.outbox.AggregateStore;
import org.wpsnetwork.kit.outbox.Created;
import org.wpsnetwork.kit.outbox.IdempotentRequest;
import org.wpsnetwork.kit.outbox.OutboxSupport;
import org.wpsnetwork.kit.outbox.Versioned;
import org.wpsnetwork.kit.replicas.MeetingReplica;
import org.wpsnetwork.kit.replicas.MemberRules;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.kit.web.FieldViolation;
import org.wpsnetwork.nap.plans.PlanService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.wpsnetwork.contracts.nap.NapEvents.PROGRESS_REPORT_CORRECTED;
import static org.wpsnetwork.contracts.nap.NapEvents.PROGRESS_REPORT_RETURNED;
import static org.wpsnetwork.contracts.nap.NapEvents.PROGRESS_REPORT_SUBMITTED;
import static org.wpsnetwork.contracts.nap.NapEvents.PROGRESS_REPORT_VALIDATED;

/** Progress reports through their workflow: submitted, returned, corrected, validated. */
@Service
public class ReportService {

    private final AggregateStore<ProgressReport> reports;
    private final PlanService plans;
    private final MemberRules members;
    private final MeetingReplica meetings;
    private final Clock clock;

    ReportService(MongoDatabase database, OutboxSupport outbox, PlanService plans, MemberRules members,
                  MeetingReplica meetings, Clock clock) {
        this.reports = new AggregateStore<>("Progress report", database.getCollection("progress_reports"),
                ProgressReport.class, outbox, report -> report.current().memberCode());
        reports.index("plan_period", Indexes.compoundIndex(Indexes.ascending("state.current.planId"),
                Indexes.descending("state.current.periodTo")));
        this.plans = plans;
        this.members = members;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** The same Idempotency-Key with the same report answers the report the first call made. */
    public Created<ProgressReport> submit(String planId, ReportRequest request, IdempotentRequest idempotency) {
        ActionPlanSnapshot plan = plans.get(planId).state();
        ProgressReportSnapshot checked = checked(plan, request, null, 1, LocalDate.now(clock));
        String id = reports.claimId(idempotency, UUID.randomUUID().toString());
        ProgressReportSnapshot report = withId(checked, id);
        ProgressReport created = new ProgressReport(report, List.of(new ProgressReport.Transition("SUBMITTED",
                ReportState.SUBMITTED, 1, report.submittedBy(), clock.instant(), null)), List.of());
        return reports.create(id, created,
                List.of(NewEvent.of(PROGRESS_REPORT_SUBMITTED, new ProgressReportSubmitted(report))), idempotency);
    }

    /** A whole corrected report: a new revision, submitted again. The same content again changes nothing. */
    public Versioned<ProgressReport> correct(String reportId, String ifMatch, ReportRequest request) {
        Versioned<ProgressReport> current = reports.getMatching(reportId, ifMatch);
        ProgressReportSnapshot report = current.state().current();
        if (report.state() == ReportState.VALIDATED) {
            throw ApiProblemException.conflict("Report " + reportId + " is validated and can no longer change");
        }
        if (request.reason() == null) {
            throw ApiProblemException.invalid(FieldViolation.of("reason", "must say why the report is corrected"));
        }
        if (report.revision() >= ProgressReport.MAX_REVISIONS) {
            throw ApiProblemException.conflict("Report " + reportId + " already has " + ProgressReport.MAX_REVISIONS
                    + " revisions, the most one report keeps; submit a new report for the period instead");
        }
        ActionPlanSnapshot plan = plans.get(report.planId()).state();
        ProgressReportSnapshot corrected = withId(checked(plan, request, report, report.revision() + 1,
                report.submittedOn()), reportId);
        if (report.state() == ReportState.SUBMITTED && sameContent(report, corrected)) {
            return current;
        }
        ProgressReport next = current.state().then(corrected, new ProgressReport.Transition("CORRECTED",
                ReportState.SUBMITTED, corrected.revision(), corrected.submittedBy(), clock.instant(),
                request.reason().trim()), true);
        return reports.update(reportId, current.version(), next, List.of(NewEvent.of(PROGRESS_REPORT_CORRECTED,
                new ProgressReportCorrected(corrected, request.reason().trim()))));
    }

    public Versioned<ProgressReport> returnForCorrection(String reportId, String ifMatch, String reason, String by) {
        return review(reportId, ifMatch, ReportState.RETURNED, "returned", by, reason,
                returned -> NewEvent.of(PROGRESS_REPORT_RETURNED, new ProgressReportReturned(returned, reason, by)));
    }

    public Versioned<ProgressReport> validate(String reportId, String ifMatch, String by) {
        return review(reportId, ifMatch, ReportState.VALIDATED, "validated", by, null,
                validated -> NewEvent.of(PROGRESS_REPORT_VALIDATED, new ProgressReportValidated(validated, by)));
    }

    /** The secretariat's decision on a SUBMITTED report, kept in its history with who, when and why. */
    private Versioned<ProgressReport> review(String reportId, String ifMatch, ReportState decision, String action,
                                             String by, String reason,
                                             Function<ProgressReportSnapshot, NewEvent<?>> event) {
        Versioned<ProgressReport> current = reports.getMatching(reportId, ifMatch);
        ProgressReportSnapshot report = requireSubmitted(current, action);
        ProgressReportSnapshot reviewed = inState(report, decision);
        ProgressReport next = current.state().then(reviewed, new ProgressReport.Transition(decision.name(), decision,
                report.revision(), by, clock.instant(), reason), false);
        return reports.update(reportId, current.version(), next, List.of(event.apply(reviewed)));
    }

    public Versioned<ProgressReport> get(String reportId) {
        return reports.get(reportId);
    }

    public List<Versioned<ProgressReport>> ofPlan(String planId) {
        plans.get(planId);
        return reports.findAll(Filters.eq("state.current.planId", planId),
                Sorts.orderBy(Sorts.descending("state.current.periodTo"), Sorts.ascending("_id")));
    }

    /** Checks a report against its plan and the replicas, and returns it without an id yet. */
    private ProgressReportSnapshot checked(ActionPlanSnapshot plan, ReportRequest request,
                                           ProgressReportSnapshot previous, int revision, LocalDate submittedOn) {
        List<FieldViolation> malformed = new ArrayList<>();
        repeated("indicatorValues", request.indicatorValues().stream().map(ReportRequest.Value::code).toList(),
                "code", malformed);
        repeated("recommendationStatuses", request.recommendationStatuses().stream()
                .map(ReportRequest.Status::recommendationId).toList(), "recommendationId", malformed);
        if (request.indicatorValues().isEmpty() && request.recommendationStatuses().isEmpty()) {
            malformed.add(FieldViolation.of("indicatorValues", "report at least one indicator value or one "
                    + "recommendation status"));
        }
        if (!malformed.isEmpty()) {
            throw ApiProblemException.invalid(malformed.size() + " field(s) are invalid", malformed);
        }
        members.requireActiveMember("memberCode", plan.memberCode());
        List<FieldViolation> broken = new ArrayList<>();
        if (request.periodTo().isBefore(request.periodFrom())) {
            broken.add(FieldViolation.of("periodTo", "must not be before periodFrom " + request.periodFrom(),
                    request.periodTo().toString()));
        }
        if (request.periodFrom().isBefore(plan.periodStart())) {
            broken.add(FieldViolation.of("periodFrom", "is before the plan's period, which starts on "
                    + plan.periodStart(), request.periodFrom().toString()));
        }
        if (request.periodTo().isAfter(plan.periodEnd())) {
            broken.add(FieldViolation.of("periodTo", "is after the plan's period, which ends on " + plan.periodEnd(),
                    request.periodTo().toString()));
        }
        if (request.periodFrom().isAfter(LocalDate.now(clock))) {
            broken.add(FieldViolation.of("periodFrom", "must not be in the future", request.periodFrom().toString()));
        }
        Set<String> codes = plan.indicators().stream().map(Indicator::code).collect(Collectors.toSet());
        for (int i = 0; i < request.indicatorValues().size(); i++) {
            String code = request.indicatorValues().get(i).code();
            if (!codes.contains(code)) {
                broken.add(FieldViolation.of("indicatorValues[" + i + "].code", "is not an indicator of plan "
                        + plan.id(), code));
            }
        }
        List<String> recommendationIds = request.recommendationStatuses().stream()
                .map(ReportRequest.Status::recommendationId).toList();
        Map<String, MeetingReplica.MeetingRecommendation> known = meetings.recommendations(recommendationIds);
        for (int i = 0; i < recommendationIds.size(); i++) {
            MeetingReplica.MeetingRecommendation found = known.get(recommendationIds.get(i));
            String field = "recommendationStatuses[" + i + "].recommendationId";
            if (found == null) {
                broken.add(FieldViolation.of(field, "is not a recommendation of the network", recommendationIds.get(i)));
            } else if (found.adoptedOn() == null) {
                broken.add(FieldViolation.of(field, "belongs to the communiqué of " + found.meetingId()
                        + ", which is not adopted yet", recommendationIds.get(i)));
            }
        }
        if (!broken.isEmpty()) {
            throw ApiProblemException.ruleViolated("The report does not fit plan " + plan.id(), broken);
        }
        return new ProgressReportSnapshot(previous == null ? null : previous.id(), plan.id(), plan.memberCode(),
                request.periodFrom(), request.periodTo(),
                request.indicatorValues().stream().map(v -> new IndicatorValue(v.code(), v.value(), blankToNull(v.note())))
                        .toList(),
                request.recommendationStatuses().stream().map(s -> new RecommendationStatus(s.recommendationId(),
                        s.completion(), blankToNull(s.note()))).toList(),
                request.submittedBy().trim(), submittedOn, ReportState.SUBMITTED, revision,
                previous != null ? previous.demo() : Boolean.TRUE.equals(request.demo()));
    }

    private static ProgressReportSnapshot requireSubmitted(Versioned<ProgressReport> report, String action) {
        ProgressReportSnapshot current = report.state().current();
        if (current.state() != ReportState.SUBMITTED) {
            throw ApiProblemException.conflict("Report " + current.id() + " is " + current.state() + "; only a "
                    + "SUBMITTED report can be " + action
                    + (current.state() == ReportState.RETURNED ? " (correct it first)" : ""));
        }
        return current;
    }

    private static ProgressReportSnapshot withId(ProgressReportSnapshot r, String id) {
        return new ProgressReportSnapshot(id, r.planId(), r.memberCode(), r.periodFrom(), r.periodTo(),
                r.indicatorValues(), r.recommendationStatuses(), r.submittedBy(), r.submittedOn(), r.state(),
                r.revision(), r.demo());
    }

    private static ProgressReportSnapshot inState(ProgressReportSnapshot r, ReportState state) {
        return new ProgressReportSnapshot(r.id(), r.planId(), r.memberCode(), r.periodFrom(), r.periodTo(),
                r.indicatorValues(), r.recommendationStatuses(), r.submittedBy(), r.submittedOn(), state,
                r.revision(), r.demo());
    }

    private static boolean sameContent(ProgressReportSnapshot a, ProgressReportSnapshot b) {
        return a.periodFrom().equals(b.periodFrom()) && a.periodTo().equals(b.periodTo())
                && sameValues(a.indicatorValues(), b.indicatorValues())
                && a.recommendationStatuses().equals(b.recommendationStatuses())
                && a.submittedBy().equals(b.submittedBy());
    }

    /** Compared numerically: 18 and 18.0 are the same value. */
    private static boolean sameValues(List<IndicatorValue> a, List<IndicatorValue> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).code().equals(b.get(i).code()) || a.get(i).value().compareTo(b.get(i).value()) != 0
                    || !Objects.equals(a.get(i).note(), b.get(i).note())) {
                return false;
            }
        }
        return true;
    }

    private static void repeated(String list, List<String> keys, String key, List<FieldViolation> violations) {
        for (int i = 0; i < keys.size(); i++) {
            int first = keys.indexOf(keys.get(i));
            if (first < i) {
                violations.add(FieldViolation.of(list + "[" + i + "]." + key, "repeats " + list + "[" + first + "]",
                        keys.get(i)));
            }
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
