package org.wpsnetwork.kit.mongo;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

import java.math.BigDecimal;

/**
 * Maps records to MongoDB documents and back through their JSON form: dates as ISO strings (which sort
 * correctly), absent values left out, decimals as BSON Decimal128 so that 0.1 stays exactly 0.1. One mapping
 * for every service, so stored state reads like the API.
 */
public class DocumentMapper {

    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();
    /** How MongoDB's extended JSON writes a Decimal128. */
    private static final String NUMBER_DECIMAL = "$numberDecimal";

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .addModule(new SimpleModule("wps-decimal128")
                    .addSerializer(BigDecimal.class, new Decimal128Writer())
                    .addDeserializer(BigDecimal.class, new Decimal128Reader()))
            .build();

    public Document toDocument(Object value) {
        return Document.parse(mapper.writeValueAsString(value));
    }

    public <T> T fromDocument(Document document, Class<T> type) {
        return mapper.readValue(document.toJson(RELAXED), type);
    }

    private static final class Decimal128Writer extends StdSerializer<BigDecimal> {

        Decimal128Writer() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator generator, SerializationContext context) {
            generator.writeStartObject();
            generator.writeStringProperty(NUMBER_DECIMAL, value.toString());
            generator.writeEndObject();
        }
    }

    /** Reads Decimal128, and plain numbers that documents written before decimals were exact still hold. */
    private static final class Decimal128Reader extends StdDeserializer<BigDecimal> {

        Decimal128Reader() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT || parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                return parser.getDecimalValue();
            }
            if (parser.currentToken() == JsonToken.START_OBJECT
                    && NUMBER_DECIMAL.equals(parser.nextName()) && parser.nextToken() == JsonToken.VALUE_STRING) {
                BigDecimal value = new BigDecimal(parser.getString());
                if (parser.nextToken() == JsonToken.END_OBJECT) {
                    return value;
                }
            }
            return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
        }
    }
}
