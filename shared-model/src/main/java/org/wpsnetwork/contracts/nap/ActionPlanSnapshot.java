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
        List<StatusOverride> statusOverrides) {

    public ActionPlanSnapshot {
        statusOverrides = statusOverrides == null ? List.of() : List.copyOf(statusOverrides);
    }
}
