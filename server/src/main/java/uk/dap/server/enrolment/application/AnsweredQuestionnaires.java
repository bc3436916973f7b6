package uk.dap.server.enrolment.application;

import uk.dap.shared.api.evaluation.Stage;

/**
 * Whether an enrolment's questionnaire was answered at a stage (at the kiosk or on paper), for the completion rule.
 * Declared here and implemented by evaluation, which knows the answers: evaluation depends on enrolment, never the
 * other way round.
 */
public interface AnsweredQuestionnaires {
    boolean answered(Long enrolmentId, Stage stage);
}
