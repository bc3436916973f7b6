package uk.dap.shared.api.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A stored response with its score, computed on the server from the instrument's definition. {@code score} is null
 * when too few items were answered. {@code answers} is null for callers who may see scores but not answers.
 */
public record ResponseView(String id, Long enrolmentId, String programme, String instrument, int version, String title, Stage stage,
                           ResponseSource source, String enteredBy, Instant answeredAt, Double score, int answered, int items,
                           boolean prorated, Map<String, Double> subscales, List<ItemAnswer> answers, Long childId, String respondent) {
}
