package org.wpsnetwork.portal.i18n;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Values from the APIs as the reader's language writes them ({@code ${@fmt.date(plan.periodStart)}}): dates,
 * times (UTC), numbers and shares as percentages, and enum values by their translation ({@code enum.Region.EUROPE}).
 * An enum value without a translation shows as {@code ??enum.X.Y_fr??}, which the browser tests look for.
 */
@Component("fmt")
public class Formats {

    /** The beginnings of the APIs' common field messages, and their translations' keys. */
    private static final Map<String, String> API_MESSAGES = new LinkedHashMap<>();

    static {
        API_MESSAGES.put("must be a whole number, not negative", "api.wholeNumber");
        API_MESSAGES.put("must be a percentage from 0 to 100", "api.percentage");
        API_MESSAGES.put("must not be negative", "api.notNegative");
        API_MESSAGES.put("must say why", "api.reasonRequired");
        API_MESSAGES.put("must be an http or https address", "api.webAddress");
        API_MESSAGES.put("must be an e-mail address", "api.email");
        API_MESSAGES.put("must be 2 to 10 upper-case letters", "api.memberCode");
        API_MESSAGES.put("must not be blank", "api.required");
        API_MESSAGES.put("must not be null", "api.required");
        API_MESSAGES.put("is required", "api.required");
        API_MESSAGES.put("must not be in the future", "api.notFuture");
        API_MESSAGES.put("is before the plan's period", "api.beforePlan");
        API_MESSAGES.put("is after the plan's period", "api.afterPlan");
        API_MESSAGES.put("report at least one", "api.atLeastOne");
        API_MESSAGES.put("is the total, but", "api.breakdownSum");
        API_MESSAGES.put("needs a value for every category", "api.breakdownMissing");
    }

    private final MessageSource messages;

    Formats(MessageSource messages) {
        this.messages = messages;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    public String date(Object iso) {
        if (iso == null || iso.toString().isBlank()) {
            return "";
        }
        return LocalDate.parse(iso.toString().substring(0, 10))
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()));
    }

    public String dateTime(Object iso) {
        if (iso == null) {
            return "";
        }
        return Instant.parse(iso.toString()).atOffset(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale())) + " UTC";
    }

    public String number(Object value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(2);
        return format.format(new BigDecimal(value.toString()));
    }

    /** A share from 0 to 1 (as the APIs give coverage, rates, timeliness) as a percentage. */
    public String share(Object share) {
        if (share == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale());
        format.setMaximumFractionDigits(1);
        return format.format(new BigDecimal(share.toString()));
    }

    /** A percentage from 0 to 100 (progress, the compare table's figures). */
    public String percent(Object percent) {
        return percent == null ? "" : share(new BigDecimal(percent.toString()).movePointLeft(2));
    }

    /** An enum value of the given type in the reader's language. */
    public String label(String type, Object value) {
        if (value == null) {
            return "";
        }
        String key = "enum." + type + "." + value;
        return messages.getMessage(key, null, "??" + key + "_" + locale().getLanguage() + "??", locale());
    }

    /** A message in the reader's language. */
    public String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, "??" + key + "_" + locale().getLanguage() + "??", locale());
    }

    /**
     * A field message of the APIs (they write English) in the reader's language where it is one of the common
     * ones, else as the API wrote it.
     */
    public String apiMessage(String english) {
        for (Map.Entry<String, String> known : API_MESSAGES.entrySet()) {
            if (english.startsWith(known.getKey())) {
                return message(known.getValue());
            }
        }
        return english;
    }

    public String language() {
        return locale().getLanguage();
    }
}
