package org.wpsnetwork.meetings.meetings;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.springframework.http.ResponseEntity;
import org.wpsnetwork.kit.outbox.Versioned;
import org.wpsnetwork.kit.web.ETags;

/** A meeting with its attendees and recommendations, and its version (the ETag). */
public record MeetingResponse(@JsonUnwrapped Meeting meeting, long version) {

    public static MeetingResponse of(Versioned<Meeting> meeting) {
        return new MeetingResponse(meeting.state(), meeting.version());
    }

    public static ResponseEntity<MeetingResponse> ok(Versioned<Meeting> meeting) {
        return ETags.ok(meeting.version(), of(meeting));
    }
}
