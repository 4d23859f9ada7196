package org.wpsnetwork.contracts.nap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What a member tells of its work on one recommendation in a reporting period, in its own words and language:
 * what was done, what stood in the way, what comes next. Any part may be absent, not all.
 *
 * @param language the ISO 639-1 code of the language it is written in; absent when not said
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Narrative(String done, String obstacles, String nextSteps, String language) {
}
