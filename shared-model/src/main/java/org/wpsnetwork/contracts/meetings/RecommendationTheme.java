package org.wpsnetwork.contracts.meetings;

/** The fixed themes a recommendation is filed under (API.md). */
public enum RecommendationTheme {
    PARTICIPATION,
    PROTECTION,
    PREVENTION,
    RELIEF_AND_RECOVERY,
    NATIONAL_ACTION_PLANS,
    FOCAL_POINTS,
    FINANCING,
    CIVIL_SOCIETY,
    YOUTH_PEACE_SECURITY,
    DISARMAMENT_SALW,
    ACCOUNTABILITY_MONITORING,
    TECHNOLOGY,
    PEER_REVIEW,
    OTHER
}
