package org.wpsnetwork.portal.i18n;

import org.junit.jupiter.api.Test;
import org.wpsnetwork.contracts.meetings.Addressee;
import org.wpsnetwork.contracts.meetings.MeetingKind;
import org.wpsnetwork.contracts.meetings.NetworkFigure;
import org.wpsnetwork.contracts.meetings.RecommendationTheme;
import org.wpsnetwork.contracts.membership.MemberStatus;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.NetworkRole;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.contracts.nap.Completion;
import org.wpsnetwork.contracts.nap.Dimension;
import org.wpsnetwork.contracts.nap.EvidenceKind;
import org.wpsnetwork.contracts.nap.IndicatorDirection;
import org.wpsnetwork.contracts.nap.IndicatorKind;
import org.wpsnetwork.contracts.nap.PlanKind;
import org.wpsnetwork.contracts.nap.PlanStatus;
import org.wpsnetwork.contracts.nap.ProgressStatus;
import org.wpsnetwork.contracts.nap.ReportState;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three languages say the same things: every key in all three bundles, every message with arguments a valid
 * pattern, and every value of the contracts' enums the pages show translated.
 */
class MessagesTest {

    private static final List<Class<? extends Enum<?>>> SHOWN = List.of(MemberType.class, MemberStatus.class,
            Region.class, NetworkRole.class, PlanStatus.class, PlanKind.class, ReportState.class, Completion.class,
            IndicatorKind.class, IndicatorDirection.class, ProgressStatus.class, RecommendationTheme.class,
            Addressee.class, NetworkFigure.class, EvidenceKind.class, Dimension.class, MeetingKind.class);

    private static Properties bundle(String suffix) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/messages" + suffix + ".properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return messages;
    }

    @Test
    void frenchAndSpanishHaveEveryEnglishKeyAndNoOther() throws IOException {
        Properties english = bundle("");
        for (String language : List.of("_fr", "_es")) {
            assertThat(bundle(language).stringPropertyNames()).as(language)
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        }
    }

    @Test
    void aMessageWithoutArgumentsIsShownAsWrittenSoItsApostrophesAreSingle() throws IOException {
        for (String language : List.of("", "_fr", "_es")) {
            Properties messages = bundle(language);
            for (String key : messages.stringPropertyNames()) {
                String message = messages.getProperty(key);
                if (!message.contains("{0}")) {
                    assertThat(message).as(language + " " + key).doesNotContain("''");
                }
            }
        }
    }

    @Test
    void everyMessageWithArgumentsIsAValidPattern() throws IOException {
        for (String language : List.of("", "_fr", "_es")) {
            Properties messages = bundle(language);
            for (String key : messages.stringPropertyNames()) {
                String message = messages.getProperty(key);
                if (message.contains("{0}")) {
                    String formatted = new MessageFormat(message).format(new Object[] {"A", "B", "C"});
                    assertThat(formatted).as(language + " " + key).contains("A").doesNotContain("{");
                }
            }
        }
    }

    @Test
    void everyEnumValueThePagesShowIsTranslated() throws IOException {
        Properties english = bundle("");
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : SHOWN) {
            for (Enum<?> value : type.getEnumConstants()) {
                String key = "enum." + type.getSimpleName() + "." + value.name();
                if (!english.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        for (Dimension dimension : Dimension.values()) {
            dimension.categories().stream().map(category -> "enum.Category." + category)
                    .filter(key -> !english.containsKey(key)).forEach(missing::add);
        }
        assertThat(missing).isEmpty();
    }
}
