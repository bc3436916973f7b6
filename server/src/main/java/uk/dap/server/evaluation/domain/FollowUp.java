package uk.dap.server.evaluation.domain;

import java.time.LocalDate;
import uk.dap.shared.api.referral.EnrolmentState;

/**
 * When a person's follow-up questionnaires fall due: the one rule that the follow-up list, the completion report's
 * follow-up response rate and the entry of a follow-up answer all use (docs/architecture.md, "Follow-up due").
 * <p>
 * A follow-up is for someone who <em>completed</em> the programme, and falls due the programme's follow-up months
 * after the day they completed, as the lead gave it. That is how published evaluations define it (DART: "six months
 * after the programme ended", for those who completed), so the report's rate compares with theirs. Someone who
 * withdrew is not followed up; someone still enrolled is not yet, whenever their cohort's last session was.
 */
public final class FollowUp {
    private FollowUp() {
    }

    /** The day the follow-up falls due; null when this enrolment is not followed up. */
    public static LocalDate dueOn(EnrolmentState state, LocalDate endedOn, int followUpMonths) {
        return state == EnrolmentState.COMPLETED && endedOn != null ? endedOn.plusMonths(followUpMonths) : null;
    }

    /**
     * How long a follow-up stays on the list of those to chase after it falls due (issue 19: over ten years, "due and
     * never answered" grew to most of everyone who ever completed, and the list took minutes). After that it is late:
     * still accepted from the kiosk or on paper, and counted by the report as due and not answered, but no longer asked
     * for.
     */
    public static final int CHASE_MONTHS = 6;

    /** Whether the follow-up is to be chased on this day: due, and not more than {@link #CHASE_MONTHS} since. */
    public static boolean toChase(EnrolmentState state, LocalDate endedOn, int followUpMonths, LocalDate day) {
        return due(state, endedOn, followUpMonths, day) && !dueOn(state, endedOn, followUpMonths).plusMonths(CHASE_MONTHS).isBefore(day);
    }

    /**
     * The days of completion that can have a follow-up to chase on this day, when the plans wait from
     * {@code shortestMonths} to {@code longestMonths}: what a query may narrow to before {@link #toChase} decides. A few
     * days wider at each end, since adding months to the end of a month is not undone by taking them away.
     */
    public static LocalDate[] chasedFromUntil(LocalDate day, int shortestMonths, int longestMonths) {
        return new LocalDate[] {day.minusMonths(longestMonths + CHASE_MONTHS).minusDays(3), day.minusMonths(shortestMonths).plusDays(3)};
    }

    /** Whether the follow-up has fallen due by this day. */
    public static boolean due(EnrolmentState state, LocalDate endedOn, int followUpMonths, LocalDate day) {
        LocalDate due = dueOn(state, endedOn, followUpMonths);
        return due != null && !due.isAfter(day);
    }
}
