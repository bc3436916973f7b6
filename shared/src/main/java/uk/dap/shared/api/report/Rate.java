package uk.dap.shared.api.report;

/**
 * A percentage in a report, derived from counts. It is withheld when a count it comes from is suppressed (a rate
 * and its denominator give the numerator back), and absent when there is nothing to divide by.
 *
 * @param percent null when withheld or when the denominator is zero
 */
public record Rate(Double percent, boolean withheld) {

    public static final String WITHHELD_TEXT = "withheld";
    public static final String NONE_TEXT = "n/a";

    public static Rate of(int numerator, int denominator, boolean suppress) {
        if (denominator == 0) {
            return new Rate(null, false);
        }
        if (suppress && (isSmall(numerator) || isSmall(denominator) || isSmall(denominator - numerator))) {
            return new Rate(null, true);
        }
        return new Rate(100.0 * numerator / denominator, false);
    }

    private static boolean isSmall(int count) {
        return count > 0 && count < Figure.THRESHOLD;
    }

    /** What a reader sees: "62.5%", "withheld" or "n/a". */
    public String shown() {
        if (withheld) {
            return WITHHELD_TEXT;
        }
        return percent == null ? NONE_TEXT : String.format(java.util.Locale.UK, "%.1f%%", percent);
    }
}
