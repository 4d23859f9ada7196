package org.wpsnetwork.kit.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The limits every request value is held to, one per kind of value, whatever the endpoint. Checked while the
 * body or parameter is read, so a value outside them is a 400 naming the field and never reaches the database,
 * an event or a view. The README's "Limits" table lists the same figures.
 */
public final class InputLimits {

    /** Decimals (indicator values, baselines, targets, budgets): |x| ≤ 10^12. */
    public static final BigDecimal MAX_DECIMAL_MAGNITUDE = BigDecimal.TEN.pow(12);
    /** Decimals: at most this many digits after the point. */
    public static final int MAX_DECIMAL_SCALE = 6;
    /** Dates: ISO {@code yyyy-MM-dd} text only, from this day ... */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    /** ... to this one. */
    public static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);
    /** Whole-number path and query parameters: digits only, at most this many. */
    public static final int MAX_INTEGER_DIGITS = 9;

    /** Control characters other than tab, line feed and carriage return; also DEL and the C1 range. */
    static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");
    static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1," + MAX_INTEGER_DIGITS + "}");

    private InputLimits() {
    }

    /** Why a decimal is refused, or null when it is within the limits. */
    public static String decimalProblem(BigDecimal value) {
        if (value.abs().compareTo(MAX_DECIMAL_MAGNITUDE) > 0) {
            return "must be between -10^12 and 10^12";
        }
        if (value.stripTrailingZeros().scale() > MAX_DECIMAL_SCALE) {
            return "must have at most " + MAX_DECIMAL_SCALE + " decimal places";
        }
        return null;
    }

    /** Why a text is refused, or null when it is acceptable. */
    public static String textProblem(String value) {
        return CONTROL_CHARACTERS.matcher(value).find() ? "must not contain control characters" : null;
    }

    /** Why a date is refused, or null when it is within the limits. */
    public static String dateProblem(LocalDate value) {
        return value.isBefore(EARLIEST_DATE) || value.isAfter(LATEST_DATE)
                ? "must be between " + EARLIEST_DATE + " and " + LATEST_DATE : null;
    }
}
