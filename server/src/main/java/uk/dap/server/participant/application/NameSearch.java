package uk.dap.server.participant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.dap.server.participant.domain.NameWords;

/**
 * The name part of the participant search, as JPQL on the alias {@code p}: every typed word must start one of the
 * person's name words (NameWords). Derby knows nothing of how many names a word starts, so this decides the plan: when
 * the rarest typed word starts at most {@value #FEW} names, the query starts from those names in the word index and
 * sorts them; otherwise it reads people in name order and stops at the page's end, which is quick because such a word
 * matches often. Measured on the ten-year data set in docs/operations.md ("The screen benchmark").
 */
@ApplicationScoped
public class NameSearch {
    static final int FEW = 3_000;

    @PersistenceContext(unitName = "dap")
    EntityManager em;

    /** The joins, condition and parameters for the typed words; empty words find no one. */
    public Clause clause(String typed) {
        List<String> words = NameWords.typed(typed);
        if (words.isEmpty()) {
            return new Clause("", "1 = 0", Map.of());
        }
        Map<String, Object> parameters = new HashMap<>();
        Map<String, Integer> started = new HashMap<>();
        words.forEach(word -> started.put(word, namesStartedUpToFew(word)));
        String rarest = words.stream().min(Comparator.comparing(started::get)).orElseThrow();
        boolean fromTheIndex = started.get(rarest) <= FEW;
        StringBuilder condition = new StringBuilder("1 = 1");
        String join = "";
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            // A typed word has only letters and digits (NameWords), so it needs no escaping in a LIKE pattern.
            parameters.put("word" + i, word + "%");
            if (fromTheIndex && word.equals(rarest)) {
                join = " JOIN p.nameWords driving";
                condition.append(" AND driving LIKE :word").append(i);
            } else {
                condition.append(" AND EXISTS (SELECT q FROM Participant q JOIN q.nameWords w").append(i)
                        .append(" WHERE q.id = p.id AND w").append(i).append(" LIKE :word").append(i).append(')');
            }
        }
        return new Clause(join, condition.toString(), Map.copyOf(parameters));
    }

    /** How many names the word starts, counted no further than one past {@link #FEW}. */
    private int namesStartedUpToFew(String word) {
        // Counted in the database, not by fetching up to FEW + 1 ids to count them here.
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM (SELECT participant_id FROM participant_name_word WHERE word LIKE ?"
                + " FETCH FIRST " + (FEW + 1) + " ROWS ONLY) AS first_few").setParameter(1, word + "%").getSingleResult()).intValue();
    }

    /**
     * What to add to a query on {@code p}: {@code join} after the FROM clause (a person matched twice by the driving word
     * comes back twice, so a query with a join selects DISTINCT), {@code condition} to the WHERE clause.
     */
    public record Clause(String join, String condition, Map<String, Object> parameters) {
        public <T> TypedQuery<T> apply(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
