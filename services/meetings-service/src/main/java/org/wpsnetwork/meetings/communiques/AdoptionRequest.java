package org.wpsnetwork.meetings.communiques;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** The day the meeting adopted its communiqué. */
public record AdoptionRequest(@NotNull LocalDate adoptedOn) {
}
