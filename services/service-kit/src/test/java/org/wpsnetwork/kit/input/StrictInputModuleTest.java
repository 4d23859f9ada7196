package org.wpsnetwork.kit.input;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictInputModuleTest {

    enum Region { ASIA, EUROPE }

    record Values(LocalDate date, BigDecimal value, Region region, String text) {
    }

    private final JsonMapper mapper = JsonMapper.builder().addModule(new StrictInputModule()).build();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"date\":[2025,1,1]}                 | date   | must be a date written as text, like 2024-06-30",
            "{\"date\":\"2025-01-01T10:00:00\"}     | date   | must be a date like 2024-06-30",
            "{\"date\":\"+99999-01-01\"}            | date   | must be a date like 2024-06-30",
            "{\"date\":\"2025-02-30\"}              | date   | is not a day of the calendar",
            "{\"date\":\"1899-12-31\"}              | date   | must be between 1900-01-01 and 2199-12-31",
            "{\"value\":1e400}                      | value  | must be between -10^12 and 10^12",
            "{\"value\":-1e400}                     | value  | must be between -10^12 and 10^12",
            "{\"value\":1e-400}                     | value  | must have at most 6 decimal places",
            "{\"value\":0.10000000000000000001}     | value  | must have at most 6 decimal places",
            "{\"value\":9223372036854775808}        | value  | must be between -10^12 and 10^12",
            "{\"value\":\"12\"}                     | value  | must be a number",
            "{\"region\":\" ASIA \"}                | region | must be one of ASIA, EUROPE",
            "{\"region\":\"asia\"}                  | region | must be one of ASIA, EUROPE",
            "{\"region\":0}                         | region | must be one of ASIA, EUROPE",
            "{\"text\":\"a\\u0000b\"}               | text   | must not contain control characters",
            "{\"text\":\"a\\u001bb\"}               | text   | must not contain control characters",
            "{\"text\":\"a\\u0085b\"}               | text   | must not contain control characters"})
    void refusesWhatIsNotExactlyAValueOfItsKind(String json, String field, String reason) {
        assertThatThrownBy(() -> mapper.readValue(json, Values.class))
                .isInstanceOfSatisfying(RejectedValueException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getPath().get(0).getPropertyName()).isEqualTo(field);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"date\":\"2024-02-29\",\"value\":-1000000000000,\"region\":\"ASIA\",\"text\":\"Line one\\nline two\\tend\"}",
            "{\"date\":\"2199-12-31\",\"value\":0.000001,\"region\":\"EUROPE\",\"text\":\"Ana Pérez\"}"})
    void acceptsValuesWithinTheLimits(String json) {
        Values values = mapper.readValue(json, Values.class);

        assertThat(values.region()).isNotNull();
        assertThat(values.value().abs()).isLessThanOrEqualTo(InputLimits.MAX_DECIMAL_MAGNITUDE);
    }
}
