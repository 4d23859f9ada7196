package org.wpsnetwork.reporting.members;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wpsnetwork.kit.mongo.DocumentMapper;
import org.wpsnetwork.kit.replicas.MeetingReplica;
import org.wpsnetwork.kit.replicas.MemberReplica;
import org.wpsnetwork.reporting.views.ViewStore;

@Configuration(proxyBeanMethods = false)
class ReplicasConfiguration {

    /** The members as their events describe them: the base of every member view. */
    @Bean
    MemberReplica memberReplica(ViewStore store, DocumentMapper mapper) {
        return new MemberReplica("member-views", store.collection("member_views"), mapper);
    }

    /** The meetings as their events describe them: attendance and recommendations for the member views. */
    @Bean
    MeetingReplica meetingReplica(ViewStore store, DocumentMapper mapper) {
        return new MeetingReplica("meeting-views", store.collection("meeting_views"), mapper);
    }
}
