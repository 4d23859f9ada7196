package org.wpsnetwork.nap.plans;

import org.springdoc.core.annotations.ParameterObject;
import org.wpsnetwork.kit.web.CreatedResponses;
import org.wpsnetwork.kit.web.PageRequest;
import org.wpsnetwork.kit.web.Pages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.wpsnetwork.kit.outbox.Created;
import org.wpsnetwork.kit.outbox.Versioned;
import org.wpsnetwork.kit.security.SignedInUser;
import org.wpsnetwork.kit.web.ETags;
import org.wpsnetwork.kit.web.IdempotencyKeys;

import java.util.List;

@RestController
@Tag(name = "Action plans", description = "National action plans, regional action plans and strategies, with "
        + "their indicators")
class PlansController {

    private final PlanService service;

    PlansController(PlanService service) {
        this.service = service;
    }

    @PostMapping("/api/v1/members/{code}/action-plans")
    @Operation(summary = "Record an action plan a member adopted", description = "201; 422 for an unknown or withdrawn "
            + "member, a kind that does not fit the member, an overlapping plan of the same kind, periodEnd before "
            + "periodStart, repeated indicator codes, indicators outside the plan's pillars, a target on the wrong side "
            + "of the baseline for the indicator's direction (INCREASE, DECREASE; default: the way from baseline to "
            + "target), a MAINTAIN indicator without a tolerance, a target date outside the plan (default: its end), "
            + "fields an indicator's kind does not use. Kinds (default NUMBER): NUMBER, PERCENT (0-100), COUNT (whole, "
            + "not negative), CURRENCY (with an ISO 4217 currency) need unit (PERCENT: %, CURRENCY: the currency), "
            + "baseline and target; YES_NO needs none of them; MILESTONE declares 2-12 ordered stages and may start at a "
            + "baselineStage. Quantitative indicators may declare dimensions (SEX: WOMEN, MEN; AGE_GROUP: UNDER_18, "
            + "18_TO_29, 30_TO_59, 60_AND_OVER; AREA: URBAN, RURAL; DISABILITY: WITH_DISABILITY, WITHOUT_DISABILITY)")
    ResponseEntity<PlanResponse> adopt(@PathVariable String code, @Valid @RequestBody AdoptPlanRequest request,
            @Parameter(description = "Makes a retried creation safe")
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey) {
        Created<PlanResponse> created = service.adopt(code, request, IdempotencyKeys.of(idempotencyKey, request));
        return CreatedResponses.of(created, "/api/v1/action-plans/" + created.aggregate().state().plan().id(),
                created.aggregate().state());
    }

    @GetMapping("/api/v1/members/{code}/action-plans")
    @Operation(summary = "A member's plans with their status as of today (UPCOMING, ACTIVE, EXPIRED, SUPERSEDED)")
    ResponseEntity<List<PlanResponse>> list(@PathVariable String code, @ParameterObject PageRequest page) {
        return Pages.respond(service.list(code), page);
    }

    @GetMapping("/api/v1/action-plans/{planId}")
    @Operation(summary = "One plan with its indicators and status; ETag is its version")
    ResponseEntity<PlanResponse> get(@PathVariable String planId) {
        return respond(service.getWithStatus(planId));
    }

    @PostMapping("/api/v1/action-plans/{planId}/extension")
    @Operation(summary = "Extend a plan's period to a later end, for a reason", description = "409 for a plan a "
            + "later generation superseded; 422 when the new end is not later or would overlap another plan")
    ResponseEntity<PlanResponse> extend(@PathVariable String planId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ExtendPlanRequest request) {
        return respond(service.extend(planId, ifMatch, request));
    }

    @PutMapping("/api/v1/action-plans/{planId}/indicators/{code}/status-override")
    @Operation(summary = "Override an indicator's computed progress status, with a reason (secretariat)",
            description = "The member view then shows this status, the computed one beside it, the reason and who "
                    + "set it, until the override is replaced or withdrawn. 404 for an indicator the plan does not "
                    + "have; 422 for NOT_AVAILABLE, which only the absence of data gives")
    ResponseEntity<PlanResponse> overrideStatus(@PathVariable String planId, @PathVariable String code,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody StatusOverrideRequest request) {
        return respond(service.overrideStatus(planId, code, ifMatch, request, SignedInUser.required().actor()));
    }

    @DeleteMapping("/api/v1/action-plans/{planId}/indicators/{code}/status-override")
    @Operation(summary = "Withdraw the override of an indicator's progress status (secretariat)",
            description = "The computed status applies again; 404 when there is no override")
    ResponseEntity<PlanResponse> withdrawStatusOverride(@PathVariable String planId, @PathVariable String code,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return respond(service.withdrawStatusOverride(planId, code, ifMatch));
    }

    private static ResponseEntity<PlanResponse> respond(Versioned<PlanResponse> plan) {
        return ETags.ok(plan.version(), plan.state());
    }
}
