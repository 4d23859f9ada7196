package org.wpsnetwork.portal.api;

/** The services the portal calls; where each answers is configured in {@link ServiceLocations}. */
public enum Service {
    MEMBERSHIP,
    MEETINGS,
    NAP_MONITORING,
    REPORTING
}
