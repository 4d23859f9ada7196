package org.wpsnetwork.contracts.meetings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A recommendation was added to a meeting's communiqué before its adoption. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecommendationAdded(MeetingSnapshot meeting, Recommendation recommendation) implements MeetingChange {
}
