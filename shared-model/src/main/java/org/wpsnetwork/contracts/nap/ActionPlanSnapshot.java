package org.wpsnetwork.contracts.nap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.util.List;

/**
 * An action plan as it stands after the change an event reports. Its status (active, expired, superseded) is
 * not stored: it follows from the calendar and the member's other plans, so every reader derives it.
 *
 * @param demo            true for plans made up by the demo-data generator, never part of the network's record
 * @param statusOverrides the secretariat's judgements of indicators' progress status in force, one per indicator
 * @param reportingFrequency how often the member reports on the plan; absent on plans recorded before: see
 *                           {@link #frequencyOrDefault()}
 * @param gracePeriodDays    how long after a reporting period ends its report is still on time; absent: see
 *                           {@link #graceOrDefault()}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActionPlanSnapshot(
        String id,
        String memberCode,
        PlanKind kind,
        String title,
        int generation,
        LocalDate adoptedOn,
        LocalDate periodStart,
        LocalDate periodEnd,
        Budget budget,
        String leadInstitution,
        List<String> pillars,
        List<Indicator> indicators,
        List<Extension> extensions,
        boolean demo,
        List<StatusOverride> statusOverrides,
        ReportingFrequency reportingFrequency,
        Integer gracePeriodDays) {

    /** The grace period a plan has unless it says otherwise. */
    public static final int DEFAULT_GRACE_PERIOD_DAYS = 90;

    public ActionPlanSnapshot {
        statusOverrides = statusOverrides == null ? List.of() : List.copyOf(statusOverrides);
    }

    /** The plan's reporting frequency; annual for plans recorded before frequencies existed. */
    public ReportingFrequency frequencyOrDefault() {
        return reportingFrequency == null ? ReportingFrequency.ANNUAL : reportingFrequency;
    }

    /** The plan's grace period in days; {@link #DEFAULT_GRACE_PERIOD_DAYS} for plans recorded before. */
    public int graceOrDefault() {
        return gracePeriodDays == null ? DEFAULT_GRACE_PERIOD_DAYS : gracePeriodDays;
    }
}
