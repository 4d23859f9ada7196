package org.wpsnetwork.nap.plans;

/** Plan ids: lower-case words joined by hyphens, like arg-nap-3. */
public final class PlanIds {

    public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String MESSAGE = "must be lower-case letters and digits joined by single hyphens, like arg-nap-3";

    private PlanIds() {
    }
}
