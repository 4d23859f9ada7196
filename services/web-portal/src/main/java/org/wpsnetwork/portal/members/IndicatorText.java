package org.wpsnetwork.portal.members;

import org.springframework.stereotype.Component;
import org.wpsnetwork.portal.i18n.Formats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An indicator's baseline, latest value and target in its kind's form ({@code ${@ind.latest(indicator)}}): numbers
 * with their unit or currency, yes or no with the day, milestone stages by name. No value reads "no data".
 */
@Component("ind")
public class IndicatorText {

    private final Formats fmt;

    IndicatorText(Formats fmt) {
        this.fmt = fmt;
    }

    public String baseline(Map<String, Object> indicator) {
        return switch (kind(indicator)) {
            case "YES_NO" -> fmt.message("common.no");
            case "MILESTONE" -> indicator.get("baselineStage") == null ? fmt.message("indicator.noStage")
                    : String.valueOf(indicator.get("baselineStage"));
            default -> amount(indicator, indicator.get("baseline"));
        };
    }

    public String target(Map<String, Object> indicator) {
        return switch (kind(indicator)) {
            case "YES_NO" -> fmt.message("common.yes");
            case "MILESTONE" -> {
                List<?> stages = indicator.get("stages") instanceof List<?> list ? list : List.of();
                yield stages.isEmpty() ? "" : String.valueOf(stages.get(stages.size() - 1));
            }
            default -> amount(indicator, indicator.get("target"));
        };
    }

    /** The latest value the view holds for the indicator. */
    public String latest(Map<String, Object> indicator) {
        Map<String, Object> latest = new HashMap<>();
        latest.put("value", indicator.get("latestValue"));
        latest.put("achieved", indicator.get("achieved"));
        latest.put("achievedOn", indicator.get("achievedOn"));
        latest.put("stage", indicator.get("latestStage"));
        return value(indicator, latest);
    }

    /** One reported value of the indicator ({@code value}, {@code achieved}/{@code achievedOn}, {@code stage}). */
    public String value(Map<String, Object> indicator, Map<String, Object> reported) {
        return switch (kind(indicator)) {
            case "YES_NO" -> reported.get("achieved") instanceof Boolean achieved
                    ? fmt.message(achieved ? "common.yes" : "common.no")
                    + (reported.get("achievedOn") instanceof String on ? " (" + fmt.date(on) + ")" : "")
                    : fmt.message("common.noData");
            case "MILESTONE" -> reported.get("stage") instanceof String stage ? stage : fmt.message("common.noData");
            default -> reported.get("value") instanceof Number ? amount(indicator, reported.get("value"))
                    : fmt.message("common.noData");
        };
    }

    private String amount(Map<String, Object> indicator, Object number) {
        if (!(number instanceof Number)) {
            return fmt.message("common.noData");
        }
        Object unit = indicator.get("currency") != null ? indicator.get("currency") : indicator.get("unit");
        return fmt.number(number) + (unit == null ? "" : "%".equals(unit) ? " %" : " " + unit);
    }

    private static String kind(Map<String, Object> indicator) {
        return indicator.get("kind") == null ? "NUMBER" : String.valueOf(indicator.get("kind"));
    }
}
