package org.wpsnetwork.nap.reports;

import org.springdoc.core.annotations.ParameterObject;
import org.wpsnetwork.kit.web.CreatedResponses;
import org.wpsnetwork.kit.web.PageRequest;
import org.wpsnetwork.kit.web.Pages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wpsnetwork.contracts.Actor;
import org.wpsnetwork.contracts.nap.ReportState;
import org.wpsnetwork.kit.outbox.Created;
import org.wpsnetwork.kit.security.SignedInUser;
import org.wpsnetwork.kit.outbox.Versioned;
import org.wpsnetwork.kit.web.ETags;
import org.wpsnetwork.kit.web.IdempotencyKeys;

import java.util.List;

@RestController
@Tag(name = "Progress reports", description = "What members report against their plans, and the secretariat's "
        + "review: SUBMITTED → RETURNED → SUBMITTED … → VALIDATED")
class ReportsController {

    /** The secretariat's reason for returning a report; who returned it is the signed-in user. */
    record ReturnRequest(@NotBlank @Size(max = 1000) String reason,
                         @Null(message = ReportRequest.ACTOR_FROM_SIGN_IN) String returnedBy) {
    }

    /** The body is optional: who validated the report is the signed-in user. */
    record ValidationRequest(@Null(message = ReportRequest.ACTOR_FROM_SIGN_IN) String validatedBy) {
    }

    private final ReportService service;

    ReportsController(ReportService service) {
        this.service = service;
    }

    /**
     * What an idempotency key covers: who, the plan and the report, so a key reused by someone else or for another
     * plan is a different request.
     */
    private record Submission(String by, String planId, ReportRequest report) {
    }

    @PostMapping("/api/v1/action-plans/{planId}/progress-reports")
    @Operation(summary = "Submit a progress report", description = "201 with the report in state SUBMITTED. With "
            + "Idempotency-Key, a retry with the same report answers 200 with the report the first call made, and a "
            + "different report under the same key 422. 422 for indicator codes not in the plan, unknown or "
            + "unadopted recommendation ids, a period outside the plan, a value not in its indicator's form: value "
            + "for NUMBER, PERCENT, COUNT, CURRENCY (in the kind's range); achieved, with achievedOn when true, for "
            + "YES_NO; stage (one the plan declares) for MILESTONE. An indicator with dimensions needs a breakdown "
            + "with a value per category of each; for NUMBER, COUNT and CURRENCY each dimension adds up to value, "
            + "which is derived from the breakdown when left out")
    ResponseEntity<ReportResponse> submit(@PathVariable String planId, @Valid @RequestBody ReportRequest request,
            @Parameter(description = "Makes a retried submission safe")
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey) {
        Actor by = SignedInUser.required().actor();
        Created<ProgressReport> created = service.submit(planId, request, by,
                IdempotencyKeys.of(idempotencyKey, new Submission(by.id(), planId, request)));
        Versioned<ProgressReport> report = created.aggregate();
        return CreatedResponses.of(created, "/api/v1/progress-reports/" + report.state().current().id(),
                ReportResponse.of(report));
    }

    @GetMapping("/api/v1/action-plans/{planId}/progress-reports")
    @Operation(summary = "The reports on a plan, latest period first")
    ResponseEntity<List<ReportResponse>> ofPlan(@PathVariable String planId, @ParameterObject PageRequest page) {
        return Pages.respond(service.ofPlan(planId).stream().map(ReportResponse::of).toList(), page);
    }

    @GetMapping("/api/v1/progress-reports")
    @Operation(summary = "Reports in one state, the longest waiting first (secretariat's review queue)",
            description = "state defaults to SUBMITTED; member narrows to one member. Ordered by the time of the last "
                    + "transition (a corrected report waits from its resubmission)")
    ResponseEntity<List<ReportResponse>> inState(@RequestParam(required = false) ReportState state,
                                                 @RequestParam(required = false) String member,
                                                 @ParameterObject PageRequest page) {
        return Pages.respond(service.inState(state == null ? ReportState.SUBMITTED : state, member).stream()
                .map(ReportResponse::of).toList(), page);
    }

    @GetMapping("/api/v1/progress-reports/{reportId}")
    @Operation(summary = "A report with its state, revision, history (who, when, why) and earlier revisions")
    ResponseEntity<ReportResponse> get(@PathVariable String reportId) {
        return respond(service.get(reportId));
    }

    @PutMapping("/api/v1/progress-reports/{reportId}")
    @Operation(summary = "Correct a report: send it whole, with a reason", description = "Revision + 1, state back to "
            + "SUBMITTED, the earlier revision kept; 409 once VALIDATED")
    ResponseEntity<ReportResponse> correct(@PathVariable String reportId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ReportRequest request) {
        return respond(service.correct(reportId, ifMatch, request, SignedInUser.required().actor()));
    }

    @PostMapping("/api/v1/progress-reports/{reportId}/return")
    @Operation(summary = "Return a report for correction (secretariat)", description = "State RETURNED; the reason is "
            + "kept in the history; 409 unless SUBMITTED")
    ResponseEntity<ReportResponse> returnForCorrection(@PathVariable String reportId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ReturnRequest request) {
        return respond(service.returnForCorrection(reportId, ifMatch, request.reason().trim(),
                SignedInUser.required().actor()));
    }

    @PostMapping("/api/v1/progress-reports/{reportId}/validation")
    @Operation(summary = "Validate a report (secretariat)", description = "State VALIDATED, final; 409 unless SUBMITTED")
    ResponseEntity<ReportResponse> validate(@PathVariable String reportId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody(required = false) ValidationRequest request) {
        return respond(service.validate(reportId, ifMatch, SignedInUser.required().actor()));
    }

    private static ResponseEntity<ReportResponse> respond(Versioned<ProgressReport> report) {
        return ETags.ok(report.version(), ReportResponse.of(report));
    }
}
