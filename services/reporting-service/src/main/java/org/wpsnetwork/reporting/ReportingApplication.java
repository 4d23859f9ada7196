package org.wpsnetwork.reporting;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.wpsnetwork.reporting.nap.ProgressThresholds;

/** Read models of the network built from every service's events, and the secretariat's dashboard. */
@SpringBootApplication
@EnableConfigurationProperties(ProgressThresholds.class)
public class ReportingApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReportingApplication.class, args);
    }

    @Bean
    OpenAPI reportingApi() {
        return new OpenAPI().info(new Info()
                .title("WPS reporting service")
                .version("v1")
                .description("Per-member progress views, the network overview and member timelines, built from "
                        + "the events of every service. Every answer says how fresh it is (asOf)."));
    }
}
