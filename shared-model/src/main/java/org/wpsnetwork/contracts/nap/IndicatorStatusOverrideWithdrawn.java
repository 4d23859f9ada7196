package org.wpsnetwork.contracts.nap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The secretariat withdrew its judgement of an indicator's status: the computed status applies again. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IndicatorStatusOverrideWithdrawn(ActionPlanSnapshot plan, StatusOverride withdrawn)
        implements ActionPlanChange {
}
