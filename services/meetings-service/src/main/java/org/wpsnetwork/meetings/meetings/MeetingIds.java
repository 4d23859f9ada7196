package org.wpsnetwork.meetings.meetings;

/** Meeting and recommendation ids: lower-case words joined by hyphens, readable in URLs and reports. */
public final class MeetingIds {

    public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String MESSAGE = "must be lower-case letters and digits joined by single hyphens, like berlin-2018";

    private MeetingIds() {
    }
}
