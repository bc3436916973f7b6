package uk.dap.shared.api.report;

import uk.dap.shared.api.evaluation.Stage;

/**
 * Who answered one questionnaire at one stage, and the response rate three ways (docs/api.md, "evaluation"). Each rate
 * counts only people whose programme's plan gives the questionnaire at that stage, and its numerator only people in its
 * denominator.
 *
 * @param answered people in the group who answered at this stage
 * @param ofStarted answered over those who started the programme (attended a session)
 * @param ofPre answered over those who answered it before the programme (PRE): the rate evaluations quote; null at PRE
 * @param ofCompleters answered over those who completed (at FOLLOW_UP: whose follow-up has fallen due); null at PRE
 */
public record StageResponse(Stage stage, Figure answered, Rate ofStarted, Rate ofPre, Rate ofCompleters) {
}
