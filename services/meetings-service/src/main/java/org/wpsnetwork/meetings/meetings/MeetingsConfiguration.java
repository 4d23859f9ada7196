package org.wpsnetwork.meetings.meetings;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wpsnetwork.contracts.meetings.MeetingSnapshot;
import org.wpsnetwork.kit.outbox.AggregateStore;
import org.wpsnetwork.kit.outbox.OutboxSupport;

@Configuration(proxyBeanMethods = false)
class MeetingsConfiguration {

    /** Meetings are stored as the snapshot their events carry: the record and the contract are the same facts. */
    @Bean
    AggregateStore<MeetingSnapshot> meetings(MongoDatabase database, OutboxSupport outbox) {
        return new AggregateStore<>("Meeting", database.getCollection("meetings"), MeetingSnapshot.class, outbox);
    }
}
