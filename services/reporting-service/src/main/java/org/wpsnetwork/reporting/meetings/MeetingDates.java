package org.wpsnetwork.reporting.meetings;

import org.wpsnetwork.contracts.meetings.MeetingSnapshot;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A meeting's dates in words, as precisely as they are known: "9–10 April 2018", "April 2017", "2025". */
public final class MeetingDates {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private MeetingDates() {
    }

    public static String describe(MeetingSnapshot meeting) {
        return switch (meeting.datePrecision()) {
            case YEAR -> String.valueOf(meeting.startDate().getYear());
            case MONTH -> meeting.startDate().format(MONTH_YEAR);
            case DAY -> {
                if (meeting.startDate().equals(meeting.endDate())) {
                    yield meeting.startDate().format(DAY_MONTH_YEAR);
                }
                if (meeting.startDate().getMonth() == meeting.endDate().getMonth()
                        && meeting.startDate().getYear() == meeting.endDate().getYear()) {
                    yield meeting.startDate().getDayOfMonth() + "–" + meeting.endDate().format(DAY_MONTH_YEAR);
                }
                yield meeting.startDate().format(DAY_MONTH) + " – " + meeting.endDate().format(DAY_MONTH_YEAR);
            }
        };
    }
}
