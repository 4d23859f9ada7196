package org.wpsnetwork.meetings.meetings;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
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
        AggregateStore<MeetingSnapshot> meetings = new AggregateStore<>("Meeting", database.getCollection("meetings"),
                MeetingSnapshot.class, outbox);
        meetings.index("kind_start", Indexes.compoundIndex(Indexes.ascending("state.kind"),
                Indexes.descending("state.startDate")));
        meetings.index("recommendation_ids", Indexes.ascending("state.recommendations.id"));
        return meetings;
    }
}
