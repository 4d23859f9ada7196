package org.wpsnetwork.membership.members;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wpsnetwork.kit.outbox.AggregateStore;
import org.wpsnetwork.kit.outbox.OutboxSupport;

@Configuration(proxyBeanMethods = false)
class MembersConfiguration {

    @Bean
    AggregateStore<Member> members(MongoDatabase database, OutboxSupport outbox) {
        AggregateStore<Member> members = new AggregateStore<>("Member", database.getCollection("members"), Member.class,
                outbox);
        members.index("type_status_region", Indexes.ascending("state.type", "state.status", "state.region"));
        return members;
    }
}
