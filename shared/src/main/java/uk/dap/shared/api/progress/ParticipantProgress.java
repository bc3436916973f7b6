package uk.dap.shared.api.progress;

import java.util.List;

/**
 * How a participant is doing on each programme they were enrolled in, for the people allowed to see it: their key
 * worker, the lead of the programme, and (restricted) the social worker who referred them. Never contact details,
 * notes, or anything about another person.
 *
 * @param restricted true for the referrer's view, which leaves out what only case workers see (see docs/api.md)
 */
public record ParticipantProgress(Long participantId, String reference, String firstName, String lastName, boolean restricted,
                                  List<EnrolmentProgress> enrolments) {
}
