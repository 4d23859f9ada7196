package org.wpsnetwork.reporting;

/** The one scale of every share the views give (coverage, attendance, reporting rate, timeliness). */
public final class Shares {

    private Shares() {
    }

    /** {@code part} ÷ {@code whole} to three decimals; null when the whole is 0, so none never reads as 0 %. */
    public static Double of(long part, long whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 1000.0;
    }
}
