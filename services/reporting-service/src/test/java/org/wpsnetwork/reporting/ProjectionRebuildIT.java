package org.wpsnetwork.reporting;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.wpsnetwork.contracts.Topics;
import org.wpsnetwork.contracts.meetings.Addressee;
import org.wpsnetwork.contracts.meetings.RecommendationTheme;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.contracts.nap.Completion;
import org.wpsnetwork.contracts.nap.PlanKind;
import org.wpsnetwork.reporting.views.ViewStore;
import org.wpsnetwork.testsupport.EventPublisher;
import org.wpsnetwork.testsupport.Http;
import org.wpsnetwork.testsupport.MeetingHistory;
import org.wpsnetwork.testsupport.MembershipHistory;
import org.wpsnetwork.testsupport.NapHistory;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;
import org.wpsnetwork.testsupport.ServiceUnderTest;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A rebuild replays the log into a fresh generation while the current one serves, and switches every view at
 * once: the rebuilt views equal the incrementally built ones document by document, no read fails meanwhile, and an
 * event that arrives during a rebuild is in the new views. A generation of its own, so this test has a context
 * of its own.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = {"wps.test.isolated-context=rebuild", "wps.reporting.rebuild.drop-old-after=PT1S"})
class ProjectionRebuildIT {

    private static final int MEMBERS = 40;
    private static final List<String> READS = List.of("/api/v1/reports/members/M00", "/api/v1/reports/network",
            "/api/v1/reports/recommendations", "/api/v1/reports/recommendations/lisbon-2024-1",
            "/api/v1/reports/reporting-calendar", "/api/v1/reports/compare?members=M00,M01",
            "/api/v1/reports/members?reportingStatus=ON_TRACK", "/api/v1/reports/members/M01/timeline");

    @Autowired
    ServiceUnderTest service;
    @Autowired
    ViewStore store;

    @Test
    void aRebuildEqualsTheIncrementalViewsAndNoReadFailsWhileItRuns() throws Exception {
        LocalDate today = LocalDate.now();
        MeetingHistory lisbon = new MeetingHistory("lisbon-2024", "Sixth capital-level meeting",
                LocalDate.of(2024, 4, 10), LocalDate.of(2024, 4, 11));
        try (EventPublisher members = new EventPublisher(service.kafkaBootstrapServers(), service.topic(Topics.MEMBERSHIP));
             EventPublisher meetings = new EventPublisher(service.kafkaBootstrapServers(), service.topic(Topics.MEETINGS));
             EventPublisher nap = new EventPublisher(service.kafkaBootstrapServers(), service.topic(Topics.NAP))) {
            for (int i = 0; i < MEMBERS; i++) {
                MembershipHistory member = new MembershipHistory(code(i), "Member " + i,
                        i % 5 == 0 ? MemberType.REGIONAL_ORGANIZATION : MemberType.STATE, Region.values()[i % 5]);
                members.publish(member.admitted(), member.renamed("Member number " + i));
            }
            meetings.publish(lisbon.scheduled(),
                    lisbon.recommended("lisbon-2024-1", RecommendationTheme.ACCOUNTABILITY_MONITORING, Addressee.ALL_MEMBERS),
                    lisbon.recommended("lisbon-2024-2", RecommendationTheme.CIVIL_SOCIETY, Addressee.MEMBER_STATES),
                    lisbon.adopted());
            for (int i = 0; i < MEMBERS; i += 2) {
                String planId = code(i).toLowerCase() + "-plan";
                NapHistory.Report report = new NapHistory.Report(planId, code(i));
                nap.publishKeyed(code(i),
                        NapHistory.planAdopted(planId, code(i), i % 5 == 0 ? PlanKind.STRATEGY : PlanKind.NAP,
                                today.minusYears(2), today.plusYears(2)),
                        report.submitted(today.minusMonths(18), today.minusMonths(6), String.valueOf(12 + i),
                                "lisbon-2024-1", Completion.values()[i % 4]));
                if (i % 4 == 0) {
                    nap.publishKeyed(code(i), report.corrected(String.valueOf(20 + i), Completion.SUBSTANTIAL),
                            report.validated());
                }
            }
        }
        Http http = service.http();
        http.awaitJson("/api/v1/reports/members/" + code(MEMBERS - 2), Duration.ofSeconds(30),
                v -> v.path("indicators").path(0).path("latestValue").isNumber());
        http.awaitJson("/api/v1/reports/members/" + code(MEMBERS - 4), Duration.ofSeconds(30),
                v -> v.path("indicators").path(0).path("validated").asBoolean());
        http.awaitJson("/api/v1/reports/network", Duration.ofSeconds(30),
                o -> o.path("members").path("all").path("active").asInt() == MEMBERS
                        && o.path("recommendationsByTheme").path("CIVIL_SOCIETY").asInt() == 1);
        MongoDatabase before = store.current();
        // The network's views are rewritten just after the member views: settled once two looks agree.
        Map<String, List<Document>> incremental = await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(500)).until(new Settled(before)::look, settled -> settled != null);

