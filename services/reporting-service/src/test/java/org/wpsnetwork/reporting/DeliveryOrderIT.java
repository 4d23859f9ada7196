package org.wpsnetwork.reporting;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;
import org.wpsnetwork.contracts.EventEnvelope;
import org.wpsnetwork.contracts.Topics;
import org.wpsnetwork.contracts.meetings.Addressee;
import org.wpsnetwork.contracts.meetings.RecommendationTheme;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.NetworkRole;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.contracts.membership.RoleAssignment;
import org.wpsnetwork.contracts.nap.Completion;
import org.wpsnetwork.contracts.nap.PlanKind;
import org.wpsnetwork.testsupport.EventPublisher;
import org.wpsnetwork.testsupport.MeetingHistory;
import org.wpsnetwork.testsupport.MembershipHistory;
import org.wpsnetwork.testsupport.NapHistory;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;
import org.wpsnetwork.testsupport.TestTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault test R1: one event history, delivered once in order to this reporting service and, to a second instance
 * on a database of its own, with 20 % of its events repeated and every record key's events shuffled. The two
 * sets of views must end up identical, document by document.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "wps.test.isolated-context=delivery-order")
class DeliveryOrderIT {

    private static final long SEED = 20261201L;

    @Autowired
    Environment environment;
    @Autowired
    MongoDatabase clean;

    /** One topic's records: key and event, in the order they happened. */
    private record Keyed(String key, EventEnvelope<?> event) {
    }

