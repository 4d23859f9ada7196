package org.wpsnetwork.contracts.nap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The secretariat added an indicator to the network's catalogue, or revised one (the whole entry as it stands). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReferenceIndicatorDefined(ReferenceIndicatorSnapshot indicator) {
}
