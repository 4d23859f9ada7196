package org.wpsnetwork.reporting.notifications;

/**
 * One mail to send, once: {@code key} names what it is about (the same reminder is never made twice, however
 * often the calendar is looked at or the events replayed). Mail to a member goes to its focal point's address as
 * the member replica has it when sent; the digest goes to the secretariat.
 */
public record Notice(String key, Kind kind, String memberCode, String subject, String body) {

    /** What a mail is. */
    public enum Kind {
        /** A report falls due within the reminder days. */
        REMINDER,
        /** A report's due date passed with nothing received. */
        OVERDUE,
        /** The secretariat returned a report, with its reason. */
        RETURNED,
        /** The secretariat validated a report. */
        VALIDATED,
        /** The secretariat's weekly digest. */
        DIGEST
    }
}