    @Test
    void duplicatedAndReorderedDeliveryGivesTheSameViewsAsACleanOne() throws InterruptedException {
        Map<String, List<Keyed>> history = history();
        String prefix = "messy" + System.nanoTime() + ".";
        String messyDatabase = "delivery-order-messy";
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--wps.kafka.bootstrap-servers=" + environment.getRequiredProperty("wps.kafka.bootstrap-servers"),
                "--spring.mongodb.uri=" + environment.getRequiredProperty("spring.mongodb.uri"),
                "--wps.mongodb.database=" + messyDatabase, "--wps.kafka.topic-prefix=" + prefix,
                "--wps.kafka.partitions=2"));
        arguments.addAll(TestTokens.trustArguments());
        String[] args = arguments.toArray(String[]::new);
        Random random = new Random(SEED);
        int delivered = 0;
        int duplicates = 0;
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(ReportingApplication.class).run(args);
             MongoClient client = MongoClients.create(environment.getRequiredProperty("spring.mongodb.uri"))) {
            MongoDatabase messy = client.getDatabase(messyDatabase);
            for (Map.Entry<String, List<Keyed>> topic : history.entrySet()) {
                try (EventPublisher inOrder = new EventPublisher(environment.getRequiredProperty("wps.kafka.bootstrap-servers"),
                        environment.getProperty("wps.kafka.topic-prefix", "") + topic.getKey());
                     EventPublisher shuffled = new EventPublisher(environment.getRequiredProperty("wps.kafka.bootstrap-servers"),
                             prefix + topic.getKey())) {
                    for (Keyed record : topic.getValue()) {
                        inOrder.publishKeyed(record.key(), record.event());
                    }
                    List<Keyed> messyOrder = messy(topic.getValue(), random);
                    duplicates += messyOrder.size() - topic.getValue().size();
                    delivered += messyOrder.size();
                    for (Keyed record : messyOrder) {
                        shuffled.publishKeyed(record.key(), record.event());
                    }
                }
            }
            int events = history.values().stream().mapToInt(List::size).sum();
            // Identical, and still identical a moment later: both consumers are done.
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> differences(clean, messy).isEmpty() && !views(clean).isEmpty());
            Thread.sleep(2_000);
            Map<String, List<Document>> views = views(clean);
            System.out.printf("R1 %d events delivered in order, and as %d records (%d duplicates, shuffled within "
                            + "keys): %d view documents in %d collections, %d differences%n", events, delivered, duplicates,
                    views.values().stream().mapToInt(List::size).sum(), views.size(), differences(clean, messy).size());
            assertThat(duplicates).isGreaterThanOrEqualTo(events / 5);
            assertThat(differences(clean, messy)).isEmpty();
        }
    }

    /** The same records, 20 % of them twice, each key's records in a random order (keys interleaved at random). */
    private static List<Keyed> messy(List<Keyed> records, Random random) {
        List<Keyed> repeated = new ArrayList<>(records);
        Collections.shuffle(repeated, random);
        repeated = repeated.subList(0, (records.size() + 4) / 5);
        Map<String, List<Keyed>> byKey = new LinkedHashMap<>();
        for (Keyed record : records) {
            byKey.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(record);
        }
        for (Keyed record : repeated) {
            byKey.get(record.key()).add(record);
        }
        List<List<Keyed>> queues = new ArrayList<>();
        for (List<Keyed> ofKey : byKey.values()) {
            Collections.shuffle(ofKey, random);
            queues.add(new ArrayList<>(ofKey));
        }
        List<Keyed> out = new ArrayList<>();
        while (!queues.isEmpty()) {
            List<Keyed> queue = queues.get(random.nextInt(queues.size()));
            out.add(queue.remove(0));
            if (queue.isEmpty()) {
                queues.remove(queue);
            }
        }
        return out;
    }

    /** Every view document, by collection; the consumers' own bookkeeping (times applied, counts) is left out. */
    private static Map<String, List<Document>> views(MongoDatabase database) {
        Map<String, List<Document>> views = new TreeMap<>();
        for (String name : new TreeSet<>(database.listCollectionNames().into(new ArrayList<>()))) {
            if (!name.equals("projection_checkpoints")) {
                views.put(name, database.getCollection(name).find().sort(Sorts.ascending("_id")).into(new ArrayList<>()));
            }
        }
        return views;
    }

    private static List<String> differences(MongoDatabase clean, MongoDatabase messy) {
        Map<String, List<Document>> expected = views(clean);
        Map<String, List<Document>> actual = views(messy);
        List<String> differences = new ArrayList<>();
        for (String collection : new TreeSet<>(expected.keySet())) {
            List<Document> want = expected.get(collection);
            List<Document> got = actual.getOrDefault(collection, List.of());
            if (want.size() != got.size()) {
                differences.add(collection + ": " + want.size() + " documents, " + got.size() + " after messy delivery");
                continue;
            }
            for (int i = 0; i < want.size(); i++) {
                if (!want.get(i).equals(got.get(i))) {
                    differences.add(collection + "/" + want.get(i).get("_id") + ": " + want.get(i).toJson() + " vs "
                            + got.get(i).toJson());
                }
            }
        }
        return differences;
    }

    /** Members joining, renamed, appointing and withdrawing, two years of roles, two meetings, plans and reports. */
    private static Map<String, List<Keyed>> history() {
        List<Keyed> membership = new ArrayList<>();
        List<String> codes = List.of("ARG", "CHL", "GHA", "KEN", "NAM", "NOR", "PHL", "SWE");
        List<MembershipHistory> members = new ArrayList<>();
        for (String code : codes) {
            MembershipHistory member = new MembershipHistory(code, "Member " + code, MemberType.STATE, Region.AFRICA)
                    .joinedOn(LocalDate.of(2017, 1, 1));
            members.add(member);
            membership.add(new Keyed(code, member.admitted()));
        }
        for (int i = 0; i < members.size(); i++) {
            MembershipHistory member = members.get(i);
            membership.add(new Keyed(codes.get(i), member.renamed("Renamed " + codes.get(i))));
            membership.add(new Keyed(codes.get(i), member.appointed("Focal Point " + i)));
            membership.add(new Keyed(codes.get(i), member.renamed("Renamed again " + codes.get(i))));
            if (i % 4 == 3) {
                membership.add(new Keyed(codes.get(i), member.withdrew(LocalDate.of(2025, 6, 30))));
            }
        }
        List<RoleAssignment> year2023 = List.of(new RoleAssignment("ARG", NetworkRole.CHAIR));
        List<RoleAssignment> year2023b = List.of(new RoleAssignment("ARG", NetworkRole.CHAIR),
                new RoleAssignment("KEN", NetworkRole.TROIKA));
        membership.add(new Keyed("2023", MembershipHistory.roles(2023, 1, year2023, List.of())));
        membership.add(new Keyed("2023", MembershipHistory.roles(2023, 2, year2023b, year2023)));
        membership.add(new Keyed("2024", MembershipHistory.roles(2024, 1,
                List.of(new RoleAssignment("NOR", NetworkRole.CHAIR)), List.of())));

        List<Keyed> meetings = new ArrayList<>();
        MeetingHistory geneva = new MeetingHistory("geneva-2022", "Fourth capital-level meeting",
                LocalDate.of(2022, 5, 18), LocalDate.of(2022, 5, 19));
        MeetingHistory rome = new MeetingHistory("rome-2026", "Meeting in Rome", LocalDate.of(2026, 3, 4),
                LocalDate.of(2026, 3, 5));
        for (MeetingHistory meeting : List.of(geneva, rome)) {
            String id = meeting == geneva ? "geneva-2022" : "rome-2026";
            meetings.add(new Keyed(id, meeting.scheduled()));
            meetings.add(new Keyed(id, meeting.attended("ARG", "KEN", "NOR")));
            meetings.add(new Keyed(id, meeting.attended("ARG", "GHA", "KEN", "NOR", "SWE")));
            meetings.add(new Keyed(id, meeting.recommended(id + "-1", RecommendationTheme.PARTICIPATION,
                    Addressee.ALL_MEMBERS)));
            meetings.add(new Keyed(id, meeting.recommended(id + "-2", RecommendationTheme.ACCOUNTABILITY_MONITORING,
                    Addressee.MEMBER_STATES)));
            meetings.add(new Keyed(id, meeting.adopted()));
        }

        List<Keyed> nap = new ArrayList<>();
        for (String code : List.of("ARG", "KEN", "NOR")) {
            String plan = code.toLowerCase() + "-nap-1";
            nap.add(new Keyed(code, NapHistory.planAdopted(plan, code, PlanKind.NAP, LocalDate.of(2022, 1, 1),
                    LocalDate.of(2027, 12, 31))));
            NapHistory.Report first = new NapHistory.Report(plan, code);
            nap.add(new Keyed(code, first.submitted(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), "15",
                    "geneva-2022-1", Completion.LIMITED)));
            nap.add(new Keyed(code, first.returned()));
            nap.add(new Keyed(code, first.corrected("16", Completion.SUBSTANTIAL)));
            nap.add(new Keyed(code, first.validated()));
            NapHistory.Report second = new NapHistory.Report(plan, code);
            nap.add(new Keyed(code, second.submitted(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "22",
                    "geneva-2022-2", Completion.SUBSTANTIAL)));
        }
        Map<String, List<Keyed>> history = new LinkedHashMap<>();
        history.put(Topics.MEMBERSHIP, membership);
        history.put(Topics.MEETINGS, meetings);
        history.put(Topics.NAP, nap);
        return history;
    }
}
