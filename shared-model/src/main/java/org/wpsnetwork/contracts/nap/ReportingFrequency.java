package org.wpsnetwork.contracts.nap;

import java.time.Period;

/** How often a plan's member reports on it: one report per period of this length, from the plan's start. */
public enum ReportingFrequency {
    ANNUAL(Period.ofYears(1)),
    SEMI_ANNUAL(Period.ofMonths(6));

    private final Period period;

    ReportingFrequency(Period period) {
        this.period = period;
    }

    public Period period() {
        return period;
    }
}
