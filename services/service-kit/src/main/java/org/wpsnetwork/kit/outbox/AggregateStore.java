package org.wpsnetwork.kit.outbox;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.wpsnetwork.contracts.EventCodec;
import org.wpsnetwork.contracts.EventEnvelope;
import org.wpsnetwork.kit.events.Change;
import org.wpsnetwork.kit.events.EventFactory;
import org.wpsnetwork.kit.events.NewEvent;
import org.wpsnetwork.kit.mongo.DocumentMapper;
import org.wpsnetwork.kit.mongo.IndexPlan;
import org.wpsnetwork.kit.mongo.UnreadableDocuments;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.kit.web.ETags;
import org.wpsnetwork.kit.web.ProblemType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Stores one kind of aggregate, one document each, with the events a change produced in an outbox array
 * inside the same document: state and events are written in ONE atomic single-document operation, so an
 * accepted change is never lost and nothing is published that was not stored. The {@link OutboxRelay}
 * publishes the outbox and removes each entry once the broker acknowledged it.
 *
 * <p>Document layout: {@code {_id, version, state: {...}, outbox: [...], pendingEvents, createdWith?}}.
 */
public class AggregateStore<A> {

    static final String VERSION = "version";
    static final String STATE = "state";
    static final String OUTBOX = "outbox";
    static final String PENDING_EVENTS = "pendingEvents";
    private static final String CREATED_WITH = "createdWith";
    private static final String IDEMPOTENCY_KEYS = "idempotency_keys";
    private static final Bson STATE_AND_VERSION = Projections.include(STATE, VERSION);

    private final String label;
    private final MongoCollection<Document> collection;
    private final Class<A> stateType;
    private final DocumentMapper mapper;
    private final EventFactory events;
    private final EventCodec codec;
    private final OutboxRelay relay;
    private final MongoCollection<Document> idempotencyKeys;
    private final Function<A, String> recordKey;
    private final long maxEventBytes;
    private final IndexPlan indexes;
    private final UnreadableDocuments unreadable;
    private final RestatableRecords restatable;

    /**
     * @param label what the aggregate is called in messages to users, e.g. "Member"
     */
    public AggregateStore(String label, MongoCollection<Document> collection, Class<A> stateType,
                          OutboxSupport support) {
        this(label, collection, stateType, support, null);
    }

    /**
     * @param recordKey the Kafka record key of the aggregate's events, when consumers need them ordered by something
     *                  other than the aggregate id (e.g. all plans and reports of one member); null for the id
     */
    public AggregateStore(String label, MongoCollection<Document> collection, Class<A> stateType,
                          OutboxSupport support, Function<A, String> recordKey) {
        this.recordKey = recordKey;
        this.label = label;
        this.collection = collection;
        this.stateType = stateType;
        this.mapper = support.mapper();
        this.events = support.events();
        this.codec = support.codec();
        this.relay = support.relay();
        this.maxEventBytes = support.maxEventBytes();
        this.indexes = support.indexes();
        this.unreadable = support.unreadable();
        this.restatable = support.restatable();
        // What the relay looks for, twice a second: only documents with pending events are in this index.
        indexes.index(collection, Indexes.ascending(PENDING_EVENTS), new IndexOptions().name("pending_events")
                .partialFilterExpression(Filters.gt(PENDING_EVENTS, 0)));
        this.idempotencyKeys = support.database().getCollection(IDEMPOTENCY_KEYS);
        relay.register(collection);
    }

    /** Declares an index on the aggregates' state for a query the service makes, e.g. {@code state.memberCode}. */
    public void index(String name, Bson keys) {
        indexes.index(collection, keys, new IndexOptions().name(name));
    }

