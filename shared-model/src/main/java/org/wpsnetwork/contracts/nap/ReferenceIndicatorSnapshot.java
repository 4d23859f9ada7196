package org.wpsnetwork.contracts.nap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An indicator of the network's catalogue, which the secretariat keeps so that members' own indicators can be
 * compared: a member's indicator may name one as its {@code reference} when it measures the same thing, in the
 * same kind.
 *
 * @param name a short name in the network's words
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReferenceIndicatorSnapshot(String code, String name, String pillar, IndicatorKind kind, String unit,
                                         IndicatorDirection direction) {
}
