package org.wpsnetwork.kit.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.wpsnetwork.kit.lifecycle.RetriedUntilDone;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The indexes behind every query a service makes, declared next to the query by whoever owns the collection and
 * created at start-up, idempotently (creating an index that exists changes nothing). A database that is away at
 * start does not stop the service: the indexes are created in the background once it answers.
 */
public class IndexPlan implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IndexPlan.class);

    private record Planned(MongoCollection<Document> collection, Bson keys, IndexOptions options) {
    }

    private final List<Planned> planned = new CopyOnWriteArrayList<>();
    private final RetriedUntilDone creation = new RetriedUntilDone("create the indexes", this::createAll);

    /** Declares an index; {@code options} names it and may make it unique or partial. */
    public void index(MongoCollection<Document> collection, Bson keys, IndexOptions options) {
        planned.add(new Planned(collection, keys, options));
        if (creation.done()) {
            collection.createIndex(keys, options);
        }
    }

    /** Before the consumers and the relay start. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 2000;
    }

    @Override
    public void start() {
        creation.start();
    }

    @Override
    public void stop() {
        creation.stop();
    }

    @Override
    public boolean isRunning() {
        return creation.done() || creation.trying();
    }

    private void createAll() {
        for (Planned index : planned) {
            index.collection().createIndex(index.keys(), index.options());
        }
        log.info("{} indexes in place", planned.size());
    }
}