    /** @throws ApiProblemException 409 {@code unreadable-record} when it is stored in a form that cannot be read */
    public Optional<Versioned<A>> find(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).projection(STATE_AND_VERSION).first())
                .map(document -> unreadable.readOne(collection, document, this::toVersioned, label));
    }

    public Versioned<A> get(String id) {
        return find(id).orElseThrow(() -> new AggregateNotFoundException(label, id));
    }

    /**
     * The aggregate as a change must find it: it exists, and {@code ifMatch} names its current version.
     *
     * @throws AggregateNotFoundException (404), or the If-Match problems of {@link ETags#requireMatch} (428, 412)
     */
    public Versioned<A> getMatching(String id, String ifMatch) {
        Versioned<A> current = get(id);
        ETags.requireMatch(ifMatch, current.version());
        return current;
    }

    /**
     * Aggregates matching a filter on their state, e.g. {@code Filters.eq("state.type", "STATE")}. One stored in a
     * form that cannot be read is left out and listed for the administrator (see {@link UnreadableDocuments}).
     */
    public List<Versioned<A>> findAll(Bson filter, Bson sort) {
        return unreadable.readAll(collection, collection.find(filter).projection(STATE_AND_VERSION).sort(sort),
                this::toVersioned).values();
    }

    /**
     * Lets an administrator restate records of this store whole ({@code PUT /api/v1/admin/unreadable-records/
     * {collection}/{id}}), whether or not the stored one can be read; the domain's restatement checks the record
     * and gives the event.
     */
    public void restatable(Restatement<A> restatement) {
        restatable.register(collection.getNamespace().getCollectionName(), new RestatableRecords.Target() {
            @Override
            public Class<?> stateType() {
                return stateType;
            }

            @Override
            public Document storedState(String id) {
                Document stored = collection.find(Filters.eq("_id", id)).projection(Projections.include(STATE)).first();
                return stored == null ? null : stored.get(STATE, Document.class);
            }

            @Override
            public long restate(String id, String ifMatch, Object state, String reason) {
                return AggregateStore.this.restate(id, ifMatch, stateType.cast(state), reason, restatement);
            }
        });
    }

    private long restate(String id, String ifMatch, A state, String reason, Restatement<A> restatement) {
        Document stored = collection.find(Filters.eq("_id", id)).projection(Projections.include(VERSION)).first();
        if (stored == null) {
            throw new AggregateNotFoundException(label, id);
        }
        long version = stored.get(VERSION, Number.class).longValue();
        ETags.requireMatch(ifMatch, version);
        Versioned<A> restated = update(id, new Versioned<>(state, version), restatement.restate(state, id, reason));
        unreadable.resolved(collection.getNamespace().getCollectionName(), id);
        return restated.version();
    }

    /**
     * The id a creation should use. Without an idempotency key it is {@code proposedId}; with one, the key is
     * claimed for this request first (in its own collection), and a retry gets the id the first attempt
     * claimed, so a server-generated id stays the same across retries. The same key with another request
     * body is refused.
     *
     * @throws IdempotencyKeyReusedException when the key was used for a different request
     */
    public String claimId(IdempotentRequest request, String proposedId) {
        if (request == null) {
            return proposedId;
        }
        String keyId = label + "|" + request.key();
        try {
            idempotencyKeys.insertOne(new Document("_id", keyId)
                    .append("fingerprint", request.fingerprint())
                    .append("aggregateId", proposedId));
            return proposedId;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        Document claimed = Objects.requireNonNull(idempotencyKeys.find(Filters.eq("_id", keyId)).first(), keyId);
        if (!request.fingerprint().equals(claimed.getString("fingerprint"))) {
            throw new IdempotencyKeyReusedException(request.key());
        }
        return claimed.getString("aggregateId");
    }

    /**
     * Creates the aggregate a creating change made, at version {@code change.events().size()}. A retry carrying
     * the same idempotent request (see {@link #claimId}; null for none) gets the aggregate the first call created
     * (replayed); another request for an existing id is a conflict.
     */
    public Created<A> create(String id, Change<A> change, IdempotentRequest request) {
        A state = change.state();
        List<NewEvent<?>> newEvents = change.events();
        if (newEvents.isEmpty()) {
            throw new IllegalArgumentException("Creating " + label + " '" + id + "' must produce an event");
        }
        long version = newEvents.size();
        Document document = new Document("_id", id)
                .append(VERSION, version)
                .append(STATE, mapper.toDocument(state))
                .append(OUTBOX, outboxEntries(id, 0, newEvents, state))
                .append(PENDING_EVENTS, newEvents.size());
        if (request != null) {
            document.append(CREATED_WITH, new Document("key", request.key()).append("fingerprint", request.fingerprint()));
        }
        try {
            collection.insertOne(document);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return replayOrConflict(id, request);
        }
        relay.wakeUp();
        StoredInRequest.stored(label, id, version);
        return new Created<>(new Versioned<>(state, version), false);
    }

    private Created<A> replayOrConflict(String id, IdempotentRequest request) {
        Document existing = collection.find(Filters.eq("_id", id)).first();
        Document createdWith = existing == null ? null : existing.get(CREATED_WITH, Document.class);
        if (request == null || createdWith == null || !request.key().equals(createdWith.getString("key"))
                || !request.fingerprint().equals(createdWith.getString("fingerprint"))) {
            throw new AggregateAlreadyExistsException(label, id);
        }
        return new Created<>(toVersioned(existing), true);
    }

    /**
     * Stores a change made to the aggregate as read ({@code current}). A change that produced no event changes
     * nothing: the aggregate is answered as it was, at its version.
     *
     * @throws VersionConflictException when someone else changed it since
     */
    public Versioned<A> update(String id, Versioned<A> current, Change<A> change) {
        if (change.changesNothing()) {
            return current;
        }
        A state = change.state();
        List<NewEvent<?>> newEvents = change.events();
        long expectedVersion = current.version();
        long version = expectedVersion + newEvents.size();
        UpdateResult result = collection.updateOne(
                Filters.and(Filters.eq("_id", id), Filters.eq(VERSION, expectedVersion)),
                Updates.combine(
                        Updates.set(STATE, mapper.toDocument(state)),
                        Updates.set(VERSION, version),
                        Updates.pushEach(OUTBOX, outboxEntries(id, expectedVersion, newEvents, state)),
                        Updates.inc(PENDING_EVENTS, newEvents.size())));
        if (result.getMatchedCount() == 0) {
            long now = get(id).version();
            throw new VersionConflictException(label, id, expectedVersion, now);
        }
        relay.wakeUp();
        StoredInRequest.stored(label, id, version);
        return new Versioned<>(state, version);
    }

    private List<Document> outboxEntries(String id, long previousVersion, List<NewEvent<?>> newEvents, A state) {
        List<Document> entries = new ArrayList<>(newEvents.size());
        long version = previousVersion;
        String key = recordKey == null ? id : recordKey.apply(state);
        for (NewEvent<?> event : newEvents) {
            EventEnvelope<?> envelope = events.envelope(event, id, ++version);
            String value = codec.encodeToString(envelope);
            long bytes = value.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > maxEventBytes) {
                // Refused before it is stored: the broker would never take it, and the aggregate would be stuck.
                throw new ApiProblemException(ProblemType.PAYLOAD_TOO_LARGE, label + " '" + id + "' would make an "
                        + "event of " + bytes + " bytes; at most " + maxEventBytes + " can be published", List.of());
            }
            entries.add(OutboxEntry.of(envelope, event.type().topic(), key, value).toDocument());
        }
        return entries;
    }

    private Versioned<A> toVersioned(Document document) {
        Document state = Objects.requireNonNull(document.get(STATE, Document.class), "state");
        return new Versioned<>(mapper.fromDocument(state, stateType), document.get(VERSION, Number.class).longValue());
    }
}
