package uk.dap.server.report.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The prepared row's weeks and answers are written and read in one place each, and read back as written. */
class PreparedRowTextTest {
    @Test
    void aWeekCountsOnceAndAsAttendedIfAttendedInEitherCohort() {
        StringBuilder weeks = new StringBuilder();
        PreparedWeeks.mark(weeks, 1, true);
        PreparedWeeks.mark(weeks, 3, false);
        PreparedWeeks.mark(weeks, 4, true);
        PreparedWeeks.mark(weeks, 4, false);
        PreparedWeeks.mark(weeks, 3, true);

        List<String> read = new ArrayList<>();
        PreparedWeeks.forEach(weeks.toString(), (week, attended) -> read.add(week + (attended ? " attended" : " missed")));

        assertThat(read).as("week 2 was not expected of them").containsExactly("1 attended", "3 attended", "4 attended");
        assertThat(PreparedWeeks.expected(weeks.toString())).isEqualTo(3);
        assertThat(PreparedWeeks.attended(weeks.toString())).isEqualTo(3);
        assertThatThrownBy(() -> PreparedWeeks.mark(weeks, 0, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void answersComeBackAsWrittenWithAMissingScoreAsNoneAndAChildsAsTheirs() {
        StringBuilder answers = new StringBuilder();
        PreparedAnswers.add(answers, "RSES", "PRE", 12.0, null);
        PreparedAnswers.add(answers, "FEEDBACK", "POST", null, null);
        PreparedAnswers.add(answers, "CHILD_FEELINGS", "PRE", 3.5, 41L);
        PreparedAnswers.add(answers, "CHILD_FEELINGS", "POST", null, 42L);

        List<String> read = new ArrayList<>();
        PreparedAnswers.forEach(answers.toString(), (instrument, stage, score, child) -> read.add(instrument + " " + stage + " " + score + " " + child));

        assertThat(read).containsExactly("RSES PRE 12.0 null", "FEEDBACK POST null null", "CHILD_FEELINGS PRE 3.5 41", "CHILD_FEELINGS POST null 42");
        assertThatThrownBy(() -> PreparedAnswers.add(answers, "A|B", "PRE", 1.0, null)).as("a code that would corrupt the row")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rowsWrittenBeforeChildrenAnsweredAreReadAsTheParticipants() {
        List<String> read = new ArrayList<>();
        PreparedAnswers.forEach("RSES|PRE|12.0;FEEDBACK|POST|;", (instrument, stage, score, child) -> read.add(instrument + " " + stage + " " + score + " " + child));

        assertThat(read).containsExactly("RSES PRE 12.0 null", "FEEDBACK POST null null");
    }
}
