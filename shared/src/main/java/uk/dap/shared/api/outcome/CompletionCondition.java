package uk.dap.shared.api.outcome;

/**
 * One condition of a programme's completion rule and whether this enrolment meets it. {@code code} is stable
 * (MIN_ATTENDANCE, FINAL_SESSION, POST_QUESTIONNAIRE); {@code detail} gives the figures in words.
 */
public record CompletionCondition(String code, String label, boolean met, String detail) {
}
