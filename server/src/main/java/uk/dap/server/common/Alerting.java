package uk.dap.server.common;

import uk.dap.shared.api.cohort.AlertKind;

/**
 * Raising an alert for the people who must act on something that happened, in the transaction of the change that
 * caused it. Declared here, beside the other things every capability may use, so that a capability that raises alerts
 * (a link recorded, a place offered, a possible duplicate) need not depend on the alert capability, which reads
 * participants and enrolments to decide who sees which alert. Implemented by {@code alert.application.Alerts}.
 */
public interface Alerting {
    /** One alert for the leads of the programme (if given) and the participant's key worker. */
    void raise(AlertKind kind, String programme, Long participantId, Long cohortId, String message);

    /** One alert for everyone responsible for the participant: their key worker and the lead of each programme they were referred to. */
    void raiseAboutParticipant(AlertKind kind, Long participantId, String message);
}
