package org.wpsnetwork.kit.input;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How request bodies read values: exactly as written, or not at all. Dates only as ISO text within range (no
 * arrays, no times, no signed years); decimals exactly, within range and scale (no ±Infinity, no silent
 * rounding to 0); enum values only as their exact names (no padding, no case games); text without control
 * characters. Each refusal names the field and says why.
 */
public final class StrictInputModule extends SimpleModule {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    public StrictInputModule() {
        super("wps-strict-input");
        addDeserializer(LocalDate.class, new DateDeserializer());
        addDeserializer(BigDecimal.class, new DecimalDeserializer());
        addDeserializer(String.class, new TextDeserializer());
        setDeserializerModifier(new ValueDeserializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                               BeanDescription.Supplier description,
                                                               ValueDeserializer<?> deserializer) {
                return new ExactEnumDeserializer(type.getRawClass());
            }
        });
    }

    private static RejectedValueException rejected(JsonParser parser, String reason, Object value, Class<?> type) {
        return new RejectedValueException(parser, reason, value, type);
    }

    static final class DateDeserializer extends StdDeserializer<LocalDate> {

        DateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw rejected(parser, "must be a date written as text, like 2024-06-30", null, LocalDate.class);
            }
            String text = parser.getString();
            if (!InputLimits.ISO_DATE.matcher(text).matches()) {
                throw rejected(parser, "must be a date like 2024-06-30", text, LocalDate.class);
            }
            LocalDate date;
            try {
                date = LocalDate.parse(text, ISO_DATE);
            } catch (DateTimeException e) {
                throw rejected(parser, "is not a day of the calendar", text, LocalDate.class);
            }
            String problem = InputLimits.dateProblem(date);
            if (problem != null) {
                throw rejected(parser, problem, text, LocalDate.class);
            }
            return date;
        }
    }

    static final class DecimalDeserializer extends StdDeserializer<BigDecimal> {

        DecimalDeserializer() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
            JsonToken token = parser.currentToken();
            if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                throw rejected(parser, "must be a number", null, BigDecimal.class);
            }
            // From the text as written: 1e-400 stays 1E-400 (refused), never a double rounded to 0.
            BigDecimal value = parser.getDecimalValue();
            String problem = InputLimits.decimalProblem(value);
            if (problem != null) {
                throw rejected(parser, problem, parser.getString(), BigDecimal.class);
            }
            return value;
        }
    }

    static final class TextDeserializer extends StdDeserializer<String> {

        TextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw rejected(parser, "must be a string", null, String.class);
            }
            String text = parser.getString();
            String problem = InputLimits.textProblem(text);
            if (problem != null) {
                throw rejected(parser, problem, null, String.class);
            }
            return text;
        }
    }

    /** Only the exact constant names; everything else is refused with the list of names. */
    static final class ExactEnumDeserializer extends StdDeserializer<Object> {

        private final Map<String, Object> byName;
        private final String choices;

        ExactEnumDeserializer(Class<?> type) {
            super(type);
            this.byName = Arrays.stream(type.getEnumConstants())
                    .collect(Collectors.toUnmodifiableMap(c -> ((Enum<?>) c).name(), c -> c));
            this.choices = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            Object constant = parser.currentToken() == JsonToken.VALUE_STRING ? byName.get(parser.getString()) : null;
            if (constant == null) {
                String sent = parser.currentToken() == JsonToken.VALUE_STRING ? parser.getString() : null;
                throw rejected(parser, "must be one of " + choices, sent, handledType());
            }
            return constant;
        }
    }
}
