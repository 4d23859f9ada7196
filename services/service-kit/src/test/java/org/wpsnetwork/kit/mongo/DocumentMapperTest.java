package org.wpsnetwork.kit.mongo;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentMapperTest {

    record Indicator(String code, BigDecimal baseline, List<BigDecimal> values) {
    }

    private final DocumentMapper mapper = new DocumentMapper();

    @Test
    void decimalsAreStoredAsDecimal128AndReadBackExactly() {
        Indicator indicator = new Indicator("P1", new BigDecimal("0.1"),
                List.of(new BigDecimal("999999999999.999999"), new BigDecimal("-0.000001")));

        Document stored = mapper.toDocument(indicator);

        assertThat(stored.get("baseline")).isEqualTo(Decimal128.parse("0.1"));
        assertThat(stored.getList("values", Object.class)).containsExactly(
                Decimal128.parse("999999999999.999999"), Decimal128.parse("-0.000001"));
        assertThat(mapper.fromDocument(stored, Indicator.class)).isEqualTo(indicator);
    }

    @Test
    void numbersStoredBeforeDecimalsWereExactAreStillRead() {
        Document legacy = new Document("code", "P1").append("baseline", 10.5).append("values", List.of(3));

        assertThat(mapper.fromDocument(legacy, Indicator.class))
                .isEqualTo(new Indicator("P1", new BigDecimal("10.5"), List.of(new BigDecimal("3"))));
    }

    @Test
    void anInfiniteNumberCannotBeReadAsADecimal() {
        Document broken = new Document("code", "P1").append("baseline", Double.POSITIVE_INFINITY);

        assertThatThrownBy(() -> mapper.fromDocument(broken, Indicator.class)).isInstanceOf(RuntimeException.class);
    }
}
