package org.wpsnetwork.reporting.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wpsnetwork.kit.projection.ProjectionCheckpoints;
import org.wpsnetwork.kit.projection.SourceFreshness;
import org.wpsnetwork.reporting.views.NetworkViews;

@RestController
@Tag(name = "Network overview", description = "The state of the whole network at a glance")
class NetworkOverviewController {

    private final NetworkOverviews overviews;
    private final NetworkViews network;
    private final ProjectionCheckpoints checkpoints;
    private final SourceFreshness freshness;

    NetworkOverviewController(NetworkOverviews overviews, NetworkViews network, ProjectionCheckpoints checkpoints,
                              SourceFreshness freshness) {
        this.overviews = overviews;
        this.network = network;
        this.checkpoints = checkpoints;
        this.freshness = freshness;
    }

    @GetMapping("/api/v1/reports/network")
    @Operation(summary = "The network overview", description = "Member counts by type and status, the current "
            + "leadership, NAP coverage, members by reporting status, reporting rate (received / expected) and "
            + "timeliness (on time / expected) for the network, by region and by type, meetings with attendance counts, recommendations "
            + "by theme and the figures the documents state; asOf is the time of the newest event applied")
    NetworkOverviews.NetworkOverview overview() {
        NetworkOverviews.NetworkOverview stored = overviews.stored().orElseGet(() -> {
            network.rewriteNow(); // none yet: the first start, before the first rewrite is done
            return overviews.stored().orElseThrow();
        });
        return stored.freshAt(freshness.sources(), checkpoints.newest().orElse(null));
    }
}
