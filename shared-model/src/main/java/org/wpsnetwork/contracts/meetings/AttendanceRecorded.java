package org.wpsnetwork.contracts.meetings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** The whole attendance list of a meeting was set; {@code added} and {@code removed} say what changed. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AttendanceRecorded(MeetingSnapshot meeting, List<String> added, List<String> removed)
        implements MeetingChange {
}
