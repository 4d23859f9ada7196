package org.wpsnetwork.contracts.meetings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A meeting was put on the network's record (planned, or already held). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeetingScheduled(MeetingSnapshot meeting) implements MeetingChange {
}