        AtomicBoolean reading = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        ConcurrentLinkedQueue<String> failed = new ConcurrentLinkedQueue<>();
        List<Thread> readers = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            Thread reader = new Thread(() -> {
                while (reading.get()) {
                    for (String path : READS) {
                        Http.Response response = http.get(path);
                        reads.incrementAndGet();
                        if (response.status() != 200 || (path.endsWith("/M00")
                                && response.json().path("indicators").isEmpty())) {
                            failed.add(path + " -> " + response);
                        }
                    }
                }
            });
            reader.start();
            readers.add(reader);
        }

        long started = System.nanoTime();
        Http.Response accepted = http.post("/api/v1/admin/projections/rebuild", "");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        assertThat(http.post("/api/v1/admin/projections/rebuild", "").status()).as("one at a time").isEqualTo(409);
        List<String> phases = new ArrayList<>();
        JsonNode done = awaitFinished(http, phases);
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        reading.set(false);
        for (Thread reader : readers) {
            reader.join();
        }
        System.out.printf("Rebuild: %d events replayed (%s) in %d ms, phases %s; %d reads during it, %d failed%n",
                done.path("replayed").asLong(), done.path("topics"), tookMs, phases, reads.get(), failed.size());

        assertThat(done.path("phase").asString()).as(done.toString()).isEqualTo("DONE");
        assertThat(failed).as("reads that failed during the rebuild").isEmpty();
        assertThat(reads.get()).isPositive();
        assertThat(done.path("replayed").asLong()).isEqualTo(done.path("total").asLong()).isPositive();
        for (JsonNode topic : done.path("topics")) {
            assertThat(topic.path("replayed").asLong()).as(topic.toString()).isEqualTo(topic.path("total").asLong());
            assertThat(topic.path("skipped").asLong()).isZero();
        }
        MongoDatabase after = store.current();
        assertThat(after.getName()).isNotEqualTo(before.getName()).isEqualTo(done.path("database").asString());
        assertThat(dump(before).values()).as("the old generation is dropped").allMatch(List::isEmpty);
        Map<String, List<Document>> rebuilt = dump(after);
        assertThat(rebuilt.keySet()).isEqualTo(incremental.keySet());
        for (String collection : incremental.keySet()) {
            assertThat(rebuilt.get(collection)).as(collection).isEqualTo(incremental.get(collection));
        }

        // A second rebuild, from a generation of its own, with a member joining while it runs: nothing is lost.
        assertThat(http.post("/api/v1/admin/projections/rebuild", "").status()).isEqualTo(202);
        try (EventPublisher members = new EventPublisher(service.kafkaBootstrapServers(), service.topic(Topics.MEMBERSHIP))) {
            members.publish(new MembershipHistory("LATE", "Joined during the rebuild", MemberType.STATE, Region.ASIA)
                    .admitted());
        }
        assertThat(awaitFinished(http, new ArrayList<>()).path("phase").asString()).isEqualTo("DONE");
        assertThat(http.awaitJson("/api/v1/reports/network", Duration.ofSeconds(20),
                o -> o.path("members").path("all").path("active").asInt() == MEMBERS + 1)).isNotNull();
        assertThat(http.get("/api/v1/reports/members/LATE").status()).isEqualTo(200);
        assertThat(dump(after).values()).as("the first rebuild's generation is dropped").allMatch(List::isEmpty);
    }

    private static JsonNode awaitFinished(Http http, List<String> phases) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> {
            JsonNode progress = http.get("/api/v1/admin/projections/rebuild").json();
            String phase = progress.path("phase").asString();
            if (phases.isEmpty() || !phases.get(phases.size() - 1).equals(phase)) {
                phases.add(phase);
            }
            return progress;
        }, progress -> progress.path("finishedAt").isString());
    }

    /** What a generation holds once it stopped changing between two looks; null while it changes. */
    private final class Settled {
        private final MongoDatabase database;
        private Map<String, List<Document>> last;

        Settled(MongoDatabase database) {
            this.database = database;
        }

        Map<String, List<Document>> look() {
            Map<String, List<Document>> now = dump(database);
            boolean same = now.equals(last);
            last = now;
            return same ? now : null;
        }
    }

    private Map<String, List<Document>> dump(MongoDatabase database) {
        Map<String, List<Document>> all = new TreeMap<>();
        for (String collection : store.collectionNames()) {
            all.put(collection, database.getCollection(collection).find().sort(Sorts.ascending("_id"))
                    .into(new ArrayList<>()));
        }
        return all;
    }

    private static String code(int i) {
        return String.format("M%02d", i);
    }
}
