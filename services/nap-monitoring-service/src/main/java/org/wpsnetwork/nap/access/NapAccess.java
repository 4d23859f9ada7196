package org.wpsnetwork.nap.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wpsnetwork.kit.security.AccessRules;
import org.wpsnetwork.kit.security.AccessRules.MemberConcerned;
import org.wpsnetwork.nap.plans.PlanService;
import org.wpsnetwork.nap.reports.ReportService;

import java.util.Optional;
import java.util.function.Function;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.wpsnetwork.kit.security.Role.PEER_REVIEWER;
import static org.wpsnetwork.kit.security.Role.SECRETARIAT;

/**
 * Who may do what with action plans and progress reports: a member's focal points record, extend, submit and
 * correct the member's own; the secretariat does it on a member's behalf and alone returns and validates reports
 * and overrides an indicator's status, and keeps the catalogue of reference indicators, which everyone reads;
 * peer reviewers read.
 */
@Configuration(proxyBeanMethods = false)
class NapAccess {

    @Bean
    AccessRules napAccessRules(PlanService plans, ReportService reports) {
        MemberConcerned member = MemberConcerned.pathVariable("code");
        MemberConcerned planOwner = lookedUp("planId", id -> plans.get(id).state().memberCode());
        MemberConcerned reportOwner = lookedUp("reportId", id -> reports.get(id).state().current().memberCode());
        return AccessRules.builder()
                .allow(GET, "/api/v1/members/{code}/action-plans", member, SECRETARIAT, PEER_REVIEWER)
                .allow(POST, "/api/v1/members/{code}/action-plans", member, SECRETARIAT)
                .allow(GET, "/api/v1/action-plans/{planId}", planOwner, SECRETARIAT, PEER_REVIEWER)
                .allow(POST, "/api/v1/action-plans/{planId}/extension", planOwner, SECRETARIAT)
                .allow(PUT, "/api/v1/action-plans/{planId}/indicators/{code}/status-override", null, SECRETARIAT)
                .allow(DELETE, "/api/v1/action-plans/{planId}/indicators/{code}/status-override", null, SECRETARIAT)
                .allow(GET, "/api/v1/action-plans/{planId}/progress-reports", planOwner, SECRETARIAT, PEER_REVIEWER)
                .allow(POST, "/api/v1/action-plans/{planId}/progress-reports", planOwner, SECRETARIAT)
                .signedIn(GET, "/api/v1/reference-indicators")
                .signedIn(GET, "/api/v1/reference-indicators/{code}")
                .allow(POST, "/api/v1/reference-indicators", null, SECRETARIAT)
                .allow(PUT, "/api/v1/reference-indicators/{code}", null, SECRETARIAT)
                .allow(GET, "/api/v1/progress-reports", null, SECRETARIAT)
                .allow(GET, "/api/v1/progress-reports/{reportId}", reportOwner, SECRETARIAT, PEER_REVIEWER)
                .allow(PUT, "/api/v1/progress-reports/{reportId}", reportOwner, SECRETARIAT)
                .allow(POST, "/api/v1/progress-reports/{reportId}/documents", reportOwner, SECRETARIAT)
                // Public evidence is for anyone signed in; the service itself refuses private evidence to others.
                .signedIn(GET, "/api/v1/evidence-documents/{documentId}")
                .allow(POST, "/api/v1/progress-reports/{reportId}/return", null, SECRETARIAT)
                .allow(POST, "/api/v1/progress-reports/{reportId}/validation", null, SECRETARIAT)
                .build();
    }

    /** The member of the record a path variable names; none when there is no such record (or it cannot be read). */
    private static MemberConcerned lookedUp(String variable, Function<String, String> memberOf) {
        return variables -> {
            try {
                return Optional.ofNullable(variables.get(variable)).map(memberOf);
            } catch (RuntimeException missingOrUnreadable) {
                return Optional.empty();
            }
        };
    }
}
