package uk.dap.shared.api.outcome;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.Valid;
import java.util.List;
import uk.dap.shared.text.SafeText;
import uk.dap.shared.validation.Required;
import uk.dap.shared.validation.RequiredText;

/**
 * The outcome recorded at the end of an enrolment (completed or withdrawn). The children's end status is their social
 * care status on the participant's record when this is saved. {@code childrenAtHome} is for New Beginnings only and
 * must then name every child; {@code support} is the post-programme support offered and its answer.
 */
public record OutcomeChange(
        @RequiredText(max = 4000, message = "Write a summary of the outcome (up to 4,000 characters).") @JsonbTypeDeserializer(SafeText.MultiLine.class) String summary,
        @Valid List<ChildAtHome> childrenAtHome,
        @Required(message = "Say whether post-programme support was offered: {\"offered\":false} if not.") @Valid PostProgrammeSupport support) {
}
