package uk.dap.server.report.application;

import java.util.ArrayList;
import java.util.List;
import uk.dap.shared.api.evaluation.Stage;
import uk.dap.shared.api.report.Figure;
import uk.dap.shared.api.report.InstrumentChange;
import uk.dap.shared.api.report.Rate;
import uk.dap.shared.api.report.RespondentGroup;
import uk.dap.shared.api.report.StageResponse;

/**
 * The evaluation figures of one questionnaire for one group of respondents, added up one respondent at a time: who
 * answered at each stage, the three response rates (docs/api.md, "evaluation"), and the sums the paired change needs.
 * A respondent is one person in one enrolment: a woman, or one of the children she came to DART with.
 */
final class EvaluationTally {
    private static final Stage[] STAGES = Stage.values();
    private static final int DENOMINATOR = 0;
    private static final int NUMERATOR = 1;

    /** What the report knows of a respondent that decides which rates they count in. */
    record Respondent(boolean started, boolean completed, boolean followUpDue) {
    }

    private final String instrument;
    private final RespondentGroup group;
    private final int[] answered = new int[STAGES.length];
    private final int[][] ofStarted = new int[STAGES.length][2];
    private final int[][] ofPre = new int[STAGES.length][2];
    private final int[][] ofCompleters = new int[STAGES.length][2];
    private int pairs;
    private double sumBefore;
    private double sumAfter;
    private double sumChange;
    private double sumChangeSquared;

    EvaluationTally(String instrument, RespondentGroup group) {
        this.instrument = instrument;
        this.group = group;
    }

    String instrument() {
        return instrument;
    }

    RespondentGroup group() {
        return group;
    }

    /**
     * Counts one respondent.
     *
     * @param asked per stage, whether their programme's plan gives this questionnaire then (only then do they count in
     *     that stage's rates)
     * @param answeredAt per stage, whether they answered it then
     * @param before their PRE score (null: none, or not scored)
     * @param after their POST score
     */
    void add(Respondent who, boolean[] asked, boolean[] answeredAt, Double before, Double after) {
        for (int s = 0; s < STAGES.length; s++) {
            if (answeredAt[s]) {
                answered[s]++;
            }
            if (!asked[s]) {
                continue;
            }
            count(ofStarted[s], who.started(), answeredAt[s]);
            if (s > 0) {
                count(ofPre[s], answeredAt[0], answeredAt[s]);
                count(ofCompleters[s], who.started() && (STAGES[s] == Stage.POST ? who.completed() : who.followUpDue()), answeredAt[s]);
            }
        }
        if (before != null && after != null) {
            pairs++;
            sumBefore += before;
            sumAfter += after;
            sumChange += after - before;
            sumChangeSquared += (after - before) * (after - before);
        }
    }

    /** In the denominator when {@code in}; in the numerator too when they also answered (never one without the other). */
    private static void count(int[] rate, boolean in, boolean answeredThen) {
        if (in) {
            rate[DENOMINATOR]++;
            if (answeredThen) {
                rate[NUMERATOR]++;
            }
        }
    }

    /** The figures as the report shows them: means and effect size withheld with a suppressed pair count. */
    InstrumentChange figures(String title, boolean suppress) {
        Figure count = Figure.of(pairs, suppress);
        boolean withheld = count.suppressed();
        Double before = null;
        Double after = null;
        Double change = null;
        Double effect = null;
        if (pairs > 0 && !withheld) {
            before = sumBefore / pairs;
            after = sumAfter / pairs;
            change = sumChange / pairs;
            if (pairs >= 2) {
                double variance = (sumChangeSquared - sumChange * sumChange / pairs) / (pairs - 1);
                effect = variance > 1e-12 ? change / Math.sqrt(variance) : null;
            }
        }
        List<StageResponse> responses = new ArrayList<>();
        for (int s = 0; s < STAGES.length; s++) {
            responses.add(new StageResponse(STAGES[s], Figure.of(answered[s], suppress), rate(ofStarted[s], suppress),
                    s == 0 ? null : rate(ofPre[s], suppress), s == 0 ? null : rate(ofCompleters[s], suppress)));
        }
        return new InstrumentChange(instrument, title, group, count, before, after, change, effect, withheld, List.copyOf(responses));
    }

    private static Rate rate(int[] counts, boolean suppress) {
        return Rate.of(counts[NUMERATOR], counts[DENOMINATOR], suppress);
    }
}
