package org.wpsnetwork.meetings.meetings;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wpsnetwork.kit.outbox.AggregateStore;
import org.wpsnetwork.kit.outbox.OutboxSupport;

@Configuration(proxyBeanMethods = false)
class MeetingsConfiguration {

    @Bean
    AggregateStore<Meeting> meetings(MongoDatabase database, OutboxSupport outbox) {
        AggregateStore<Meeting> meetings = new AggregateStore<>("Meeting", database.getCollection("meetings"),
                Meeting.class, outbox);
        meetings.index("kind_start", Indexes.compoundIndex(Indexes.ascending("state.kind"),
                Indexes.descending("state.startDate")));
        meetings.index("recommendation_ids", Indexes.ascending("state.recommendations.id"));
        return meetings;
    }
}
