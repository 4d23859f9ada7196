package org.wpsnetwork.nap;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Members' action plans on women, peace and security, and the progress they report against them. */
@SpringBootApplication
public class NapMonitoringApplication {

    public static void main(String[] args) {
        SpringApplication.run(NapMonitoringApplication.class, args);
    }

    @Bean
    OpenAPI napMonitoringApi() {
        return new OpenAPI().info(new Info()
                .title("WPS NAP monitoring service")
                .version("v1")
                .description("National action plans of member states, regional action plans and strategies of "
                        + "regional organizations, with their indicators; the progress reports members submit, "
                        + "correct, and the secretariat returns or validates. Every change is published on "
                        + "wps.nap.events, keyed by member code."));
    }
}
