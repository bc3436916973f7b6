package uk.dap.shared.api.evaluation;

import java.time.LocalDate;
import java.util.List;
import uk.dap.shared.validation.Required;

/**
 * A questionnaire answered on paper, typed in by staff; stored as PAPER with who entered it. {@code childId} names the
 * child who answered a children's questionnaire (one of the children on a family referral); leave it out otherwise.
 */
public record PaperResponse(
        @Required(message = "Give the enrolment's id.") Long enrolmentId,
        @Required(message = "Give the instrument's code.") String instrument,
        @Required(message = "Give the stage (PRE, POST or FOLLOW_UP).") Stage stage,
        @Required(message = "Give the date the questionnaire was answered.") LocalDate answeredOn,
        @Required(message = "Give the answers as a list.") List<ItemAnswer> answers,
        Long childId) {
}
