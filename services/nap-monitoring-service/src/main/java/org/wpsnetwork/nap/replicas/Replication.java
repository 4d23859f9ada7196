package org.wpsnetwork.nap.replicas;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.wpsnetwork.kit.replicas.MeetingReplication;
import org.wpsnetwork.kit.replicas.MemberReplication;

/**
 * What this service knows of members and recommendations, to check plans and reports: replicas fed by
 * {@code wps.membership.events} and {@code wps.meetings.events}, never calls to the services that own them.
 */
@Configuration(proxyBeanMethods = false)
@Import({MemberReplication.class, MeetingReplication.class})
class Replication {
}
