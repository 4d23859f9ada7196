package org.wpsnetwork.contracts.meetings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting as it stands after the change an event reports: facts, attendance, recommendations and, once
 * adopted, the communiqué date (which freezes the recommendations). Every meeting event carries it, so a
 * consumer keeping the newest version it has seen is correct whatever the order of delivery.
 *
 * @param ordinal            e.g. 5 for the 5th capital-level meeting; absent where the documents give none
 * @param attendanceRecorded whether an attendance list was recorded (an empty list then means nobody came)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeetingSnapshot(
        String id,
        MeetingKind kind,
        Integer ordinal,
        String title,
        String theme,
        LocalDate startDate,
        LocalDate endDate,
        DatePrecision datePrecision,
        String city,
        String countryCode,
        List<String> hostCodes,
        List<String> coChairCodes,
        MeetingStatus status,
        List<StatedFigure> statedFigures,
        List<String> attendees,
        boolean attendanceRecorded,
        List<Recommendation> recommendations,
        LocalDate communiqueAdoptedOn) {
}
