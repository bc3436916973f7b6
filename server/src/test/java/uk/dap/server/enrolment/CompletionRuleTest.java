package uk.dap.server.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.dap.shared.api.attendance.AttendanceStatus.ABSENT;
import static uk.dap.shared.api.attendance.AttendanceStatus.ATTENDED_PAPER;
import static uk.dap.shared.api.attendance.AttendanceStatus.EXCUSED;
import static uk.dap.shared.api.attendance.AttendanceStatus.LATE;
import static uk.dap.shared.api.attendance.AttendanceStatus.LEFT_EARLY;
import static uk.dap.shared.api.attendance.AttendanceStatus.PRESENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.dap.server.enrolment.domain.CompletionRule;
import uk.dap.server.enrolment.domain.CompletionRule.Assessment;
import uk.dap.server.enrolment.domain.CompletionRule.Condition;
import uk.dap.server.enrolment.domain.CompletionRule.SessionRecord;
import uk.dap.shared.api.attendance.AttendanceStatus;

class CompletionRuleTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final LocalDate TODAY = START.plusWeeks(20);
    private static final CompletionRule DEFAULT = new CompletionRule(75, true, false);
    private static final CompletionRule CARING_DADS = new CompletionRule(75, true, true);

    /** Twelve weekly sessions with these marks, in order. */
    private static List<SessionRecord> weeks(AttendanceStatus... marks) {
        List<SessionRecord> sessions = new ArrayList<>();
        for (int i = 0; i < marks.length; i++) {
            sessions.add(new SessionRecord(i + 1, START.plusWeeks(i), false, marks[i]));
        }
        return sessions;
    }

    private static Condition condition(Assessment a, String code) {
        return a.conditions().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void nineOfTwelveIncludingTheFinalOneIsExactlySeventyFivePerCentAndMeetsTheRule() {
        Assessment a = DEFAULT.assess(weeks(PRESENT, LATE, ATTENDED_PAPER, ABSENT, PRESENT, ABSENT, PRESENT, ABSENT, PRESENT, PRESENT, LEFT_EARLY, PRESENT),
                false, TODAY);

        assertThat(a.met()).isTrue();
        assertThat(a.attended()).isEqualTo(9);
        assertThat(a.counted()).isEqualTo(12);
        assertThat(a.percent()).isEqualTo(75);
        assertThat(condition(a, CompletionRule.MIN_ATTENDANCE).detail()).isEqualTo("Attended 9 of 12 sessions (75%).");
        assertThat(a.conditions()).extracting(Condition::code).containsExactly(CompletionRule.MIN_ATTENDANCE, CompletionRule.FINAL_SESSION);
    }

    @Test
    void eightOfTwelveIsBelowTheMinimum() {
        Assessment a = DEFAULT.assess(weeks(PRESENT, ABSENT, PRESENT, ABSENT, PRESENT, ABSENT, PRESENT, ABSENT, PRESENT, PRESENT, PRESENT, PRESENT),
                false, TODAY);

        assertThat(a.met()).isFalse();
        assertThat(a.unmet()).extracting(Condition::code).containsExactly(CompletionRule.MIN_ATTENDANCE);
        assertThat(a.percent()).isEqualTo(66);
    }

    @Test
    void missingTheFinalSessionFailsEvenWithEnoughAttendance() {
        Assessment a = DEFAULT.assess(weeks(PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, ABSENT),
                false, TODAY);

        assertThat(a.met()).isFalse();
        assertThat(a.unmet()).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo(CompletionRule.FINAL_SESSION);
            assertThat(c.detail()).isEqualTo("The final session (session 12, 23 Mar 2026) was missed (absent).");
        });
    }

    @Test
    void aProgrammeThatDoesNotRequireTheFinalSessionIgnoresIt() {
        Assessment a = new CompletionRule(75, false, false).assess(
                weeks(PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, ABSENT), false, TODAY);

        assertThat(a.met()).isTrue();
        assertThat(a.conditions()).extracting(Condition::code).containsExactly(CompletionRule.MIN_ATTENDANCE);
    }

    @Test
    void cancelledSessionsCountNeitherWayAndTheFinalSessionIsTheLastOneHeld() {
        List<SessionRecord> sessions = new ArrayList<>(weeks(PRESENT, PRESENT, PRESENT, ABSENT, PRESENT, PRESENT, PRESENT, ABSENT, PRESENT, PRESENT, PRESENT, PRESENT));
        // Session 4 was cancelled (the mark is ignored) and replaced by session 13 a week after the last one.
        sessions.set(3, new SessionRecord(4, START.plusWeeks(3), true, null));
        sessions.add(new SessionRecord(13, START.plusWeeks(12), false, PRESENT));

        Assessment a = DEFAULT.assess(sessions, false, TODAY);

        assertThat(a.counted()).isEqualTo(12);
        assertThat(a.cancelled()).isEqualTo(1);
        assertThat(a.attended()).isEqualTo(11);
        assertThat(a.finalSession().number()).isEqualTo(13);
        assertThat(a.met()).isTrue();
        assertThat(condition(a, CompletionRule.MIN_ATTENDANCE).detail()).contains("1 cancelled session does not count");
    }

    @Test
    void excusedAbsencesCountAsNotAttended() {
        Assessment a = DEFAULT.assess(weeks(PRESENT, EXCUSED, EXCUSED, EXCUSED, EXCUSED, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT),
                false, TODAY);

        assertThat(a.excused()).isEqualTo(4);
        assertThat(a.percent()).isEqualTo(66);
        assertThat(a.met()).isFalse();
        assertThat(condition(a, CompletionRule.MIN_ATTENDANCE).detail()).contains("4 excused absences count as not attended");
    }

    @Test
    void beforeTheEndTheRuleIsNotMetBecauseSessionsStillToComeCountAndTheFinalOneHasNotHappened() {
        List<SessionRecord> sessions = weeks(PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, null, null);

        Assessment a = DEFAULT.assess(sessions, false, START.plusWeeks(9));

        assertThat(a.met()).isFalse();
        assertThat(condition(a, CompletionRule.MIN_ATTENDANCE).met()).as("10 of 12 is enough").isTrue();
        assertThat(condition(a, CompletionRule.FINAL_SESSION).detail()).endsWith("has not happened yet.");
    }

    @Test
    void caringDadsAlsoNeedsThePostQuestionnaire() {
        List<SessionRecord> all = weeks(PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT);

        assertThat(CARING_DADS.assess(all, false, TODAY).unmet()).extracting(Condition::code).containsExactly(CompletionRule.POST_QUESTIONNAIRE);
        assertThat(CARING_DADS.assess(all, true, TODAY).met()).isTrue();
    }

    @Test
    void aCohortWithoutSessionsCannotBeCompleted() {
        Assessment a = DEFAULT.assess(List.of(), false, TODAY);

        assertThat(a.met()).isFalse();
        assertThat(a.percent()).isNull();
    }

    @Test
    void unmarkedPastSessionsCountAsMissed() {
        List<SessionRecord> sessions = weeks(PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, null, null, null, null, PRESENT);

        Assessment a = DEFAULT.assess(sessions, false, TODAY);

        assertThat(a.met()).isFalse();
        assertThat(a.counted()).isEqualTo(12);
        assertThat(condition(a, CompletionRule.MIN_ATTENDANCE).detail()).startsWith("Attended 8 of 12");
    }

    @Test
    void theFinalSessionIsTheLastByDateWhateverOrderTheRegistersWereMarkedIn() {
        List<SessionRecord> inMarkingOrder = new ArrayList<>(weeks(PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, ABSENT));
        java.util.Collections.reverse(inMarkingOrder);

        Assessment a = DEFAULT.assess(inMarkingOrder, false, TODAY);

        assertThat(a.finalSession().number()).isEqualTo(12);
        assertThat(a.unmet()).extracting(Condition::code).containsExactly(CompletionRule.FINAL_SESSION);
    }

    @Test
    void aCancelledFinalSessionHandsTheFinalToTheLastOneHeld() {
        List<SessionRecord> sessions = new ArrayList<>(weeks(PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, null));
        sessions.set(11, new SessionRecord(12, START.plusWeeks(11), true, null));

        Assessment a = DEFAULT.assess(sessions, false, TODAY);

        assertThat(a.met()).isTrue();
        assertThat(a.finalSession().number()).isEqualTo(11);
        assertThat(a.counted()).isEqualTo(11);
    }
}
