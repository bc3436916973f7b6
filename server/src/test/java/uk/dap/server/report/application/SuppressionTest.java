package uk.dap.server.report.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.dap.shared.api.report.Figure;

class SuppressionTest {

    private static List<String> shown(List<Integer> counts, boolean suppress) {
        return Suppression.partsOfATotal(counts, suppress).stream().map(Figure::shown).toList();
    }

    @Test
    void aLoneSmallPartTakesTheNextSmallestWithItSoTheTotalCannotGiveItBack() {
        // Withdrawn 3 + 5 + 9 = 17: with only the 3 hidden, 17 - 5 - 9 would give it back.
        assertThat(shown(List.of(3, 9, 5), true)).containsExactly("<5", "9", "suppressed");
    }

    @Test
    void twoSmallPartsAlreadyHideEachOther() {
        assertThat(shown(List.of(3, 2, 9), true)).containsExactly("<5", "<5", "9");
    }

    @Test
    void zeroIsNeverHiddenAndNothingIsHiddenWithoutSuppression() {
        assertThat(shown(List.of(0, 7, 6), true)).containsExactly("0", "7", "6");
        assertThat(shown(List.of(3, 9, 5), false)).containsExactly("3", "9", "5");
    }
}
