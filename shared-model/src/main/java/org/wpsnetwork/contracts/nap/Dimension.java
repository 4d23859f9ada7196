package org.wpsnetwork.contracts.nap;

import java.util.List;

/**
 * A way an indicator's values are broken down, with its fixed categories (the categories of the SDG indicator
 * framework the network's members already report against). The total is the indicator's value itself.
 */
public enum Dimension {
    SEX(List.of("WOMEN", "MEN")),
    AGE_GROUP(List.of("UNDER_18", "18_TO_29", "30_TO_59", "60_AND_OVER")),
    AREA(List.of("URBAN", "RURAL")),
    DISABILITY(List.of("WITH_DISABILITY", "WITHOUT_DISABILITY"));

    private final List<String> categories;

    Dimension(List<String> categories) {
        this.categories = categories;
    }

    public List<String> categories() {
        return categories;
    }
}
