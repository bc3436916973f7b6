package uk.dap.shared.api.report;

import java.util.List;

/**
 * Before and after on one questionnaire across the scope, for one group of respondents (DART: mothers and children
 * apart; each person's before pairs with that same person's after).
 *
 * @param group whose answers these are
 * @param pairs people in the group with both a pre and a post score on this instrument
 * @param meanBefore mean pre score over the pairs; null when there are no pairs or the figures are withheld
 * @param effectSize paired effect size (Cohen's d_z: mean change over the standard deviation of the changes); null
 *     with fewer than two pairs, no variation, or when withheld
 * @param withheld true when the pair count is suppressed, so the means and effect size are withheld too
 * @param responses who answered at each stage (PRE, POST, FOLLOW_UP, in that order) and the response rates
 */
public record InstrumentChange(String instrumentId, String title, RespondentGroup group, Figure pairs, Double meanBefore,
                               Double meanAfter, Double meanChange, Double effectSize, boolean withheld,
                               List<StageResponse> responses) {
}
