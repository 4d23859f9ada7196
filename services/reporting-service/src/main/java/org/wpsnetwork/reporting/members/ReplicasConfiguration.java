package org.wpsnetwork.reporting.members;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wpsnetwork.kit.mongo.DocumentMapper;
import org.wpsnetwork.kit.replicas.MeetingReplica;
import org.wpsnetwork.kit.replicas.MemberReplica;

@Configuration(proxyBeanMethods = false)
class ReplicasConfiguration {

    /** The members as their events describe them: the base of every member view. */
    @Bean
    MemberReplica memberReplica(MongoDatabase database, DocumentMapper mapper) {
        return new MemberReplica("member-views", database.getCollection("member_views"), mapper);
    }

    /** The meetings as their events describe them: attendance and recommendations for the member views. */
    @Bean
    MeetingReplica meetingReplica(MongoDatabase database, DocumentMapper mapper) {
        return new MeetingReplica("meeting-views", database.getCollection("meeting_views"), mapper);
    }
}
