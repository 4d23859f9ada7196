package org.wpsnetwork.meetings.meetings;

import org.springdoc.core.annotations.ParameterObject;
import org.wpsnetwork.kit.web.CreatedResponses;
import org.wpsnetwork.kit.web.PageRequest;
import org.wpsnetwork.kit.web.Pages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wpsnetwork.contracts.meetings.MeetingKind;
import org.wpsnetwork.kit.outbox.Created;
import org.wpsnetwork.kit.web.IdempotencyKeys;

import java.util.List;

@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "Meetings", description = "The network's meetings: foundational, capital-level, ministerial, side "
        + "events and expert-level")
class MeetingsController {

    private final MeetingService service;

    MeetingsController(MeetingService service) {
        this.service = service;
    }

    @PostMapping
    @Operation(summary = "Put a meeting on the record", description = "201; 409 if the id exists; 422 when the dates "
            + "do not fit together or a host or co-chair was not a member at the time")
    ResponseEntity<MeetingResponse> schedule(@Valid @RequestBody ScheduleMeetingRequest request,
            @Parameter(description = "Makes a retried creation safe")
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey) {
        Created<Meeting> created = service.schedule(request, IdempotencyKeys.of(idempotencyKey, request));
        return CreatedResponses.of(created, "/api/v1/meetings/" + created.aggregate().state().id(),
                MeetingResponse.of(created.aggregate()));
    }

    @GetMapping
    @Operation(summary = "Meetings, newest first", description = "Filter by the year the meeting started and by kind")
    ResponseEntity<List<MeetingResponse>> list(@RequestParam(required = false) @Min(2015) @Max(2100) Integer year,
                                               @RequestParam(required = false) MeetingKind kind, @ParameterObject PageRequest page) {
        return Pages.respond(service.list(year, kind).stream().map(MeetingResponse::of).toList(), page);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One meeting with its attendees and recommendations; ETag is its version")
    ResponseEntity<MeetingResponse> get(@PathVariable String id) {
        return MeetingResponse.ok(service.get(id));
    }
}
