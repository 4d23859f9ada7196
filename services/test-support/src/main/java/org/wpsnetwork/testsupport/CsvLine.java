package org.wpsnetwork.testsupport;

import java.util.ArrayList;
import java.util.List;

/** Reading back one line of a CSV answer, as a spreadsheet would (RFC 4180). */
public final class CsvLine {

    private CsvLine() {
    }

    /** The fields of one CSV line: quoted where they hold a comma or a quote, quotes doubled. */
    public static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
