package org.wpsnetwork.contracts.nap;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Where an action plan stands, derived, never stored: it changes with the calendar and with the member's other
 * plans. Every service that reads plans derives it with {@link #of}, so they all agree.
 */
public enum PlanStatus {
    /** Adopted, but its period has not begun. */
    UPCOMING,
    /** Within its period and not superseded. */
    ACTIVE,
    /** Its period ended without a later generation replacing it first. */
    EXPIRED,
    /** The member adopted a later generation of the same kind before this one's period ended. */
    SUPERSEDED;

    /**
     * @param plan          the plan
     * @param memberPlans   all plans of the same member (the plan itself may be among them)
     * @param today         the date to judge by
     */
    public static PlanStatus of(ActionPlanSnapshot plan, Collection<ActionPlanSnapshot> memberPlans, LocalDate today) {
        if (memberPlans.stream().anyMatch(other -> supersedes(other, plan))) {
            return SUPERSEDED;
        }
        if (today.isBefore(plan.periodStart())) {
            return UPCOMING;
        }
        return today.isAfter(plan.periodEnd()) ? EXPIRED : ACTIVE;
    }

    /** A later generation of the same kind, adopted before the other plan's period ended, replaces it. */
    public static boolean supersedes(ActionPlanSnapshot later, ActionPlanSnapshot earlier) {
        return later.memberCode().equals(earlier.memberCode()) && later.kind() == earlier.kind()
                && later.generation() > earlier.generation() && !later.adoptedOn().isAfter(earlier.periodEnd());
    }
}
