package org.wpsnetwork.meetings.attendance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.wpsnetwork.meetings.meetings.MeetingResponse;

@RestController
@Tag(name = "Attendance", description = "Who attended a meeting")
class AttendanceController {

    private final AttendanceService service;

    AttendanceController(AttendanceService service) {
        this.service = service;
    }

    @PutMapping("/api/v1/meetings/{id}/attendance")
    @Operation(summary = "Set the whole attendance list", description = "422 names every code that is not a member, "
            + "or was not one at the time of the meeting; the event says who was added and removed")
    ResponseEntity<MeetingResponse> record(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody AttendanceRequest request) {
        return MeetingResponse.ok(service.record(id, ifMatch, request.memberCodes()));
    }
}
