package org.wpsnetwork.membership.focalpoints;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wpsnetwork.kit.outbox.Versioned;
import org.wpsnetwork.kit.web.ETags;
import org.wpsnetwork.membership.members.Member;
import org.wpsnetwork.membership.members.MemberResponse;
import org.wpsnetwork.membership.members.MemberResponses;

@RestController
@RequestMapping("/api/v1/members/{code}/focal-point")
@Tag(name = "Focal points", description = "The person each member appoints as its WPS focal point")
class FocalPointController {

    private final FocalPointService service;
    private final MemberResponses responses;

    FocalPointController(FocalPointService service, MemberResponses responses) {
        this.service = service;
        this.responses = responses;
    }

    @PutMapping
    @Operation(summary = "Appoint or replace the focal point", description = "Answers with the member; 409 for a "
            + "member that withdrew")
    ResponseEntity<MemberResponse> appoint(@PathVariable String code,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody FocalPointRequest request) {
        return responses.ok(service.appoint(code, ifMatch, request));
    }

    @DeleteMapping
    @Operation(summary = "Vacate the focal point post", description = "204 with the member's new ETag; 404 when "
            + "there is no focal point")
    ResponseEntity<Void> vacate(@PathVariable String code,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Versioned<Member> member = service.vacate(code, ifMatch);
        return ResponseEntity.noContent().eTag(ETags.of(member.version())).build();
    }
}
