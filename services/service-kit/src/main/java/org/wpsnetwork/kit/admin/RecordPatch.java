package org.wpsnetwork.kit.admin;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.kit.web.FieldViolation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stored record with some of its figures replaced, named by the same paths a 400 names them
 * ({@code indicators[0].baseline}), turned into the JSON a request would carry: decimals as exact numbers, a
 * stored figure no request could carry (an infinite double) left as it is, so reading the result with the request
 * limits names every figure that still needs replacing. Only figures are replaced: ids, codes, texts and dates
 * stay as recorded, so a repair can never move a record to another member or plan.
 */
final class RecordPatch {

    /** One step of a path: a field name and any number of [index] after it. */
    private static final Pattern STEP = Pattern.compile("([A-Za-z][A-Za-z0-9]*)((?:\\[\\d{1,4}])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d{1,4})]");
    private static final JsonWriterSettings PLAIN_NUMBERS = JsonWriterSettings.builder()
            .outputMode(JsonMode.RELAXED)
            .decimal128Converter((value, writer) -> writer.writeRaw(value.bigDecimalValue().toPlainString()))
            .build();

    private RecordPatch() {
    }

    /** The stored state with {@code values} put at their paths, as JSON text to read with the request limits. */
    static String apply(JsonMapper mapper, Document storedState, Map<String, JsonNode> values) {
        JsonNode record = mapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(storedState.toJson(PLAIN_NUMBERS));
        for (Map.Entry<String, JsonNode> value : values.entrySet()) {
            put(record, value.getKey(), value.getValue());
        }
        return mapper.writeValueAsString(record);
    }

    private static void put(JsonNode record, String path, JsonNode value) {
        List<Object> steps = steps(path);
        JsonNode parent = record;
        for (int i = 0; i < steps.size() - 1 && parent != null; i++) {
            parent = steps.get(i) instanceof String name ? parent.get(name) : parent.get((Integer) steps.get(i));
        }
        Object last = steps.get(steps.size() - 1);
        if (last instanceof String name && parent instanceof ObjectNode object && figure(object.get(name))) {
            object.set(name, value);
        } else if (last instanceof Integer at && parent instanceof ArrayNode array && at < array.size()
                && figure(array.get(at))) {
            array.set(at, value);
        } else {
            throw notAPath(path);
        }
    }

    /** A number as stored: plain, or a double written as {"$numberDouble": "Infinity"} because JSON has none. */
    private static boolean figure(JsonNode stored) {
        return stored != null && (stored.isNumber() || stored.isObject() && stored.size() == 1
                && stored.has("$numberDouble"));
    }

    /** {@code indicators[0].baseline} as "indicators", 0, "baseline". */
    private static List<Object> steps(String path) {
        List<Object> steps = new ArrayList<>();
        for (String part : path.split("\\.", -1)) {
            Matcher step = STEP.matcher(part);
            if (!step.matches()) {
                throw notAPath(path);
            }
            steps.add(step.group(1));
            Matcher index = INDEX.matcher(step.group(2));
            while (index.find()) {
                steps.add(Integer.valueOf(index.group(1)));
            }
        }
        return steps;
    }

    private static ApiProblemException notAPath(String path) {
        return ApiProblemException.invalid(FieldViolation.of("values", "names no figure of the stored record: " + path,
                path));
    }
}
