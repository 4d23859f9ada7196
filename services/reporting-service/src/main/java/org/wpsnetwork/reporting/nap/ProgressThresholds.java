package org.wpsnetwork.reporting.nap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The thresholds of the progress status scale, as shares of the progress an indicator should have made by the end
 * of its latest reported period: at least {@code substantial} (default 0.75) is SUBSTANTIAL, at least
 * {@code moderate} (default 0.5) MODERATE, less LIMITED. Configuration: {@code wps.progress-status.*}.
 */
@ConfigurationProperties("wps.progress-status")
public record ProgressThresholds(@DefaultValue("0.75") double substantial, @DefaultValue("0.5") double moderate) {

    public ProgressThresholds {
        if (!(moderate > 0 && moderate < substantial && substantial <= 1)) {
            throw new IllegalArgumentException("wps.progress-status needs 0 < moderate < substantial <= 1, not "
                    + "moderate " + moderate + " and substantial " + substantial);
        }
    }

    /** The published defaults. */
    public static final ProgressThresholds DEFAULTS = new ProgressThresholds(0.75, 0.5);
}
