package org.wpsnetwork.launcher;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB-wire-compatible server (mongo-java-server) in this JVM, keeping documents and indexes in one H2
 * file, so that data survives a restart, committed before each write is acknowledged (see {@link DurableH2Backend}).
 * Listens on the loopback interface only. In memory instead, for benchmarks and throwaway trials, on request.
 */
final class EmbeddedMongo implements AutoCloseable {

    private final MongoBackend backend;
    private final MongoServer server;
    private final int port;

    EmbeddedMongo(Path directory, int port, boolean inMemory) throws IOException {
        Files.createDirectories(directory);
        this.port = port;
        this.backend = inMemory ? new MemoryBackend() : new DurableH2Backend(directory.resolve("wps.mv").toString());
        this.server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
    }

    String uri() {
        return "mongodb://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
        backend.close();
    }
}
