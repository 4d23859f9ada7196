package org.wpsnetwork.reporting.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The comparison as CSV (RFC 4180): one line per row of the table, and per column its value and its coverage
 * ("covered/of"), so the numbers are exactly the JSON's and an empty value beside "0/1" reads as no data.
 */
final class ComparisonCsv {

    /** Text a spreadsheet would run as a formula gets a leading apostrophe. */
    private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\\t\\r].*", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern NEEDS_QUOTES = Pattern.compile("[\",\r\n]");

    private ComparisonCsv() {
    }

    static String of(Comparison comparison) {
        List<String> columns = new ArrayList<>();
        comparison.members().forEach(m -> columns.add(m.code()));
        comparison.cohorts().forEach(c -> columns.add(c.id()));
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("section", "key", "label", "unit"));
        columns.forEach(c -> {
            header.add(c);
            header.add(c + " coverage");
        });
        line(csv, header);
        for (Comparison.Row row : comparison.rows()) {
            List<String> fields = new ArrayList<>(List.of(row.section(), row.key(), row.label(), row.unit()));
            for (String column : columns) {
                Comparison.Cell cell = row.cells().getOrDefault(column, Comparison.Cell.NONE);
                fields.add(cell.value() != null ? cell.value().toPlainString() : cell.text() != null ? cell.text() : "");
                fields.add(cell.covered() + "/" + cell.of());
            }
            line(csv, fields);
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    private static String field(String text) {
        String safe = FORMULA.matcher(text).matches() && !NUMBER.matcher(text).matches() ? "'" + text : text;
        return NEEDS_QUOTES.matcher(safe).find() ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
