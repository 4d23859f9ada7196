package org.wpsnetwork.membership.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wpsnetwork.kit.security.AccessRules;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.wpsnetwork.kit.security.Role.SECRETARIAT;

/** Who may do what in membership: everyone signed in reads the record; the secretariat keeps it. */
@Configuration(proxyBeanMethods = false)
class MembershipAccess {

    @Bean
    AccessRules membershipAccessRules() {
        return AccessRules.builder()
                .signedIn(GET, "/api/v1/members")
                .signedIn(GET, "/api/v1/members/{code}")
                .allow(POST, "/api/v1/members", null, SECRETARIAT)
                .allow(PATCH, "/api/v1/members/{code}", null, SECRETARIAT)
                .allow(POST, "/api/v1/members/{code}/withdrawal", null, SECRETARIAT)
                .allow(PUT, "/api/v1/members/{code}/focal-point", null, SECRETARIAT)
                .allow(DELETE, "/api/v1/members/{code}/focal-point", null, SECRETARIAT)
                .signedIn(GET, "/api/v1/network/roles")
                .signedIn(GET, "/api/v1/network/roles/{year}")
                .allow(PUT, "/api/v1/network/roles/{year}", null, SECRETARIAT)
                .build();
    }
}
