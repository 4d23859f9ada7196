package org.wpsnetwork.reporting.members;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.wpsnetwork.kit.security.SignedInUser;
import org.wpsnetwork.kit.web.PageRequest;
import org.wpsnetwork.kit.web.Pages;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wpsnetwork.contracts.membership.MemberSnapshot;
import org.wpsnetwork.contracts.membership.MemberStatus;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.kit.projection.ProjectionCheckpoints;
import org.wpsnetwork.kit.replicas.MemberReplica;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.kit.web.FieldViolation;
import org.wpsnetwork.reporting.nap.ReportingStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

@RestController
@Tag(name = "Member views", description = "Everything the network knows about one member")
class MemberViewController {

    /** One line per member, for lists and dashboards. */
    record MemberSummary(String code, String name, MemberType type, Region region, MemberStatus status,
                         LocalDate joinedOn, LocalDate withdrawnOn, String focalPoint) {

        static MemberSummary of(MemberSnapshot member) {
            return new MemberSummary(member.code(), member.name(), member.type(), member.region(), member.status(),
                    member.joinedOn(), member.withdrawnOn(),
                    member.focalPoint() == null ? null : member.focalPoint().name());
        }
    }

    /** The members in the reports, sorted by code. */
    record MemberList(List<MemberSummary> members, Instant asOf) {
    }

    private final MemberReplica members;
    private final MemberViews views;
    private final ProjectionCheckpoints checkpoints;

    MemberViewController(MemberReplica members, MemberViews views, ProjectionCheckpoints checkpoints) {
        this.members = members;
        this.views = views;
        this.checkpoints = checkpoints;
    }

    @GetMapping("/api/v1/reports/members")
    @Operation(summary = "Every member in the reports, sorted by code", description = "Every filter is optional. "
            + "reportingStatus (ON_TRACK, DUE, OVERDUE, NEVER_REPORTED or NOT_EXPECTED) lists the active members the "
            + "overview counts under it")
    ResponseEntity<MemberList> members(@RequestParam(required = false) MemberType type,
                                       @RequestParam(required = false) MemberStatus status,
                                       @RequestParam(required = false) Region region,
                                       @RequestParam(required = false) String reportingStatus,
                                       @ParameterObject PageRequest page) {
        Instant asOf = checkpoints.newest().orElse(null);
        List<MemberSnapshot> listed = members.list(type, status, region);
        if (reportingStatus != null) {
            Set<String> known = new HashSet<>();
            Arrays.stream(ReportingStatus.values()).forEach(s -> known.add(s.name()));
            known.add(ReportingStatus.NOT_EXPECTED);
            if (!known.contains(reportingStatus)) {
                throw ApiProblemException.invalid(FieldViolation.of("reportingStatus", "must be one of "
                        + String.join(", ", new TreeSet<>(known)), reportingStatus));
            }
            Set<String> codes = views.withReportingStatus(reportingStatus);
            listed = listed.stream().filter(m -> codes.contains(m.code())).toList();
        }
        return Pages.respond(listed.stream().map(MemberSummary::of).toList(), page,
                summaries -> new MemberList(summaries, asOf));
    }

    @GetMapping("/api/v1/reports/members/{code}")
    @Operation(summary = "The progress view of one member", description = "Profile, status, focal point (their "
            + "e-mail address only for the secretariat and the member's own focal points), roles by year, meetings "
            + "attended with the attendance rate, its indicators and the recommendations addressed to it; asOf is the "
            + "time of the newest event applied. progressPercent, to one decimal in 0-100: INCREASE (latest - "
            + "baseline) / (target - baseline) x 100; DECREASE (baseline - latest) / (baseline - target) x 100; "
            + "MAINTAIN 100 while |latest - target| <= tolerance, else 0; null without a value. YES_NO reads as 0 "
            + "(no) to 1 (yes), MILESTONE as the number of the stage from its baseline stage (0: none) to its last. "
            + "The latest value is in its kind's form (latestValue with breakdown, achieved/achievedOn, "
            + "latestStage). status: "
            + "NOT_AVAILABLE, DETERIORATION, TARGET_ACHIEVED, else SUBSTANTIAL / MODERATE / LIMITED by the share "
            + "of the progress due (defaults 0.75 / 0.5)")
    MemberView member(@PathVariable String code) {
        MemberView view = views.of(code).orElseThrow(() -> ApiProblemException.notFound("No member '" + code
                + "' in the reports" + checkpoints.newest().map(asOf -> " as of " + asOf).orElse(" yet")));
        return SignedInUser.required().mayReadPersonalDataOf(code) ? view : view.withoutPersonalData();
    }
}
