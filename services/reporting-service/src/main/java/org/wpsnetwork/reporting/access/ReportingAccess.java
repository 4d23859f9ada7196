package org.wpsnetwork.reporting.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wpsnetwork.kit.security.AccessRules;
import org.wpsnetwork.kit.security.AccessRules.MemberConcerned;

import static org.springframework.http.HttpMethod.GET;
import static org.wpsnetwork.kit.security.Role.PEER_REVIEWER;
import static org.wpsnetwork.kit.security.Role.SECRETARIAT;

/** Who may read which views: the network's views are everyone's; a member's view is its focal points'. */
@Configuration(proxyBeanMethods = false)
class ReportingAccess {

    @Bean
    AccessRules reportingAccessRules() {
        MemberConcerned member = MemberConcerned.pathVariable("code");
        return AccessRules.builder()
                .signedIn(GET, "/api/v1/reports/network")
                .signedIn(GET, "/api/v1/reports/recommendations")
                .allow(GET, "/api/v1/reports/recommendations/{id}", null, SECRETARIAT, PEER_REVIEWER)
                .signedIn(GET, "/api/v1/reports/members")
                .signedIn(GET, "/api/v1/reports/reporting-calendar")
                .allow(GET, "/api/v1/reports/notifications", null, SECRETARIAT)
                .allow(GET, "/api/v1/reports/compare", null, SECRETARIAT, PEER_REVIEWER)
                .allow(GET, "/api/v1/reports/members/{code}", member, SECRETARIAT, PEER_REVIEWER)
                .allow(GET, "/api/v1/reports/members/{code}/timeline", member, SECRETARIAT, PEER_REVIEWER)
                .build();
    }
}
