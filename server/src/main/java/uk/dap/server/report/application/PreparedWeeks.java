package uk.dap.server.report.application;

/**
 * One person's programme weeks as their prepared row keeps them (report_enrolment.weeks): for each week, whether they
 * were expected at a closed register and whether they attended. The one place that writes and reads that text, one
 * character per week ({@code .} not expected, {@code o} expected and missed, {@code A} attended): the database never
 * interprets it. Which weeks count and what counts as attended are decided before a week is marked
 * ({@code Stay.expected}, {@code AttendanceStatus.attended}).
 *
 * <p>Why text and not a row per week: with a row per week (tried in issue 16, V19 withdrawn) the report read 150,920
 * week rows and 50,511 answer rows at 30,000 participants and took 1,006-1,390 ms instead of 77 ms, far beyond its
 * one-second target at the default size (docs/operations.md, "The report benchmark").
 */
final class PreparedWeeks {
    private static final char NOT_EXPECTED = '.';
    private static final char ABSENT = 'o';
    private static final char ATTENDED = 'A';

    /** What a visitor hears of one expected week. */
    @FunctionalInterface
    interface WeekVisitor {
        void accept(int week, boolean attended);
    }

    private PreparedWeeks() {
    }

    /**
     * Marks a programme week attended or missed. Someone moved to another cohort may have that week's session in both;
     * the week counts once, and as attended if they attended either.
     */
    static void mark(StringBuilder weeks, int week, boolean attended) {
        if (week < 1) {
            throw new IllegalArgumentException("Programme weeks start at 1, not " + week);
        }
        while (weeks.length() < week) {
            weeks.append(NOT_EXPECTED);
        }
        if (weeks.charAt(week - 1) != ATTENDED) {
            weeks.setCharAt(week - 1, attended ? ATTENDED : ABSENT);
        }
    }

    /** The weeks the person was expected at. */
    static int expected(String weeks) {
        return count(weeks, ABSENT) + count(weeks, ATTENDED);
    }

    static int attended(String weeks) {
        return count(weeks, ATTENDED);
    }

    /** Each expected week in order, with whether it was attended. */
    static void forEach(String weeks, WeekVisitor visitor) {
        for (int i = 0; i < weeks.length(); i++) {
            char c = weeks.charAt(i);
            if (c != NOT_EXPECTED) {
                visitor.accept(i + 1, c == ATTENDED);
            }
        }
    }

    private static int count(String weeks, char c) {
        int n = 0;
        for (int i = 0; i < weeks.length(); i++) {
            n += weeks.charAt(i) == c ? 1 : 0;
        }
        return n;
    }
}
