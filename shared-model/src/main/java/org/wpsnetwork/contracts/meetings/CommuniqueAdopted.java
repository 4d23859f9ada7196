package org.wpsnetwork.contracts.meetings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;

/** The meeting adopted its communiqué; its recommendations are now the network's commitments and are frozen. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CommuniqueAdopted(MeetingSnapshot meeting, LocalDate adoptedOn) implements MeetingChange {
}
