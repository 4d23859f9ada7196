package org.wpsnetwork.launcher;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

import java.util.Set;

/**
 * The H2 (MVStore) backend of mongo-java-server, committed before any write command is answered. Left to
 * itself MVStore commits in the background about once a second, so a SIGKILL lost writes that had already been
 * acknowledged (and the reporting service's view writes, whose offsets Kafka had already committed). A commit
 * hands the changes to the operating system, which keeps them whatever happens to this process.
 */
final class DurableH2Backend extends H2Backend {

    /** Commands that change nothing; every other command commits before it is answered. */
    private static final Set<String> READS = Set.of("find", "aggregate", "count", "distinct", "getMore",
            "listCollections", "listIndexes", "listDatabases", "ping", "isMaster", "ismaster", "hello",
            "buildInfo", "buildinfo", "serverStatus", "dbStats", "collStats", "getParameter", "whatsmyuri",
            "connectionStatus", "getLastError", "getlasterror", "killCursors", "endSessions", "getCmdLineOpts",
            "getFreeMonitoringStatus", "hostInfo", "saslStart", "saslContinue");

    DurableH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        Document result = super.handleCommand(channel, database, command, query);
        if (!READS.contains(command)) {
            commit();
        }
        return result;
    }
}
