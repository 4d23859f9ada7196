package org.wpsnetwork.kit.outbox;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * DOWN while the relay cannot reach the broker, or while an event is parked (the broker can never accept it:
 * an operator must act). Writes are still accepted meanwhile (they wait in the outbox), which is why this is
 * not part of readiness.
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
        int parked = relay.parked().size();
        (failure == null && parked == 0 ? builder.up() : builder.down())
                .withDetail("lastFailure", String.valueOf(failure))
                .withDetail("parked", parked)
                .withDetail("backlog", relay.backlog())
                .withDetail("lastSuccess", String.valueOf(relay.lastSuccess()));
    }
}
