package org.wpsnetwork.membership;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Members of the WPS Focal Points Network, their focal points and the network's yearly leadership. */
@SpringBootApplication
public class MembershipApplication {

    public static void main(String[] args) {
        SpringApplication.run(MembershipApplication.class, args);
    }

    @Bean
    OpenAPI membershipApi() {
        return new OpenAPI().info(new Info()
                .title("WPS membership service")
                .version("v1")
                .description("Members (UN member states and regional organizations), their focal points and the "
                        + "network's yearly roles. Every change is published on wps.membership.events."));
    }
}
