package org.wpsnetwork.reporting.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wpsnetwork.kit.projection.ProjectionCheckpoints;
import org.wpsnetwork.reporting.members.MemberCounts;

import java.time.Instant;

@RestController
@Tag(name = "Network overview", description = "The state of the whole network at a glance")
class NetworkOverviewController {

    /** The network overview; {@code leadership} is the most recent year's roles, null before any are recorded. */
    record NetworkOverview(MemberCounts.Counts members, RolesHeld.Leadership leadership, Instant asOf) {
    }

    private final MemberCounts counts;
    private final RolesHeld roles;
    private final ProjectionCheckpoints checkpoints;

    NetworkOverviewController(MemberCounts counts, RolesHeld roles, ProjectionCheckpoints checkpoints) {
        this.counts = counts;
        this.roles = roles;
        this.checkpoints = checkpoints;
    }

    @GetMapping("/api/v1/reports/network")
    @Operation(summary = "The network overview", description = "Member counts by type and status, the current "
            + "leadership; asOf is the time of the newest event applied")
    NetworkOverview overview() {
        return new NetworkOverview(counts.count(), roles.latest().orElse(null), checkpoints.newest().orElse(null));
    }
}
