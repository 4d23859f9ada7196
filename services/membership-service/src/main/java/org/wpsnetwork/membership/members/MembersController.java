package org.wpsnetwork.membership.members;

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
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wpsnetwork.contracts.membership.MemberStatus;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.kit.outbox.Created;
import org.wpsnetwork.kit.outbox.Versioned;
import org.wpsnetwork.kit.web.IdempotencyKeys;

import java.util.List;

@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "Members", description = "States and regional organizations in the network")
class MembersController {

    private final MemberService service;
    private final MemberResponses responses;

    MembersController(MemberService service, MemberResponses responses) {
        this.service = service;
        this.responses = responses;
    }

    @PostMapping
    @Operation(summary = "Admit a member", description = "201 with Location; 409 if the code exists. A retry with the "
            + "same Idempotency-Key and body answers 200 with the member the first call created.")
    ResponseEntity<MemberResponse> admit(@Valid @RequestBody AdmitMemberRequest request,
            @Parameter(description = "Makes a retried creation safe")
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey) {
        Created<Member> created = service.admit(request, IdempotencyKeys.of(idempotencyKey, request));
        Versioned<Member> member = created.aggregate();
        return CreatedResponses.of(created, "/api/v1/members/" + member.state().code(), responses.of(member));
    }

    @GetMapping
    @Operation(summary = "List members", description = "Sorted by code; every filter is optional")
    ResponseEntity<List<MemberResponse>> list(@RequestParam(required = false) MemberType type,
                                              @RequestParam(required = false) MemberStatus status,
                                              @RequestParam(required = false) Region region, @ParameterObject PageRequest page) {
        return Pages.respond(responses.ofAll(service.list(type, status, region)), page);
    }

    @GetMapping("/{code}")
    @Operation(summary = "One member, with focal point and roles; ETag is its version")
    ResponseEntity<MemberResponse> get(@PathVariable String code) {
        return responses.ok(service.get(code));
    }

    @PatchMapping("/{code}")
    @Operation(summary = "Correct the name and/or region")
    ResponseEntity<MemberResponse> updateProfile(@PathVariable String code,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody UpdateProfileRequest request) {
        return responses.ok(service.updateProfile(code, ifMatch, request));
    }

    @PostMapping("/{code}/withdrawal")
    @Operation(summary = "Record that the member left the network", description = "409 if it already withdrew. "
            + "The focal point post becomes vacant.")
    ResponseEntity<MemberResponse> withdraw(@PathVariable String code,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody WithdrawalRequest request) {
        return responses.ok(service.withdraw(code, ifMatch, request));
    }
}
