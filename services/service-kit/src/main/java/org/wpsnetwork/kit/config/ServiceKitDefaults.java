package org.wpsnetwork.kit.config;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.support.ResourcePropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Adds {@code wps-service-defaults.properties} as the lowest-precedence property source: the settings every
 * service shares (connections from KAFKA_BOOTSTRAP_SERVERS / MONGODB_URI, producer safety, actuator exposure,
 * logging with correlation ids). A service's application.yml or the environment overrides any of them.
 */
public class ServiceKitDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "classpath:wps-service-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource("wpsServiceDefaults", RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
