package uk.dap.shared.evaluation;

import uk.dap.shared.api.evaluation.KioskQuestionnaire;
import uk.dap.shared.api.evaluation.Stage;

/**
 * An instrument as a participant sees it, in one language. Shared, so that the server answers the kiosk with it and
 * a kiosk that cannot reach the server builds the same questionnaire from the definitions it ships with.
 */
public final class Questionnaires {
    private Questionnaires() {
    }

    /** The participant's own questionnaire. */
    public static KioskQuestionnaire forKiosk(InstrumentDefinition instrument, Long enrolmentId, Stage stage, String language) {
        return forKiosk(instrument, enrolmentId, null, stage, language);
    }

    /** The questionnaire for the participant ({@code childId} null) or one of the children who came with them. */
    public static KioskQuestionnaire forKiosk(InstrumentDefinition instrument, Long enrolmentId, Long childId, Stage stage, String language) {
        String lang = InstrumentDefinition.LANGUAGES.contains(language) ? language : "en";
        InstrumentDefinition.Scale scale = instrument.scale();
        return new KioskQuestionnaire(enrolmentId, stage, instrument.code(), instrument.version(), lang,
                InstrumentDefinition.in(instrument.title(), lang), InstrumentDefinition.in(instrument.intro(), lang),
                instrument.items().stream().map(i -> new KioskQuestionnaire.Question(i.id(), InstrumentDefinition.in(i.text(), lang))).toList(),
                scale.options().stream().map(o -> new KioskQuestionnaire.Choice(o.value(), InstrumentDefinition.in(o.label(), lang),
                        o.face() == null ? null : o.face().name())).toList(),
                scale.lowAnchor() == null ? null : InstrumentDefinition.in(scale.lowAnchor(), lang),
                scale.highAnchor() == null ? null : InstrumentDefinition.in(scale.highAnchor(), lang), childId, instrument.forChildren());
    }
}
