package uk.dap.shared.api.evaluation;

import java.util.List;

/**
 * One questionnaire as the kiosk shows it, in one language ({@code en}, {@code pl} or {@code ur}, the participant's
 * recorded language when the kiosk has text in it): the items in order and the answers on offer, no more.
 */
public record KioskQuestionnaire(Long enrolmentId, Stage stage, String instrument, int version, String language, String title,
                                 String intro, List<Question> questions, List<Choice> choices, String lowAnchor, String highAnchor) {

    public record Question(String item, String text) {
    }

    public record Choice(int value, String label) {
    }
}
