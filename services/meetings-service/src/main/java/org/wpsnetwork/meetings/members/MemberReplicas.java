package org.wpsnetwork.meetings.members;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.wpsnetwork.kit.replicas.MemberReplication;

/**
 * The members as this service knows them, to check hosts, co-chairs and attendees: a replica fed by
 * {@code wps.membership.events}, never a call to the membership service.
 */
@Configuration(proxyBeanMethods = false)
@Import(MemberReplication.class)
class MemberReplicas {
}
