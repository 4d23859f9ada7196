package org.wpsnetwork.kit.text;

/** English ordinals for messages and summaries: 1st, 2nd, 3rd, 4th, 11th, 21st. */
public final class Ordinals {

    private Ordinals() {
    }

    public static String of(int n) {
        int mod100 = n % 100;
        if (mod100 >= 11 && mod100 <= 13) {
            return n + "th";
        }
        return n + switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
