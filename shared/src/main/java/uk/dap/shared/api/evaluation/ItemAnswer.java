package uk.dap.shared.api.evaluation;

/** The answer to one item: a value from the instrument's scale, or null when the participant skipped it. */
public record ItemAnswer(String item, Integer value) {
}
