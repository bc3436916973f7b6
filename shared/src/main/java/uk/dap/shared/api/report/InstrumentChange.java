package uk.dap.shared.api.report;

/**
 * Before and after on one questionnaire across the scope.
 *
 * @param pairs participants with both a pre and a post score on this instrument
 * @param meanBefore mean pre score over the pairs; null when there are no pairs or the figures are withheld
 * @param effectSize paired effect size (Cohen's d_z: mean change over the standard deviation of the changes); null
 *     with fewer than two pairs, no variation, or when withheld
 * @param withheld true when the pair count is suppressed, so the means and effect size are withheld too
 * @param preResponse pre questionnaires answered over those who started
 * @param postResponse post answered over those who completed
 * @param followUpResponse follow-up answered over those whose follow-up fell due
 */
public record InstrumentChange(String instrumentId, String title, Figure pairs, Double meanBefore, Double meanAfter,
                               Double meanChange, Double effectSize, boolean withheld, Rate preResponse,
                               Rate postResponse, Rate followUpResponse) {
}
