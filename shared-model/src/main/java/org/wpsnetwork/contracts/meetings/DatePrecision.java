package org.wpsnetwork.contracts.meetings;

/**
 * How precisely the dates of a meeting are known. With MONTH the dates span the whole month ("April 2017"),
 * with YEAR the whole year ("2025").
 */
public enum DatePrecision {
    DAY,
    MONTH,
    YEAR
}
