package uk.dap.server.importing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cell readers the later templates need: whole numbers, times of day and lists, each refusing what it cannot take. */
class ImportRowTest {
    private static final Column SCORE = Column.optional("DASH score", "0 to 24", "9");
    private static final Column TIME = Column.required("Start time", "as 18:30", "18:30");
    private static final Column LIST = Column.optional("Facilitators", "usernames separated by semicolons", "a;b");

    private final ImportProblems problems = new ImportProblems();

    private ImportRow row(String score, String time, String list) {
        Map<String, String> cells = new HashMap<>();
        cells.put(SCORE.heading(), score);
        cells.put(TIME.heading(), time);
        cells.put(LIST.heading(), list);
        return new ImportRow(2, cells, problems);
    }

    @Test
    void aWholeNumberIsTakenAsASpreadsheetWritesItAndAnythingElseIsAProblemNamingTheRange() {
        assertThat(row("12", "18:30", null).whole(SCORE, 0, 24)).isEqualTo(12);
        assertThat(row("12.0", "18:30", null).whole(SCORE, 0, 24)).isEqualTo(12);
        assertThat(row(null, "18:30", null).whole(SCORE, 0, 24)).isNull();
        assertThat(problems.count()).isZero();
        assertThat(row("12.5", "18:30", null).whole(SCORE, 0, 24)).isNull();
        assertThat(row("25", "18:30", null).whole(SCORE, 0, 24)).isNull();
        assertThat(row("nine", "18:30", null).whole(SCORE, 0, 24)).isNull();
        assertThat(problems.kept()).extracting(p -> p.message()).containsExactly(
                "Give 'DASH score' as a whole number from 0 to 24, not 12.5.",
                "Give 'DASH score' as a whole number from 0 to 24, not 25.",
                "Give 'DASH score' as a whole number from 0 to 24, not nine.");
    }

    @Test
    void aTimeIsHoursAndMinutesAndAnHourThatDoesNotExistIsRefused() {
        assertThat(row(null, "18:30", null).time(TIME)).isEqualTo(LocalTime.of(18, 30));
        assertThat(row(null, "9.05", null).time(TIME)).isEqualTo(LocalTime.of(9, 5));
        assertThat(row(null, "18:30:00", null).time(TIME)).isEqualTo(LocalTime.of(18, 30));
        assertThat(problems.count()).isZero();
        assertThat(row(null, "25:00", null).time(TIME)).isNull();
        assertThat(row(null, null, null).time(TIME)).isNull();
        assertThat(problems.kept()).extracting(p -> p.message()).containsExactly("25:00 is not a time of day: write it as 18:30.",
                "Fill in 'Start time' (as 18:30).");
    }

    @Test
    void aListIsSplitAtSemicolonsWithSpacesAndEmptyItemsLeftOut() {
        assertThat(row(null, "18:30", " demo-facilitator ;demo-cofacilitator;; ").items(LIST)).containsExactly("demo-facilitator", "demo-cofacilitator");
        assertThat(row(null, "18:30", "").items(LIST)).isEmpty();
    }
}
