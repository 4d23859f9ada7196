package org.wpsnetwork.seed;

import java.time.Duration;

/** What an import did: how many records it created, changed, or found already as they should be. */
public record ImportSummary(Counts members, Counts roles, Counts meetings, int attendanceLists, int recommendations,
                            int communiques, Counts referenceIndicators, Duration took) {

    /** Records of one kind. */
    public record Counts(int created, int updated, int unchanged) {

        Counts plus(Counts other) {
            return new Counts(created + other.created, updated + other.updated, unchanged + other.unchanged);
        }

        boolean changedAnything() {
            return created + updated > 0;
        }

        @Override
        public String toString() {
            return created + " created, " + updated + " updated, " + unchanged + " unchanged";
        }
    }

    public boolean changedAnything() {
        return members.changedAnything() || roles.changedAnything() || meetings.changedAnything()
                || referenceIndicators.changedAnything()
                || attendanceLists + recommendations + communiques > 0;
    }
}
