package uk.dap.shared.evaluation;

import java.util.Map;

/**
 * The score of one set of answers. {@code total} is null when too few items were answered for a valid score
 * ({@code valid} false); {@code subscales} holds a value (or null) for every subscale of the instrument.
 */
public record Score(Double total, boolean valid, int answered, int items, boolean prorated, Map<String, Double> subscales) {
}
