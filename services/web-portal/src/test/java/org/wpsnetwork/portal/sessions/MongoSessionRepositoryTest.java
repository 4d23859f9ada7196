package org.wpsnetwork.portal.sessions;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions in MongoDB: what one portal instance stores, another (or the same one after a restart) reads; a new id
 * after sign-in leaves nothing under the old one; an expired session is gone.
 */
class MongoSessionRepositoryTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    private final Instant now = Instant.parse("2026-12-02T10:00:00Z");
    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> sessions;

    @BeforeEach
    void database() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        sessions = client.getDatabase("wps-portal").getCollection("sessions");
    }

    @AfterEach
    void close() {
        client.close();
        server.shutdownNow();
    }

    private MongoSessionRepository portalAt(Instant at) {
        return new MongoSessionRepository(sessions, TIMEOUT, Clock.fixed(at, ZoneOffset.UTC));
    }

    @Test
    void anotherPortalInstanceServesTheSameSignedInSession() {
        MongoSessionRepository first = portalAt(now);
        MongoSessionRepository.StoredSession session = first.createSession();
        session.setAttribute("SPRING_SECURITY_CONTEXT", Map.of("user", "focal.arg", "member", "ARG"));
        first.save(session);

        MongoSessionRepository.StoredSession read = portalAt(now.plusSeconds(60)).findById(session.getId());

        assertThat(read).isNotNull();
        Object context = read.getAttribute("SPRING_SECURITY_CONTEXT");
        assertThat(context)
                .isEqualTo(Map.of("user", "focal.arg", "member", "ARG"));
    }

    @Test
    void signingInChangesTheIdAndTheOldOneOpensNothing() {
        MongoSessionRepository portal = portalAt(now);
        MongoSessionRepository.StoredSession session = portal.createSession();
        portal.save(session);
        String before = session.getId();

        MongoSessionRepository.StoredSession read = portal.findById(before);
        String after = read.changeSessionId();
        portal.save(read);

        assertThat(portal.findById(before)).isNull();
        assertThat(portal.findById(after)).isNotNull();
        assertThat(sessions.countDocuments()).isEqualTo(1);
    }

    @Test
    void anExpiredSessionIsRefusedAndSweptAway() {
        MongoSessionRepository portal = portalAt(now);
        MongoSessionRepository.StoredSession idle = portal.createSession();
        portal.save(idle);
        MongoSessionRepository.StoredSession other = portal.createSession();
        portal.save(other);

        MongoSessionRepository later = portalAt(now.plus(TIMEOUT).plusSeconds(1));
        assertThat(later.findById(idle.getId())).as("idle longer than the timeout").isNull();
        later.sweep();
        assertThat(sessions.countDocuments()).as("the sweep removes the rest").isZero();
    }
}
