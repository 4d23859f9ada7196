package org.wpsnetwork.meetings;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The network's meetings, who attended them and what their communiqués recommend. */
@SpringBootApplication
public class MeetingsApplication {

    public static void main(String[] args) {
        SpringApplication.run(MeetingsApplication.class, args);
    }

    @Bean
    OpenAPI meetingsApi() {
        return new OpenAPI().info(new Info()
                .title("WPS meetings service")
                .version("v1")
                .description("Meetings of the network (foundational, capital-level, ministerial, side events, "
                        + "expert-level), their attendance and the recommendations adopted in their communiqués. "
                        + "Every change is published on wps.meetings.events."));
    }
}
