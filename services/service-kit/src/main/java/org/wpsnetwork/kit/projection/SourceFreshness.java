package org.wpsnetwork.kit.projection;

import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * How fresh the views are, per source topic: when the newest event applied from it occurred, when it was
 * applied, and whether its consumer is failing (since when, why). One source that stalls shows as stalled
 * while the others keep their own times: a view built from several never claims the freshness of the newest.
 * As a health indicator ({@code projections}, in the messaging group) it is DOWN while a consumer has been
 * failing for longer than {@code stalledAfter}.
 */
public class SourceFreshness extends AbstractHealthIndicator {

    /** One consumed topic: {@code stalledSince} is null while its consumer keeps up. */
    public record Source(String consumer, Instant lastEventAt, Instant lastAppliedAt, Instant stalledSince,
                         String reason) {
    }

    private final ProjectionCheckpoints checkpoints;
    private final ObjectProvider<ProjectionRunner> runners;
    private final Duration stalledAfter;

    public SourceFreshness(ProjectionCheckpoints checkpoints, ObjectProvider<ProjectionRunner> runners,
                           Duration stalledAfter) {
        super("Projection health check failed");
        this.checkpoints = checkpoints;
        this.runners = runners;
        this.stalledAfter = stalledAfter;
    }

    /** Every source this service consumes, in the order the runners were declared. */
    public List<Source> sources() {
        Map<String, Document> stored = checkpoints.all();
        List<Source> sources = new ArrayList<>();
        runners.orderedStream().forEach(runner -> {
            Document checkpoint = stored.get(runner.consumer());
            sources.add(new Source(runner.consumer(), instant(checkpoint, "lastEventAt"),
                    instant(checkpoint, "lastAppliedAt"), runner.failingSince(), runner.lastFailure()));
        });
        return sources;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean stalled = false;
        for (ProjectionRunner runner : runners.orderedStream().toList()) {
            Duration failing = runner.failingFor();
            if (failing.compareTo(stalledAfter) > 0) {
                stalled = true;
                builder.withDetail(runner.consumer(), "stalled for " + failing.toSeconds() + " s: " + runner.lastFailure());
            } else {
                builder.withDetail(runner.consumer(), failing.isZero() ? "keeping up" : "retrying: " + runner.lastFailure());
            }
        }
        (stalled ? builder.down() : builder.up()).build();
    }

    private static Instant instant(Document checkpoint, String field) {
        Date date = checkpoint == null ? null : checkpoint.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
