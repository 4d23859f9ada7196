package org.wpsnetwork.kit.outbox;

import com.mongodb.client.MongoDatabase;
import org.wpsnetwork.contracts.EventCodec;
import org.wpsnetwork.kit.events.EventFactory;
import org.wpsnetwork.kit.mongo.DocumentMapper;
import org.wpsnetwork.kit.mongo.IndexPlan;
import org.wpsnetwork.kit.mongo.UnreadableDocuments;

/**
 * What every {@link AggregateStore} needs, bundled so a service builds a store in one line.
 *
 * @param maxEventBytes the largest event the broker takes: a change that would produce a larger one is refused
 */
public record OutboxSupport(MongoDatabase database, DocumentMapper mapper, EventFactory events, EventCodec codec,
                            OutboxRelay relay, long maxEventBytes, IndexPlan indexes,
                            UnreadableDocuments unreadable, RestatableRecords restatable) {
}
