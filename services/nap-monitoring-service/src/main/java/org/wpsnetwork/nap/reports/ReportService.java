package org.wpsnetwork.nap.reports;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Service;
import org.wpsnetwork.contracts.Actor;
import org.wpsnetwork.contracts.nap.Evidence;
import org.wpsnetwork.contracts.nap.IndicatorValue;
import org.wpsnetwork.contracts.nap.ProgressReportSnapshot;
import org.wpsnetwork.contracts.nap.RecommendationStatus;
import org.wpsnetwork.contracts.nap.ReportState;
import org.wpsnetwork.kit.security.SignedInUser;
import org.wpsnetwork.kit.outbox.AggregateStore;
import org.wpsnetwork.kit.outbox.Created;
import org.wpsnetwork.kit.outbox.IdempotentRequest;
import org.wpsnetwork.kit.outbox.OutboxSupport;
import org.wpsnetwork.kit.outbox.Versioned;
import org.wpsnetwork.kit.replicas.MeetingReplica;
import org.wpsnetwork.kit.replicas.MemberRules;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.kit.web.FieldViolation;
import org.wpsnetwork.nap.plans.ActionPlan;
import org.wpsnetwork.nap.plans.PlanService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

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
        reports.index("state_member", Indexes.compoundIndex(Indexes.ascending("state.current.state"),
                Indexes.ascending("state.current.memberCode")));
        reports.restatable((report, id, reason) -> report.restate(SignedInUser.required().actor(), reason,
                clock.instant()));
        this.plans = plans;
        this.members = members;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** The same Idempotency-Key with the same report answers the report the first call made. */
    public Created<ProgressReport> submit(String planId, ReportRequest request, Actor by,
                                          IdempotentRequest idempotency) {
        ActionPlan plan = plans.get(planId).state();
        LocalDate today = LocalDate.now(clock);
        ApiProblemException.requireNoRuleViolated("The report cannot be entered as received then",
                receivedOnProblems(request, plan, by, today));
        ProgressReportSnapshot checked = checked(plan, request, by, null, 1,
                request.receivedOn() == null ? today : request.receivedOn());
        String id = reports.claimId(idempotency, UUID.randomUUID().toString());
        return reports.create(id, ProgressReport.submit(withId(checked, id), by, clock.instant()), idempotency);
    }

    /** A whole corrected report: a new revision, submitted again. The same content again changes nothing. */
    public Versioned<ProgressReport> correct(String reportId, String ifMatch, ReportRequest request, Actor by) {
        Versioned<ProgressReport> current = reports.getMatching(reportId, ifMatch);
        ProgressReport report = current.state();
        report.requireCorrectable(request.reason());
        if (request.receivedOn() != null) {
            throw ApiProblemException.ruleViolated("A correction keeps the day the report was received", List.of(
                    FieldViolation.of("receivedOn", "is given when a report is first entered, not on a correction",
                            request.receivedOn().toString())));
        }
        ActionPlan plan = plans.get(report.current().planId()).state();
        ProgressReportSnapshot revised = withId(checked(plan, request, by, report.current(), report.nextRevision(),
                report.current().submittedOn()), reportId);
        return reports.update(reportId, current, report.correct(revised, request.reason(), by, clock.instant()));
    }

    public Versioned<ProgressReport> returnForCorrection(String reportId, String ifMatch, String reason, Actor by) {
        Versioned<ProgressReport> current = reports.getMatching(reportId, ifMatch);
        return reports.update(reportId, current, current.state().returnForCorrection(by, reason, clock.instant()));
    }

    public Versioned<ProgressReport> validate(String reportId, String ifMatch, Actor by) {
        Versioned<ProgressReport> current = reports.getMatching(reportId, ifMatch);
        return reports.update(reportId, current, current.state().validate(by, clock.instant()));
    }

    /** Adds a document already stored to the report's evidence, as the report at {@code ifMatch} stands. */
    public Versioned<ProgressReport> addEvidence(String reportId, String ifMatch, Evidence evidence, Actor by) {
        Versioned<ProgressReport> current = reports.getMatching(reportId, ifMatch);
        ProgressReportSnapshot report = current.state().current();
        ApiProblemException.requireNoRuleViolated("The evidence does not fit the report", evidenceProblems("",
                evidence.indicatorCode(), evidence.recommendationId(),
                report.indicatorValues().stream().map(IndicatorValue::code).toList(),
                report.recommendationStatuses().stream().map(RecommendationStatus::recommendationId).toList()));
        return reports.update(reportId, current, current.state().addEvidence(evidence, by, clock.instant()));
    }

    public Versioned<ProgressReport> get(String reportId) {
        return reports.get(reportId);
    }

    public List<Versioned<ProgressReport>> ofPlan(String planId) {
        plans.get(planId);
        return reports.findAll(Filters.eq("state.current.planId", planId),
                Sorts.orderBy(Sorts.descending("state.current.periodTo"), Sorts.ascending("_id")));
    }

    /**
     * The reports in one state (a review queue: SUBMITTED), of one member or all, the longest waiting first: by
     * the time of their last transition, which for a corrected report is its resubmission.
     */
    public List<Versioned<ProgressReport>> inState(ReportState state, String memberCode) {
        Bson filter = memberCode == null ? Filters.eq("state.current.state", state.name())
                : Filters.and(Filters.eq("state.current.state", state.name()),
                Filters.eq("state.current.memberCode", memberCode));
        return reports.findAll(filter, Sorts.ascending("_id")).stream()
                .sorted(Comparator.comparing((Versioned<ProgressReport> r) -> r.state().lastChangedAt()))
                .toList();
    }

    /** Checks a report against its plan and the replicas, and returns it without an id yet. */
    private ProgressReportSnapshot checked(ActionPlan plan, ReportRequest request, Actor by,
                                           ProgressReportSnapshot previous, int revision, LocalDate submittedOn) {
        List<FieldViolation> malformed = new ArrayList<>(FieldViolation.repeatsIn("indicatorValues",
                request.indicatorValues(), ReportRequest.Value::code, "code"));
        malformed.addAll(FieldViolation.repeatsIn("recommendationStatuses", request.recommendationStatuses(),
                ReportRequest.Status::recommendationId, "recommendationId"));
        for (int i = 0; i < request.recommendationStatuses().size(); i++) {
            ReportRequest.NarrativeRequest narrative = request.recommendationStatuses().get(i).narrative();
            if (narrative != null && narrative.saysNothing()) {
                malformed.add(FieldViolation.of("recommendationStatuses[" + i + "].narrative",
                        "needs at least one of done, obstacles or nextSteps"));
            }
        }
        if (request.indicatorValues().isEmpty() && request.recommendationStatuses().isEmpty()) {
            malformed.add(FieldViolation.of("indicatorValues", "report at least one indicator value or one "
                    + "recommendation status"));
        }
        ApiProblemException.requireWellFormed(malformed);
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
        ActionPlan.Checked<List<IndicatorValue>> values = plan.checkedValues(request.indicatorValues().stream()
                .map(ReportRequest.Value::indicatorValue).toList(), request.periodTo());
        broken.addAll(values.problems());
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
        List<ReportRequest.EvidenceLink> evidence = request.evidence() == null ? List.of() : request.evidence();
        List<String> valueCodes = request.indicatorValues().stream().map(ReportRequest.Value::code).toList();
        for (int i = 0; i < evidence.size(); i++) {
            broken.addAll(evidenceProblems("evidence[" + i + "].", evidence.get(i).indicatorCode(),
                    evidence.get(i).recommendationId(), valueCodes, recommendationIds));
        }
        ApiProblemException.requireNoRuleViolated("The report does not fit plan " + plan.id(), broken);
        return new ProgressReportSnapshot(previous == null ? null : previous.id(), plan.id(), plan.memberCode(),
                request.periodFrom(), request.periodTo(),
                values.value(), request.recommendationStatuses().stream()
                        .map(ReportRequest.Status::recommendationStatus).toList(),
                by.name(), submittedOn, ReportState.SUBMITTED, revision,
                previous != null ? previous.demo() : Boolean.TRUE.equals(request.demo()),
                Stream.concat(evidence.stream().map(ReportRequest.EvidenceLink::evidence), previous == null
                        ? Stream.empty() : previous.evidence().stream().filter(e -> e.document() != null)).toList());
    }

    /**
     * A report that came by other means (mail, a meeting) is entered by the secretariat with the day it was
     * received, which the reporting calendar counts; a member's own focal point submits it now.
     */
    private static List<FieldViolation> receivedOnProblems(ReportRequest request, ActionPlan plan, Actor by,
                                                           LocalDate today) {
        LocalDate receivedOn = request.receivedOn();
        if (receivedOn == null) {
            return List.of();
        }
        if (!by.actsOnBehalfOf(plan.memberCode())) {
            return List.of(FieldViolation.of("receivedOn", "is for the secretariat entering a report that came by "
                    + "other means; a focal point's report is received when submitted", receivedOn.toString()));
        }
        if (receivedOn.isAfter(today)) {
            return List.of(FieldViolation.of("receivedOn", "must not be in the future", receivedOn.toString()));
        }
        if (receivedOn.isBefore(request.periodFrom())) {
            return List.of(FieldViolation.of("receivedOn", "must not be before the period, which starts on "
                    + request.periodFrom(), receivedOn.toString()));
        }
        return List.of();
    }

    /** Evidence backs up a value or a status the report gives, or the report as a whole. */
    private static List<FieldViolation> evidenceProblems(String prefix, String indicatorCode, String recommendationId,
                                                         List<String> valueCodes, List<String> recommendationIds) {
        List<FieldViolation> broken = new ArrayList<>();
        if (indicatorCode != null && !valueCodes.contains(indicatorCode)) {
            broken.add(FieldViolation.of(prefix + "indicatorCode", "is not an indicator this report gives a value for",
                    indicatorCode));
        }
        if (recommendationId != null && !recommendationIds.contains(recommendationId)) {
            broken.add(FieldViolation.of(prefix + "recommendationId", "is not a recommendation this report gives a "
                    + "status for", recommendationId));
        }
        return broken;
    }

    private static ProgressReportSnapshot withId(ProgressReportSnapshot r, String id) {
        return new ProgressReportSnapshot(id, r.planId(), r.memberCode(), r.periodFrom(), r.periodTo(),
                r.indicatorValues(), r.recommendationStatuses(), r.submittedBy(), r.submittedOn(), r.state(),
                r.revision(), r.demo(), r.evidence());
    }
}
