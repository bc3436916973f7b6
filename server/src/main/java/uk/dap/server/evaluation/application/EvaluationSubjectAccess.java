package uk.dap.server.evaluation.application;

import static uk.dap.server.common.SubjectAccessSource.date;
import static uk.dap.server.common.SubjectAccessSource.day;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.dap.server.common.SubjectAccessSource;
import uk.dap.shared.api.evaluation.Stage;
import uk.dap.shared.evaluation.InstrumentDefinition;

/**
 * The person's own questionnaires for their subject access pack: each with its stage, date, total score and answers,
 * item by item with the question's words. Their children's answers are the children's, and stay out.
 */
@ApplicationScoped
public class EvaluationSubjectAccess implements SubjectAccessSource {
    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    InstrumentCatalogue catalogue;

    @Override
    @SuppressWarnings("unchecked")
    public List<PackItem> itemsAbout(long participantId) {
        List<Object[]> responses = em.createNativeQuery("SELECT r.id, r.instrument_code, r.instrument_version, r.stage, r.answered_at, r.score"
                + " FROM evaluation_response r WHERE r.participant_id = ? AND r.child_id IS NULL ORDER BY r.answered_at, r.id")
                .setParameter(1, participantId).getResultList();
        List<PackItem> items = new ArrayList<>();
        for (Object[] r : responses) {
            InstrumentDefinition instrument = catalogue.version((String) r[1], ((Number) r[2]).intValue());
            Map<String, String> questions = new HashMap<>();
            instrument.items().forEach(item -> questions.put(item.id(), item.text().getOrDefault("en", item.id())));
            SubjectAccessSource.Builder item = PackItem.of("response-" + r[0], "Questionnaires",
                            instrument.title().getOrDefault("en", instrument.code()) + ", " + Stage.valueOf((String) r[3]).label().toLowerCase(java.util.Locale.UK),
                            day(r[4]))
                    .field("Answered on", date(r[4])).field("Total score", r[5] == null ? null : format(((Number) r[5]).doubleValue()));
            List<Object[]> answers = em.createNativeQuery("SELECT item_id, answer_value FROM evaluation_answer WHERE response_id = ?")
                    .setParameter(1, r[0]).getResultList();
            answers.sort((a, b) -> Integer.compare(position(instrument, (String) a[0]), position(instrument, (String) b[0])));
            for (Object[] answer : answers) {
                item.field(questions.getOrDefault((String) answer[0], (String) answer[0]), answer[1] == null ? "(not answered)" : answer[1]);
            }
            items.add(item.build());
        }
        return items;
    }

    private static int position(InstrumentDefinition instrument, String itemId) {
        for (int i = 0; i < instrument.items().size(); i++) {
            if (instrument.items().get(i).id().equals(itemId)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static String format(double score) {
        return score == Math.rint(score) ? Long.toString((long) score) : Double.toString(score);
    }
}
