package org.wpsnetwork.contracts.nap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * How far the member has acted on one of the network's recommendations; the note and the narrative are optional.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecommendationStatus(String recommendationId, Completion completion, String note, Narrative narrative) {
}
