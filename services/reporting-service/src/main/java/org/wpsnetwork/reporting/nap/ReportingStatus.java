package org.wpsnetwork.reporting.nap;

import java.time.LocalDate;

/**
 * Whether a member keeps up with its reporting (API.md), judged against today's date, so it changes with the
 * calendar and not only with events.
 */
public enum ReportingStatus {
    /** Its latest report covers a period that ended within the last 12 months. */
    ON_TRACK,
    /** The period ended 12 to 15 months ago. */
    DUE,
    /** The period ended more than 15 months ago. */
    OVERDUE,
    /** It has an active plan and has never reported on it. */
    NEVER_REPORTED;

    /** How the overview and the member list name the members of whom nothing is expected (no plan, no report). */
    public static final String NOT_EXPECTED = "NOT_EXPECTED";

    /** The status's name, or {@link #NOT_EXPECTED} for none. */
    public static String nameOf(ReportingStatus status) {
        return status == null ? NOT_EXPECTED : status.name();
    }

    /**
     * @param latestPeriodEnd the end of the latest period any accepted report covers, or null when none
     * @return null for a member with no accepted report and no active plan: nothing is expected of it
     */
    public static ReportingStatus of(LocalDate latestPeriodEnd, boolean hasActivePlan, LocalDate today) {
        if (latestPeriodEnd == null) {
            return hasActivePlan ? NEVER_REPORTED : null;
        }
        if (!latestPeriodEnd.isBefore(today.minusMonths(12))) {
            return ON_TRACK;
        }
        return latestPeriodEnd.isBefore(today.minusMonths(15)) ? OVERDUE : DUE;
    }
}
