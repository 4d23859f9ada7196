package org.wpsnetwork.portal.sessions;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.MapSession;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Web sessions kept in MongoDB, so a portal restart keeps everyone signed in and any number of portal instances
 * behind a load balancer serve the same sessions (no sticky routing needed). A session holds the Spring Security
 * context and the signed-in user's tokens; attributes are stored as Java-serialised values, since that is the form
 * Spring Security gives them. Expired sessions are refused on read and removed by a TTL index where the server
 * honours one, and by a sweep here where it does not.
 */
public final class MongoSessionRepository implements SessionRepository<MongoSessionRepository.StoredSession> {

    private final MongoCollection<Document> sessions;
    private final Duration maxInactive;
    private final Clock clock;

    public MongoSessionRepository(MongoCollection<Document> sessions, Duration maxInactive, Clock clock) {
        this.sessions = sessions;
        this.maxInactive = maxInactive;
        this.clock = clock;
        sessions.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().name("expiry")
                .expireAfter(0L, TimeUnit.SECONDS));
    }

    @Override
    public StoredSession createSession() {
        MapSession session = new MapSession();
        session.setMaxInactiveInterval(maxInactive);
        session.setCreationTime(clock.instant());
        session.setLastAccessedTime(clock.instant());
        return new StoredSession(session, null);
    }

    @Override
    public void save(StoredSession session) {
        MapSession state = session.state;
        if (session.storedId != null && !session.storedId.equals(state.getId())) {
            sessions.deleteOne(Filters.eq("_id", session.storedId));
        }
        List<Document> attributes = new ArrayList<>();
        for (String name : state.getAttributeNames()) {
            attributes.add(new Document("name", name).append("value", new Binary(serialize(state.getAttribute(name)))));
        }
        Document document = new Document("_id", state.getId())
                .append("createdAt", Date.from(state.getCreationTime()))
                .append("lastAccessedAt", Date.from(state.getLastAccessedTime()))
                .append("maxInactiveSeconds", state.getMaxInactiveInterval().toSeconds())
                .append("expiresAt", Date.from(state.getLastAccessedTime().plus(state.getMaxInactiveInterval())))
                .append("attributes", attributes);
        sessions.replaceOne(Filters.eq("_id", state.getId()), document, new ReplaceOptions().upsert(true));
        session.storedId = state.getId();
    }

    @Override
    public StoredSession findById(String id) {
        Document document = sessions.find(Filters.eq("_id", id)).first();
        if (document == null) {
            return null;
        }
        MapSession state = new MapSession(id);
        state.setCreationTime(document.getDate("createdAt").toInstant());
        state.setLastAccessedTime(document.getDate("lastAccessedAt").toInstant());
        state.setMaxInactiveInterval(Duration.ofSeconds(((Number) document.get("maxInactiveSeconds")).longValue()));
        if (state.getLastAccessedTime().plus(state.getMaxInactiveInterval()).isBefore(clock.instant())) {
            deleteById(id);
            return null;
        }
        for (Document attribute : document.getList("attributes", Document.class)) {
            Object value = deserialize(attribute.get("value", Binary.class).getData());
            if (value == null) {
                // Written by another version of the portal and no longer readable: sign in again.
                deleteById(id);
                return null;
            }
            state.setAttribute(attribute.getString("name"), value);
        }
        return new StoredSession(state, id);
    }

    @Override
    public void deleteById(String id) {
        sessions.deleteOne(Filters.eq("_id", id));
    }

    /** For servers without TTL indexes (the embedded one): expired sessions go within the minute. */
    @Scheduled(fixedDelay = 60_000)
    public void sweep() {
        sessions.deleteMany(Filters.lt("expiresAt", Date.from(clock.instant())));
    }

    private static byte[] serialize(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException("A session attribute is not serialisable: " + value.getClass(), e);
        }
        return bytes.toByteArray();
    }

    private static Object deserialize(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            return null;
        }
    }

    /** A session as read, remembering the id it was stored under (the id changes when someone signs in). */
    public static final class StoredSession implements Session {

        private final MapSession state;
        private String storedId;

        StoredSession(MapSession state, String storedId) {
            this.state = state;
            this.storedId = storedId;
        }

        @Override
        public String getId() {
            return state.getId();
        }

        @Override
        public String changeSessionId() {
            return state.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return state.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return state.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            state.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            state.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return state.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant at) {
            state.setLastAccessedTime(at);
        }

        @Override
        public Instant getLastAccessedTime() {
            return state.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            state.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return state.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return state.isExpired();
        }
    }
}
