package org.wpsnetwork.kit.mongo;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps records to MongoDB documents and back through their JSON form: dates as ISO strings (which sort
 * correctly), absent values left out. One mapping for every service, so stored state reads like the API.
 */
public class DocumentMapper {

    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    public Document toDocument(Object value) {
        return Document.parse(mapper.writeValueAsString(value));
    }

    public <T> T fromDocument(Document document, Class<T> type) {
        return mapper.readValue(document.toJson(RELAXED), type);
    }
}
