package uk.dap.server.report.application;

/**
 * One person's questionnaire answers as their prepared row keeps them (report_enrolment.responses): instrument, stage,
 * score and whose each is. The one place that writes and reads that text ({@code instrument|stage|score|child;}, the
 * score empty when the questionnaire gives none, the child empty for the participant's own answers; rows written
 * before issue 17 end at the score and are all the participant's). The database never interprets it. Read without an
 * object per answer, since a report reads every answer in its scope (see {@link PreparedWeeks} for why this is text,
 * not rows).
 */
final class PreparedAnswers {
    /** One answer: its score is null when the questionnaire gave none, its child null for the participant's own. */
    @FunctionalInterface
    interface AnswerVisitor {
        void accept(String instrument, String stage, String score, Long child);
    }

    private PreparedAnswers() {
    }

    /** Adds one answer; an instrument or stage that holds the separators is refused rather than stored wrongly. */
    static void add(StringBuilder answers, String instrument, String stage, Double score, Long child) {
        requirePlain(instrument);
        requirePlain(stage);
        answers.append(instrument).append('|').append(stage).append('|').append(score == null ? "" : Double.toString(score))
                .append('|').append(child == null ? "" : Long.toString(child)).append(';');
    }

    /** Each answer, in the order added. */
    static void forEach(String answers, AnswerVisitor visitor) {
        int from = 0;
        while (from < answers.length()) {
            int bar1 = answers.indexOf('|', from);
            int bar2 = answers.indexOf('|', bar1 + 1);
            int end = answers.indexOf(';', bar2 + 1);
            int bar3 = answers.indexOf('|', bar2 + 1);
            boolean withChild = bar3 >= 0 && bar3 < end;
            int scoreEnd = withChild ? bar3 : end;
            visitor.accept(answers.substring(from, bar1), answers.substring(bar1 + 1, bar2),
                    scoreEnd == bar2 + 1 ? null : answers.substring(bar2 + 1, scoreEnd),
                    !withChild || end == bar3 + 1 ? null : Long.valueOf(answers.substring(bar3 + 1, end)));
            from = end + 1;
        }
    }

    private static void requirePlain(String part) {
        if (part.isEmpty() || part.indexOf('|') >= 0 || part.indexOf(';') >= 0) {
            throw new IllegalArgumentException("An instrument code or stage cannot be empty or hold '|' or ';': " + part);
        }
    }
}
