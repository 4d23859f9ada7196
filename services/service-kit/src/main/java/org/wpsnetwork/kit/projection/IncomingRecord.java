package org.wpsnetwork.kit.projection;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One record of a consumed batch, with where it came from (for dead-lettering and logs). */
public record IncomingRecord(String topic, int partition, long offset, String key, byte[] value) {

    /** Splits a batch delivered by the Kafka binder into its records. */
    public static List<IncomingRecord> fromBatch(Message<List<byte[]>> batch) {
        MessageHeaders headers = batch.getHeaders();
        List<byte[]> values = batch.getPayload();
        List<IncomingRecord> records = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            records.add(new IncomingRecord(
                    String.valueOf(at(headers.get(KafkaHeaders.RECEIVED_TOPIC), i)),
                    ((Number) at(headers.get(KafkaHeaders.RECEIVED_PARTITION), i)).intValue(),
                    ((Number) at(headers.get(KafkaHeaders.OFFSET), i)).longValue(),
                    key(at(headers.get(KafkaHeaders.RECEIVED_KEY), i)),
                    values.get(i)));
        }
        return records;
    }

    /** Batch headers are lists, one element per record; some binder versions send a single value when all agree. */
    private static Object at(Object header, int index) {
        return header instanceof List<?> list ? list.get(index) : header;
    }

    private static String key(Object key) {
        if (key == null) {
            return null;
        }
        return key instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : key.toString();
    }

    @Override
    public String toString() {
        return topic + "-" + partition + "@" + offset;
    }
}
