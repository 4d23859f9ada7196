package org.wpsnetwork.meetings.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wpsnetwork.kit.security.AccessRules;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.wpsnetwork.kit.security.Role.SECRETARIAT;

/** Who may do what in meetings: everyone signed in reads them; the secretariat records them. */
@Configuration(proxyBeanMethods = false)
class MeetingsAccess {

    @Bean
    AccessRules meetingsAccessRules() {
        return AccessRules.builder()
                .signedIn(GET, "/api/v1/meetings")
                .signedIn(GET, "/api/v1/meetings/{id}")
                .allow(POST, "/api/v1/meetings", null, SECRETARIAT)
                .allow(PUT, "/api/v1/meetings/{id}/attendance", null, SECRETARIAT)
                .allow(POST, "/api/v1/meetings/{id}/recommendations", null, SECRETARIAT)
                .allow(POST, "/api/v1/meetings/{id}/communique", null, SECRETARIAT)
                .signedIn(GET, "/api/v1/recommendations")
                .signedIn(GET, "/api/v1/recommendations/{id}")
                .build();
    }
}
