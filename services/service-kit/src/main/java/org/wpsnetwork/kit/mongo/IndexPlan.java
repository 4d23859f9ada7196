package org.wpsnetwork.kit.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

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
    private volatile boolean created;
    private volatile Thread worker;

    /** Declares an index; {@code options} names it and may make it unique or partial. */
    public void index(MongoCollection<Document> collection, Bson keys, IndexOptions options) {
        planned.add(new Planned(collection, keys, options));
        if (created) {
            collection.createIndex(keys, options);
        }
    }

    /** Before the consumers and the relay start. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 2000;
    }

    @Override
    public synchronized void start() {
        try {
            createAll();
        } catch (RuntimeException e) {
            log.warn("Could not create the indexes yet ({}); retrying in the background", e.getMessage());
            worker = new Thread(this::retry, "index-plan");
            worker.setDaemon(true);
            worker.start();
        }
    }

    private void createAll() {
        for (Planned index : planned) {
            index.collection().createIndex(index.keys(), index.options());
        }
        created = true;
        log.info("{} indexes in place", planned.size());
    }

    private void retry() {
        while (!created && worker == Thread.currentThread()) {
            try {
                Thread.sleep(5_000);
                createAll();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.debug("Indexes not created yet: {}", e.getMessage());
            }
        }
    }

    @Override
    public synchronized void stop() {
        Thread running = worker;
        worker = null;
        if (running != null) {
            running.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return created || worker != null;
    }
}
