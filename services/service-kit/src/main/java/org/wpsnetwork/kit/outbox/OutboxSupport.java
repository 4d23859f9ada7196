package org.wpsnetwork.kit.outbox;

import com.mongodb.client.MongoDatabase;
import org.wpsnetwork.contracts.EventCodec;
import org.wpsnetwork.kit.events.EventFactory;
import org.wpsnetwork.kit.mongo.DocumentMapper;

/** What every {@link AggregateStore} needs, bundled so a service builds a store in one line. */
public record OutboxSupport(MongoDatabase database, DocumentMapper mapper, EventFactory events, EventCodec codec,
                            OutboxRelay relay) {
}
