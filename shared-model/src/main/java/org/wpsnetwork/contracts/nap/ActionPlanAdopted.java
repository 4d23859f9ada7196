package org.wpsnetwork.contracts.nap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A member adopted an action plan (NAP, RAP or strategy). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActionPlanAdopted(ActionPlanSnapshot plan) implements ActionPlanChange {
}
