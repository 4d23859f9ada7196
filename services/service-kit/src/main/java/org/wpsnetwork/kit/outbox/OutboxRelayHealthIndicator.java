package org.wpsnetwork.kit.outbox;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * DOWN while the relay cannot reach the broker. Writes are still accepted meanwhile (they wait in the
 * outbox), which is why this is not part of readiness.
 */
public class OutboxRelayHealthIndicator extends AbstractHealthIndicator {

    private final OutboxRelay relay;

    public OutboxRelayHealthIndicator(OutboxRelay relay) {
        super("Outbox relay health check failed");
        this.relay = relay;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        String failure = relay.lastFailure();
        (failure == null ? builder.up() : builder.down().withDetail("lastFailure", failure))
                .withDetail("backlog", relay.backlog())
                .withDetail("lastSuccess", String.valueOf(relay.lastSuccess()));
    }
}
