package org.wpsnetwork.reporting.rebuild;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wpsnetwork.kit.security.SignedInUser;
import org.wpsnetwork.kit.web.ApiProblemException;

@RestController
@Tag(name = "Administration", description = "Operations on the service's own records and event intake")
class RebuildController {

    private final ProjectionRebuild rebuild;

    RebuildController(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/api/v1/admin/projections/rebuild")
    @Operation(summary = "Rebuilds every view from the event log while the current views keep serving",
            description = "Replays every topic from offset 0 into a fresh set of collections, materialises the "
                    + "member and network views, catches up, then switches every view at once and drops the old set. "
                    + "202 with its progress; 409 while one runs. GET the same path to follow it")
    ResponseEntity<RebuildProgress> start() {
        String by = SignedInUser.required().actor().describe();
        return rebuild.start(by).map(progress -> ResponseEntity.status(HttpStatus.ACCEPTED).body(progress))
                .orElseThrow(() -> ApiProblemException.conflict("A rebuild is running already: follow it with GET "
                        + "/api/v1/admin/projections/rebuild"));
    }

    @GetMapping("/api/v1/admin/projections/rebuild")
    @Operation(summary = "The progress of the running rebuild, or of the last one since the service started",
            description = "Per topic: events replayed of the total and skipped; the rate, an ETA and the phase. 404 "
                    + "before any rebuild")
    RebuildProgress progress() {
        return rebuild.progress().orElseThrow(() -> ApiProblemException.notFound(
                "No rebuild since the service started"));
    }
}
