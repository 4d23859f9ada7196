package org.wpsnetwork.contracts;

import java.util.List;

/**
 * The topics the services publish on. They are the system's durable log: kept forever so that every read
 * model can be rebuilt from offset 0. Each has a dead-letter companion for events a consumer can never apply.
 */
public final class Topics {

    public static final String MEMBERSHIP = "wps.membership.events";
    public static final String MEETINGS = "wps.meetings.events";
    public static final String NAP = "wps.nap.events";

    public static final List<String> ALL = List.of(MEMBERSHIP, MEETINGS, NAP);

    private static final String PREFIX = "wps.";
    private static final String SUFFIX = ".events";
    private static final String DEAD_LETTER_SUFFIX = ".dlt";

    private Topics() {
    }

    public static String deadLetterTopicOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    /** "wps.membership.events" → "membership": the folder its schemas live in. */
    static String shortName(String topic) {
        if (!topic.startsWith(PREFIX) || !topic.endsWith(SUFFIX)) {
            throw new IllegalArgumentException("Not a WPS event topic: " + topic);
        }
        return topic.substring(PREFIX.length(), topic.length() - SUFFIX.length());
    }
}
