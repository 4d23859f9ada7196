package org.wpsnetwork.portal.compare;

import org.springframework.stereotype.Component;
import org.wpsnetwork.portal.i18n.Formats;

import java.util.Map;

/**
 * A cell of the comparison as the page shows it ({@code ${@cells.value(row, cell)}}): percentages, counts, levels
 * and statuses in the reader's language; a cell without data says so, never 0.
 */
@Component("cells")
public class CompareCells {

    private final Formats fmt;

    CompareCells(Formats fmt) {
        this.fmt = fmt;
    }

    public String value(Map<String, Object> row, Map<String, Object> cell) {
        if (cell == null || (cell.get("value") == null && cell.get("text") == null)) {
            return fmt.message("common.noData");
        }
        String unit = String.valueOf(row.get("unit"));
        String key = String.valueOf(row.get("key"));
        Object value = cell.get("value");
        Object text = cell.get("text");
        if (value != null) {
            String number = "PERCENT".equals(unit) ? fmt.percent(value) : fmt.number(value);
            return text == null ? number : number + " · " + fmt.label("ProgressStatus", text);
        }
        if (key.startsWith("recommendation.")) {
            return fmt.label("Completion", text);
        }
        if (key.equals("reporting.status")) {
            return fmt.label("ReportingStatus", text);
        }
        return String.valueOf(text);
    }

    /** "data for 2 of 3": how much of what the cell sums up has data. */
    public String coverage(Map<String, Object> cell) {
        if (cell == null) {
            return fmt.message("compare.coverage", 0, 0);
        }
        return fmt.message("compare.coverage", cell.get("covered"), cell.get("of"));
    }
}
