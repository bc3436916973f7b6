package uk.dap.shared.api.evaluation;

import java.util.List;

/**
 * One questionnaire as the kiosk shows it, in one language ({@code en}, {@code pl} or {@code ur}, the participant's
 * recorded language when the kiosk has text in it): the items in order and the answers on offer, no more. A
 * children's questionnaire ({@code forChildren}) names the child who answers ({@code childId}) and gives each answer a
 * face, which the kiosk draws large.
 */
public record KioskQuestionnaire(Long enrolmentId, Stage stage, String instrument, int version, String language, String title,
                                 String intro, List<Question> questions, List<Choice> choices, String lowAnchor, String highAnchor,
                                 Long childId, boolean forChildren) {

    public record Question(String item, String text) {
    }

    /** One answer; {@code face} (VERY_SAD to VERY_HAPPY) only on a children's questionnaire. */
    public record Choice(int value, String label, String face) {
    }
}
