package uk.dap.server.report.application;

/**
 * One person's questionnaire answers as their prepared row keeps them (report_enrolment.responses): instrument, stage
 * and score of each. The one place that writes and reads that text ({@code instrument|stage|score;}, the score empty
 * when the questionnaire gives none); the database never interprets it. Read without an object per answer, since a
 * report reads every answer in its scope (see {@link PreparedWeeks} for why this is text, not rows).
 */
final class PreparedAnswers {
    /** One answer: its score is null when the questionnaire gave none. */
    @FunctionalInterface
    interface AnswerVisitor {
        void accept(String instrument, String stage, String score);
    }

    private PreparedAnswers() {
    }

    /** Adds one answer; an instrument or stage that holds the separators is refused rather than stored wrongly. */
    static void add(StringBuilder answers, String instrument, String stage, Double score) {
        requirePlain(instrument);
        requirePlain(stage);
        answers.append(instrument).append('|').append(stage).append('|').append(score == null ? "" : Double.toString(score)).append(';');
    }

    /** Each answer, in the order added. */
    static void forEach(String answers, AnswerVisitor visitor) {
        int from = 0;
        while (from < answers.length()) {
            int bar1 = answers.indexOf('|', from);
            int bar2 = answers.indexOf('|', bar1 + 1);
            int end = answers.indexOf(';', bar2 + 1);
            visitor.accept(answers.substring(from, bar1), answers.substring(bar1 + 1, bar2),
                    end == bar2 + 1 ? null : answers.substring(bar2 + 1, end));
            from = end + 1;
        }
    }

    private static void requirePlain(String part) {
        if (part.isEmpty() || part.indexOf('|') >= 0 || part.indexOf(';') >= 0) {
            throw new IllegalArgumentException("An instrument code or stage cannot be empty or hold '|' or ';': " + part);
        }
    }
}
