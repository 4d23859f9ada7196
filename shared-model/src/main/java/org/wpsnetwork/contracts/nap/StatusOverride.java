package org.wpsnetwork.contracts.nap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.wpsnetwork.contracts.Actor;

import java.time.Instant;

/**
 * The secretariat's judgement of an indicator's progress status, in place of the computed one until withdrawn,
 * with the reason and who made it; views show both.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StatusOverride(String indicatorCode, ProgressStatus status, String reason, Actor by, Instant at) {
}
