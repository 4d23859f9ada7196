package org.wpsnetwork.meetings.attendance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The whole attendance list of a meeting; it replaces the one recorded before. */
public record AttendanceRequest(
        @NotNull @Size(max = 300) List<@NotNull @Pattern(regexp = "[A-Z]{2,10}",
                message = "must be 2 to 10 upper-case letters") String> memberCodes) {
}
