package org.wpsnetwork.contracts.meetings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A recommendation or numbered conclusion of a communiqué. {@code id} is unique across all meetings, because
 * progress reports refer to it; {@code paragraphRef} locates it in the source document.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Recommendation(String id, RecommendationTheme theme, Addressee addressee, String summary,
                             String paragraphRef) {
}
