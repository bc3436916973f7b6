package uk.dap.shared.api.report;

/**
 * A count in a report. In a report meant to leave the service (small numbers suppressed) a count from 1 to 4 is
 * shown as "&lt;5" and its value is left out, so that nobody can be recognised from it; zero is shown, because
 * "nobody" identifies nobody. Where counts add up to a total the report also shows, hiding one alone would let it be
 * worked out, so a second count is hidden with it: that one may be any size, and is shown as "suppressed".
 *
 * @param value null when suppressed
 * @param alongside true for a count hidden only so that another cannot be worked out (it need not be small)
 */
public record Figure(Integer value, boolean suppressed, boolean alongside) {

    public static final String SUPPRESSED_TEXT = "<5";
    public static final String ALONGSIDE_TEXT = "suppressed";

    /** Counts below this are suppressed when suppression is on. */
    public static final int THRESHOLD = 5;

    public static Figure of(int count, boolean suppress) {
        return suppress && count > 0 && count < THRESHOLD ? new Figure(null, true, false) : new Figure(count, false, false);
    }

    /** A count hidden so that a small one beside it cannot be worked out from their total. */
    public static Figure hiddenAlongside() {
        return new Figure(null, true, true);
    }

    /** What a reader sees: the number, "&lt;5", or "suppressed". */
    public String shown() {
        if (!suppressed) {
            return String.valueOf(value);
        }
        return alongside ? ALONGSIDE_TEXT : SUPPRESSED_TEXT;
    }
}
