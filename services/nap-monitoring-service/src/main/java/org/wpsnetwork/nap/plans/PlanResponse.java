package org.wpsnetwork.nap.plans;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.wpsnetwork.contracts.nap.PlanStatus;

/** A plan with its indicators, its status as of today, and its version (the ETag). */
public record PlanResponse(@JsonUnwrapped ActionPlan plan, PlanStatus status, long version) {
}
