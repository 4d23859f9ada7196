package org.wpsnetwork.contracts.nap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An action plan's period was extended. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActionPlanExtended(ActionPlanSnapshot plan, Extension extension) implements ActionPlanChange {
}
