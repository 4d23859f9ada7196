package org.wpsnetwork.contracts.nap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The secretariat set (or replaced) its judgement of one indicator's progress status; the plan carries it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IndicatorStatusOverridden(ActionPlanSnapshot plan, StatusOverride override) implements ActionPlanChange {
}
