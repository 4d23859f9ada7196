package org.wpsnetwork.reporting.members;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wpsnetwork.kit.mongo.DocumentMapper;
import org.wpsnetwork.kit.replicas.MemberReplica;

@Configuration(proxyBeanMethods = false)
class MembersConfiguration {

    /** The members as their events describe them: the base of every member view. */
    @Bean
    MemberReplica memberReplica(MongoDatabase database, DocumentMapper mapper) {
        return new MemberReplica("member-views", database.getCollection("member_views"), mapper);
    }
}
