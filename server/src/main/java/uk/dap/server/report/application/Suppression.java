package uk.dap.server.report.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import uk.dap.shared.api.report.Figure;

/**
 * Small-number suppression for counts that are the parts of a total the report also shows (withdrawals by reason add
 * up to the withdrawals). Hiding one part alone gives it away, as the total less the others, so when exactly one
 * part is suppressed the smallest other part that is not zero is suppressed with it (secondary suppression).
 */
final class Suppression {
    private Suppression() {
    }

    static List<Figure> partsOfATotal(List<Integer> counts, boolean suppress) {
        List<Figure> figures = new ArrayList<>(counts.stream().map(c -> Figure.of(c, suppress)).toList());
        long hidden = figures.stream().filter(Figure::suppressed).count();
        if (hidden == 1) {
            IntStream.range(0, counts.size()).filter(i -> !figures.get(i).suppressed() && counts.get(i) > 0)
                    .boxed().min(Comparator.comparing(counts::get))
                    .ifPresent(i -> figures.set(i, Figure.hiddenAlongside()));
        }
        return figures;
    }
}
