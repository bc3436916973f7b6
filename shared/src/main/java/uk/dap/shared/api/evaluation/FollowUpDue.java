package uk.dap.shared.api.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * Someone whose follow-up questionnaires are due (or overdue): the day they completed ({@code endedOn}), the day the
 * follow-up fell due, and what is still missing.
 */
public record FollowUpDue(Long enrolmentId, Long participantId, String reference, String name, String programme,
                          String programmeName, LocalDate endedOn, LocalDate dueOn, List<String> instruments) {
}
