package org.wpsnetwork.testsupport;

import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault test R6 for one service: a subclass sets up what its endpoints need, lists them, and calls
 * {@link #noRequestBreaks}. The seed is {@code -Dwps.hostile.seed} (a fixed one by default), so a failing run
 * can be replayed exactly.
 */
public abstract class HostileInputTest {

    private static final long SEED = Long.getLong("wps.hostile.seed", 20261201L);

    @Autowired
    protected ServiceUnderTest service;
    @Autowired
    private Environment environment;
    @Autowired
    private MongoDatabase database;

    /** Sends {@code count} generated requests derived from {@code endpoints}; every property must hold. */
    protected void noRequestBreaks(String serviceName, int count, List<HostileRequests.Endpoint> endpoints) {
        HostileRequests.Figures figures = HostileRequests.run(environment.getRequiredProperty("local.server.port",
                Integer.class), database, SEED, count, endpoints);
        System.out.println(figures.summary(serviceName));
        assertThat(figures.violations()).isEmpty();
    }
}
