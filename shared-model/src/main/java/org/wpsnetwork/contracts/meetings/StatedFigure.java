package org.wpsnetwork.contracts.meetings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;

/**
 * A figure as a meeting's document states it, e.g. "more than 80 members" (qualifier MORE_THAN, value 80),
 * and the date it refers to.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StatedFigure(NetworkFigure figure, int value, Qualifier qualifier, LocalDate asOf) {

    public enum Qualifier {
        EXACTLY,
        MORE_THAN
    }
}
