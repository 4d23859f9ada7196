package org.wpsnetwork.contracts.nap;

/** An event about an action plan, carrying the plan as it stands afterwards. */
public sealed interface ActionPlanChange permits ActionPlanAdopted, ActionPlanExtended, ActionPlanCorrected,
        IndicatorStatusOverridden, IndicatorStatusOverrideWithdrawn {

    ActionPlanSnapshot plan();
}
