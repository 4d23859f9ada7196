package org.wpsnetwork.kit.projection;

import io.micrometer.core.instrument.MeterRegistry;
import org.wpsnetwork.contracts.EventCodec;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Makes the {@link ProjectionRunner} of each consumed topic with what every runner shares. */
public class ProjectionRunners {

    private final EventCodec codec;
    private final DeadLetters deadLetters;
    private final ProjectionCheckpoints checkpoints;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration retryPause;

    public ProjectionRunners(EventCodec codec, DeadLetters deadLetters, ProjectionCheckpoints checkpoints,
                             MeterRegistry metrics, Clock clock, int maxAttempts, Duration retryPause) {
        this.codec = codec;
        this.deadLetters = deadLetters;
        this.checkpoints = checkpoints;
        this.metrics = metrics;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.retryPause = retryPause;
    }

    /** @param consumer the consumer's name in metrics, logs, checkpoints and dead letters, e.g. "nap-events" */
    public ProjectionRunner runner(String consumer, List<Projection> projections) {
        return runner(consumer, projections, BatchScope.NONE);
    }

    /** The same, applying each batch inside {@code scope}. */
    public ProjectionRunner runner(String consumer, List<Projection> projections, BatchScope scope) {
        return new ProjectionRunner(consumer, projections, codec, deadLetters, checkpoints, metrics, clock, maxAttempts,
                retryPause, scope);
    }
}
