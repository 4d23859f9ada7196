package org.wpsnetwork.reporting.views;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import org.wpsnetwork.kit.mongo.IndexPlan;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Where the read models live. They sit in one database, the current generation, named in the service database
 * ({@code view_generations}); before the first rebuild that is the service database itself. A rebuild fills a
 * fresh generation while this one keeps serving, then {@link #switchTo switches} every view at once.
 *
 * <p>Views ask for their collections here, never from the database: what they get follows the current generation,
 * or, on a thread that {@link #writingTo writes a new one}, that one. Notifications, dead letters and checkpoints
 * are not views (nothing rebuilds them) and stay in the service database.
 */
@Component
public class ViewStore {

    static final String GENERATIONS = "view_generations";
    private static final String CURRENT = "current";

    private record PlannedIndex(String collection, Bson keys, IndexOptions options) {
    }

    private final MongoClient client;
    private final MongoDatabase home;
    private final IndexPlan indexPlan;
    private final Set<String> collections = ConcurrentHashMap.newKeySet();
    private final List<PlannedIndex> indexes = new CopyOnWriteArrayList<>();
    private final ThreadLocal<MongoDatabase> writing = new ThreadLocal<>();
    /** Batches hold it shared; a switch holds it alone, so that no batch writes half to each generation. */
    private final ReentrantReadWriteLock switching = new ReentrantReadWriteLock();
    private volatile MongoDatabase current;

    ViewStore(MongoClient client, MongoDatabase serviceDatabase, IndexPlan indexPlan) {
        this.client = client;
        this.home = serviceDatabase;
        this.indexPlan = indexPlan;
    }

    /** A view's collection, in the current generation (or the one this thread is writing). */
    @SuppressWarnings("unchecked")
    public MongoCollection<Document> collection(String name) {
        collections.add(name);
        return (MongoCollection<Document>) Proxy.newProxyInstance(MongoCollection.class.getClassLoader(),
                new Class<?>[]{MongoCollection.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "equals" -> proxy == args[0];
                            case "hashCode" -> System.identityHashCode(proxy);
                            default -> "view collection " + name;
                        };
                    }
                    try {
                        return method.invoke(database().getCollection(name), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The names of the views' collections, in every generation. */
    public Set<String> collectionNames() {
        return Set.copyOf(collections);
    }

    /** Declares an index of a view's collection, created at start-up and in every new generation. */
    public void index(String collection, Bson keys, IndexOptions options) {
        indexes.add(new PlannedIndex(collection, keys, options));
        indexPlan.index(collection(collection), keys, options);
    }

    /** The database the calling thread's views read and write. */
    public MongoDatabase database() {
        MongoDatabase target = writing.get();
        return target != null ? target : current();
    }

    /** Whether this thread writes a generation other than the current one (a rebuild's). */
    public boolean writingAnotherGeneration() {
        return writing.get() != null;
    }

    /** The current generation's database, for everyone but a rebuild. */
    public MongoDatabase current() {
        MongoDatabase found = current;
        if (found == null) {
            synchronized (this) {
                if (current == null) {
                    Document pointer = home.getCollection(GENERATIONS).find(Filters.eq("_id", CURRENT)).first();
                    current = pointer == null ? home : client.getDatabase(pointer.getString("database"));
                }
                found = current;
            }
        }
        return found;
    }

    /** The name of the database a rebuild fills: the service database's, with a generation number. */
    public String newGenerationName(long generation) {
        return home.getName() + "-views-" + generation;
    }

    /** A fresh database for a new generation, with every view's indexes. */
    public MongoDatabase prepare(String name) {
        MongoDatabase fresh = client.getDatabase(name);
        fresh.drop();
        for (PlannedIndex index : indexes) {
            fresh.getCollection(index.collection()).createIndex(index.keys(), index.options());
        }
        return fresh;
    }

    /** Runs {@code work} with this thread's views reading and writing {@code target}. */
    public <T> T writingTo(MongoDatabase target, Supplier<T> work) {
        MongoDatabase before = writing.get();
        writing.set(target);
        try {
            return work.get();
        } finally {
            writing.set(before);
        }
    }

    /** Applies one batch of events to the current generation; a switch waits for it. */
    public void applying(Runnable batch) {
        switching.readLock().lock();
        try {
            batch.run();
        } finally {
            switching.readLock().unlock();
        }
    }

    /**
     * Makes {@code next} the current generation for every view at once, and returns the one it replaces. Once no
     * batch is being applied, and while none can start, {@code lastCatchUp} runs first: what it writes to
     * {@code next} is then all the consumers had applied, and each document keeps one writer at a time.
     */
    public MongoDatabase switchTo(MongoDatabase next, Runnable lastCatchUp) {
        switching.writeLock().lock();
        try {
            writingTo(next, () -> {
                lastCatchUp.run();
                return null;
            });
            MongoDatabase previous = current();
            home.getCollection(GENERATIONS).replaceOne(Filters.eq("_id", CURRENT),
                    new Document("_id", CURRENT).append("database", next.getName()).append("since", new Date()),
                    new ReplaceOptions().upsert(true));
            current = next;
            return previous;
        } finally {
            switching.writeLock().unlock();
        }
    }

    /** Drops a generation that no longer serves: its database, or, for the service database, only its views. */
    public void drop(MongoDatabase generation) {
        if (generation.getName().equals(current().getName())) {
            throw new IllegalStateException("The current generation " + generation.getName() + " cannot be dropped");
        }
        if (generation.getName().equals(home.getName())) {
            collections.forEach(name -> home.getCollection(name).drop());
        } else {
            generation.drop();
        }
    }

    /** Generations left behind by a rebuild that did not finish (the service stopped during it). */
    public List<String> abandoned() {
        String prefix = home.getName() + "-views-";
        String serving = current().getName();
        return client.listDatabaseNames().into(new ArrayList<>()).stream()
                .filter(name -> name.startsWith(prefix) && !name.equals(serving)).toList();
    }

    public void dropDatabase(String name) {
        client.getDatabase(name).drop();
    }
}
