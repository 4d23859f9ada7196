package org.wpsnetwork.meetings.communiques;

import org.springdoc.core.annotations.ParameterObject;
import org.wpsnetwork.kit.web.PageRequest;
import org.wpsnetwork.kit.web.Pages;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wpsnetwork.contracts.meetings.Recommendation;
import org.wpsnetwork.contracts.meetings.RecommendationTheme;
import org.wpsnetwork.kit.outbox.Versioned;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.kit.web.ETags;
import org.wpsnetwork.meetings.meetings.Meeting;
import org.wpsnetwork.meetings.meetings.MeetingResponse;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@RestController
@Tag(name = "Communiqués", description = "The recommendations a meeting adopts, frozen once its communiqué is adopted")
class CommuniqueController {

    /** A recommendation with the meeting that adopted it (adoptedOn is null while the communiqué is pending). */
    record RecommendationResponse(String meetingId, String meetingTitle, LocalDate adoptedOn,
                                  @JsonUnwrapped Recommendation recommendation) {

        static RecommendationResponse of(CommuniqueService.MeetingRecommendation found) {
            return new RecommendationResponse(found.meetingId(), found.meetingTitle(), found.adoptedOn(),
                    found.recommendation());
        }
    }

    private final CommuniqueService service;

    CommuniqueController(CommuniqueService service) {
        this.service = service;
    }

    @PostMapping("/api/v1/meetings/{id}/recommendations")
    @Operation(summary = "Add a recommendation to the communiqué", description = "201 with the meeting; 409 once "
            + "the communiqué is adopted, or when the recommendation id is taken (ids are unique across meetings)")
    ResponseEntity<MeetingResponse> addRecommendation(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody RecommendationRequest request) {
        Versioned<Meeting> meeting = service.addRecommendation(id, ifMatch, request);
        return ResponseEntity.created(URI.create("/api/v1/recommendations/" + request.id()))
                .eTag(ETags.of(meeting.version()))
                .body(MeetingResponse.of(meeting));
    }

    @PostMapping("/api/v1/meetings/{id}/communique")
    @Operation(summary = "Adopt the communiqué", description = "Freezes the recommendation list; 409 if adopted already")
    ResponseEntity<MeetingResponse> adopt(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody AdoptionRequest request) {
        return MeetingResponse.ok(service.adopt(id, ifMatch, request.adoptedOn()));
    }

    @GetMapping("/api/v1/recommendations")
    @Operation(summary = "Recommendations across meetings, newest meeting first")
    ResponseEntity<List<RecommendationResponse>> recommendations(
            @RequestParam(required = false) RecommendationTheme theme, @RequestParam(required = false) String meetingId,
            @ParameterObject PageRequest page) {
        return Pages.respond(service.recommendations(theme, meetingId).stream().map(RecommendationResponse::of).toList(),
                page);
    }

    @GetMapping("/api/v1/recommendations/{id}")
    @Operation(summary = "One recommendation with its meeting")
    RecommendationResponse recommendation(@PathVariable String id) {
        return service.recommendation(id).map(RecommendationResponse::of)
                .orElseThrow(() -> ApiProblemException.notFound("Recommendation '" + id + "' does not exist"));
    }
}
