package uk.dap.server.cohort.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Weekly dates for a cohort: one a week from the first date, skipping closure dates, until the programme's length
 * is reached. A skipped week moves the end back a week rather than shortening the programme.
 */
public final class Schedule {
    private Schedule() {
    }

    public static List<LocalDate> weekly(LocalDate first, int sessions, Set<LocalDate> closures) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate day = first;
        // Bounded: even a closure every week cannot loop for ever.
        for (int weeks = 0; dates.size() < sessions && weeks < sessions + 104; weeks++, day = day.plusWeeks(1)) {
            if (!closures.contains(day)) {
                dates.add(day);
            }
        }
        return dates;
    }

    /** The next date a week after {@code after}, skipping closures: where a replacement session goes. */
    public static LocalDate nextAfter(LocalDate after, Set<LocalDate> closures) {
        return weekly(after.plusWeeks(1), 1, closures).get(0);
    }
}
