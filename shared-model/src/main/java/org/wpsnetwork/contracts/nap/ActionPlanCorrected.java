package org.wpsnetwork.contracts.nap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An administrator restated an action plan's record, e.g. one stored by an older version in a form that can no
 * longer be read; the plan carried is the record as it stands now, and the reason says why.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActionPlanCorrected(ActionPlanSnapshot plan, String reason) implements ActionPlanChange {
}
