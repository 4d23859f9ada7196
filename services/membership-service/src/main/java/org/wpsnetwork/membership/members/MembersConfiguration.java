package org.wpsnetwork.membership.members;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wpsnetwork.kit.outbox.AggregateStore;
import org.wpsnetwork.kit.outbox.OutboxSupport;

@Configuration(proxyBeanMethods = false)
class MembersConfiguration {

    @Bean
    AggregateStore<Member> members(MongoDatabase database, OutboxSupport outbox) {
        return new AggregateStore<>("Member", database.getCollection("members"), Member.class, outbox);
    }
}
