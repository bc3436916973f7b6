package uk.dap.server.enrolment.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.dap.shared.api.attendance.AttendanceStatus;
import uk.dap.shared.text.UkDates;

/**
 * A programme's completion rule over one person's attendance record (shared/domain.md: by default at least 75% of
 * sessions including the final one; Caring Dads also the post-programme questionnaire). Plain Java, no database.
 * <ul>
 * <li>Cancelled sessions do not count at all.</li>
 * <li>Attended means {@link AttendanceStatus#attended()}: present, late, on paper, and left early (they came; the
 *     register already counts them so, and the assessment must agree with the cohort register the lead sees).</li>
 * <li>Excused absences are still absences: the percentage is of all sessions run, as on the cohort register. A rule
 *     that dropped them from the denominator would let someone excused from most sessions complete on a handful.</li>
 * <li>The denominator is every session not cancelled, including those not yet held, so the rule is met only by the
 *     whole programme's record and cannot pass early.</li>
 * <li>The final session is the last one not cancelled (a replacement session added after a cancellation is later).</li>
 * <li>A late joiner is measured over the whole programme ({@link Stay#fromTheStart}): the sessions before they were
 *     placed are missed sessions, not sessions that were never theirs.</li>
 * </ul>
 */
public record CompletionRule(int minAttendancePercent, boolean requiresFinalSession, boolean requiresPostQuestionnaire) {
    public static final String MIN_ATTENDANCE = "MIN_ATTENDANCE";
    public static final String FINAL_SESSION = "FINAL_SESSION";
    public static final String POST_QUESTIONNAIRE = "POST_QUESTIONNAIRE";

    /** One session of the cohort and this person's mark there (null when none). */
    public record SessionRecord(int number, LocalDate date, boolean cancelled, AttendanceStatus status) {
    }

    /** One condition's result, with the figures in words. */
    public record Condition(String code, String label, boolean met, String detail) {
    }

    /** The whole assessment. */
    public record Assessment(boolean met, int counted, int cancelled, int attended, int excused, Integer percent,
                             SessionRecord finalSession, boolean postQuestionnaireDone, List<Condition> conditions) {
        /** The conditions not met, for a refusal. */
        public List<Condition> unmet() {
            return conditions.stream().filter(c -> !c.met()).toList();
        }
    }

    public Assessment assess(List<SessionRecord> sessions, boolean postQuestionnaireDone, LocalDate today) {
        List<SessionRecord> counted = sessions.stream().filter(s -> !s.cancelled())
                .sorted(Comparator.comparing(SessionRecord::date).thenComparingInt(SessionRecord::number)).toList();
        int cancelled = sessions.size() - counted.size();
        int attended = (int) counted.stream().filter(s -> s.status() != null && s.status().attended()).count();
        int excused = (int) counted.stream().filter(s -> s.status() == AttendanceStatus.EXCUSED).count();
        Integer percent = counted.isEmpty() ? null : attended * 100 / counted.size();
        SessionRecord last = counted.isEmpty() ? null : counted.get(counted.size() - 1);

        List<Condition> conditions = new ArrayList<>();
        // Compared without rounding: 74.9% is not 75%.
        boolean enough = !counted.isEmpty() && attended * 100L >= (long) minAttendancePercent * counted.size();
        conditions.add(new Condition(MIN_ATTENDANCE, "At least " + minAttendancePercent + "% of sessions attended", enough,
                counted.isEmpty() ? "The cohort has no sessions."
                        : "Attended " + attended + " of " + counted.size() + " sessions (" + percent + "%)"
                        + (cancelled > 0 ? "; " + cancelled + " cancelled " + (cancelled == 1 ? "session does" : "sessions do") + " not count" : "")
                        + (excused > 0 ? "; " + excused + " excused " + (excused == 1 ? "absence counts" : "absences count") + " as not attended" : "")
                        + "."));
        if (requiresFinalSession) {
            conditions.add(finalSession(last, today));
        }
        if (requiresPostQuestionnaire) {
            conditions.add(new Condition(POST_QUESTIONNAIRE, "Post-programme questionnaire answered", postQuestionnaireDone,
                    postQuestionnaireDone ? "The post-programme questionnaire has been answered."
                            : "The post-programme questionnaire has not been answered."));
        }
        boolean met = conditions.stream().allMatch(Condition::met);
        return new Assessment(met, counted.size(), cancelled, attended, excused, percent, last, postQuestionnaireDone, List.copyOf(conditions));
    }

    private static Condition finalSession(SessionRecord last, LocalDate today) {
        String label = "Final session attended";
        if (last == null) {
            return new Condition(FINAL_SESSION, label, false, "The cohort has no sessions.");
        }
        String which = "The final session (session " + last.number() + ", " + UkDates.date(last.date()) + ")";
        if (last.status() != null && last.status().attended()) {
            return new Condition(FINAL_SESSION, label, true, which + " was attended (" + last.status().label().toLowerCase() + ").");
        }
        if (last.status() == null && last.date().isAfter(today)) {
            return new Condition(FINAL_SESSION, label, false, which + " has not happened yet.");
        }
        return new Condition(FINAL_SESSION, label, false, which + " was missed ("
                + (last.status() == null ? "no mark" : last.status().label().toLowerCase()) + ").");
    }
}
