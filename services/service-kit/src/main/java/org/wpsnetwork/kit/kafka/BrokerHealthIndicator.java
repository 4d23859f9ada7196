package org.wpsnetwork.kit.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * UP while the broker answers and this service's topics exist; part of readiness, so a service whose broker is
 * away (or not provisioned yet, at start) takes no traffic, while liveness stays UP and nothing restarts it.
 */
public class BrokerHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final Admin admin;
    private final TopicProvisioning provisioning;

    public BrokerHealthIndicator(Map<String, Object> adminProperties, TopicProvisioning provisioning) {
        super("Broker health check failed");
        this.admin = Admin.create(adminProperties);
        this.provisioning = provisioning;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws InterruptedException {
        int nodes;
        try {
            nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()))
                    .nodes().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).size();
        } catch (ExecutionException | TimeoutException e) {
            // An expected condition while the broker is away: said in the health, not logged as a stack trace.
            builder.down().withDetail("error", "broker not reachable: " + e.getClass().getSimpleName());
            return;
        }
        builder.withDetail("brokers", nodes).withDetail("topics", provisioning.ready() ? "ready" : "being created");
        if (nodes > 0 && provisioning.ready()) {
            builder.up();
        } else {
            builder.down();
        }
    }

    @Override
    public void destroy() {
        admin.close(Duration.ofSeconds(2));
    }
}
