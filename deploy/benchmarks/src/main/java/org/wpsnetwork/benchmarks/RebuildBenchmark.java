package org.wpsnetwork.benchmarks;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;
import org.wpsnetwork.contracts.Topics;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * The rebuild rate: a synthetic network written straight to the topics, applied by the running consumers (timed:
 * the incremental rate), then replayed from offset 0 twice on the same broker, topics and database: by a raw
 * kafka-clients consumer doing one version-guarded upsert per event in one {@code bulkWrite} per poll (the
 * baseline, into a scratch database that is dropped afterwards), and by the reporting service's rebuild (its
 * progress endpoint gives the count and the time). Point it only at a scratch system.
 */
final class RebuildBenchmark {

    private static final String SCRATCH = "wps_benchmark_scratch";

    private RebuildBenchmark() {
    }

    static void run(Options options, Supplier<String> adminToken) throws Exception {
        SyntheticNetwork network = new SyntheticNetwork(options.members(), options.events());
        System.out.printf("Rebuild rate: a synthetic network of %d members, about %,d events%n", options.members(),
                options.events());
        SyntheticNetwork.Written written = network.writeTo(options.kafka(), options.topicPrefix());
        System.out.printf("  written to the topics:             %,d events (%s), %,d MB, in %.1f s%n",
                written.events(), written.byTopic(), written.bytes() / 1_000_000, written.millis() / 1000.0);

        long started = System.nanoTime();
        awaitConsumed(options.kafka(), options.topicPrefix(), "reporting-service", Duration.ofMinutes(60));
        double incrementalSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("  applied by the running consumers:  %.1f s after the last write (%,.0f events/s incl. "
                + "the materialised views)%n", incrementalSeconds, written.events() / incrementalSeconds);

        double raw = rawReplay(options, false);
        double rawById = rawReplay(options, true);
        JsonNode rebuilt = rebuild(options, adminToken);
        double seconds = Duration.between(Instant.parse(rebuilt.path("startedAt").asString()),
                Instant.parse(rebuilt.path("finishedAt").asString())).toMillis() / 1000.0;
        long replayed = rebuilt.path("replayed").asLong();
        double rate = replayed / seconds;
        System.out.printf("  reporting service's rebuild:       %,d events in %.1f s = %,.0f events/s (%s)%n",
                replayed, seconds, rate, rebuilt.path("phase").asString());
        System.out.printf("  rebuild / raw:                     %.2f x the guarded filter, %.2f x the read-then-write by _id "
                + "(goal >= 1.0 x); at this rate 1M events would take %.0f s (goal <= 60 s)%n", rate / raw,
                rate / rawById, 1_000_000 / rate);
    }

    /** Waits until the consumer group has committed every partition's end offset. */
    static void awaitConsumed(String kafka, String prefix, String group, Duration atMost) throws Exception {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        long deadline = System.nanoTime() + atMost.toNanos();
        try (Admin admin = Admin.create(properties)) {
            while (true) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                for (String topic : Topics.ALL) {
                    admin.describeTopics(List.of(prefix + topic)).allTopicNames().get().get(prefix + topic).partitions()
                            .forEach(p -> latest.put(new TopicPartition(prefix + topic, p.partition()), OffsetSpec.latest()));
                }
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
                long lag = 0;
                for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end : ends.entrySet()) {
                    OffsetAndMetadata at = committed.get(end.getKey());
                    lag += end.getValue().offset() - (at == null ? 0 : at.offset());
                }
                if (lag == 0) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(group + " still has " + lag + " events to apply");
                }
                Thread.sleep(200);
            }
        }
    }

    /**
     * The baseline: every topic from offset 0, each poll one unordered bulkWrite of one upsert per event, guarded by
     * the aggregate's version. {@code byId}: the guard read first by {@code _id} (one query per poll) and the upserts
     * filtered by {@code _id} alone, as the projections do, since the embedded server scans its collection for a
     * filter with anything beside {@code _id}; else the guard in each upsert's filter. Answers events per second.
     */
    private static double rawReplay(Options options, boolean byId) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, options.kafka());
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        properties.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024 * 1024);
        properties.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        try (MongoClient client = MongoClients.create(options.mongodb());
             KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties)) {
            MongoCollection<Document> views = client.getDatabase(SCRATCH).getCollection("raw_views");
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : Topics.ALL) {
                for (PartitionInfo info : consumer.partitionsFor(options.topicPrefix() + topic)) {
                    partitions.add(new TopicPartition(info.topic(), info.partition()));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long events = 0;
            long started = System.nanoTime();
            while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(200));
                List<JsonNode> envelopes = new ArrayList<>(records.count());
                Map<String, Long> stored = new HashMap<>();
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    JsonNode envelope = Http.JSON.readTree(record.value());
                    envelopes.add(envelope);
                    stored.put(idOf(envelope), 0L);
                }
                if (byId && !stored.isEmpty()) {
                    views.find(Filters.in("_id", stored.keySet())).projection(new Document("version", 1))
                            .forEach(d -> stored.put(d.getString("_id"), d.getLong("version")));
                }
                List<WriteModel<Document>> writes = new ArrayList<>(records.count());
                for (JsonNode envelope : envelopes) {
                    long version = envelope.path("aggregateVersion").asLong();
                    String id = idOf(envelope);
                    if (byId && stored.get(id) >= version) {
                        continue;
                    }
                    stored.put(id, version);
                    writes.add(new UpdateOneModel<>(byId ? Filters.eq("_id", id) : Filters.and(Filters.eq("_id", id),
                            Filters.or(Filters.exists("version", false), Filters.lt("version", version))),
                            Updates.combine(Updates.set("version", version),
                                    Updates.set("payload", Document.parse(envelope.path("payload").toString()))),
                            new UpdateOptions().upsert(true)));
                }
                if (!writes.isEmpty()) {
                    try {
                        views.bulkWrite(writes, new BulkWriteOptions().ordered(false));
                    } catch (MongoBulkWriteException e) {
                        // An older version of a document written in the same batch: it collides, as in the views.
                    }
                }
                events += envelopes.size();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            client.getDatabase(SCRATCH).drop();
            double rate = events / seconds;
            System.out.printf("  raw consumer + bulkWrite per poll, %s: %,d events in %.1f s = %,.0f events/s%n",
                    byId ? "guard read by _id" : "guard in the filter", events, seconds, rate);
            return rate;
        }
    }

    private static String idOf(JsonNode envelope) {
        return envelope.path("aggregateType").asString() + ":" + envelope.path("aggregateId").asString();
    }

    private static JsonNode rebuild(Options options, Supplier<String> adminToken) throws InterruptedException {
        String url = options.reporting() + "/api/v1/admin/projections/rebuild";
        Http.require(Http.sendAs(adminToken, "POST", url, ""), 202);
        while (true) {
            Thread.sleep(1000);
            HttpResponse<String> answer = Http.sendAs(adminToken, "GET", url, null);
            JsonNode progress = Http.JSON.readTree(Http.require(answer, 200).body());
            System.out.printf("    %s: %,d of %,d%n", progress.path("phase").asString(),
                    progress.path("replayed").asLong(), progress.path("total").asLong());
            if (progress.path("finishedAt").isString()) {
                return progress;
            }
        }
    }
}
