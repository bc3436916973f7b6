package uk.dap.server.importing.application;

import uk.dap.server.importing.domain.ImportCells;
import java.util.Map;
import java.util.Arrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import uk.dap.server.enrolment.application.Enrolments;
import uk.dap.server.evaluation.application.Evaluations;
import uk.dap.server.evaluation.application.InstrumentCatalogue;
import uk.dap.server.importing.domain.Column;
import uk.dap.server.importing.domain.ImportDates;
import uk.dap.server.importing.domain.ImportRow;
import uk.dap.shared.api.evaluation.ItemAnswer;
import uk.dap.shared.api.evaluation.PaperResponse;
import uk.dap.shared.api.evaluation.Stage;
import uk.dap.shared.evaluation.InstrumentDefinition;

/**
 * Questionnaires answered before, after and at follow-up, one row each: with every item's answer, or only the total
 * score where that is all that was kept; stored by {@link Evaluations#importResponse} as a paper questionnaire is.
 * docs/import.md.
 */
@ApplicationScoped
public class QuestionnaireImporter extends KindOfRecord {
    static final String KIND = "questionnaires";
    static final Column REFERRAL = ImportLookups.REFERRAL;
    static final Column QUESTIONNAIRE = Column.required("Questionnaire", "its code or its title, as the Questionnaires screen shows them", "SDQ");
    static final Column STAGE = Column.required("Stage", "Before the programme, After the programme or Follow-up", "Before the programme");
    static final Column ANSWERED_ON = Column.required("Answered on", "a date; a follow-up's is on or after the day it fell due", "6 Mar 2019");
    static final Column CHILD = Column.optional("Child reference", "when one of the children who came with their mother answered (DART)", "");
    static final Column ANSWERS = Column.optional("Answers in item order", "each item's answer as a number, separated by semicolons;"
            + " leave a skipped item empty (3;;4). Empty when only the total score was kept", "2;3;1;0;2");
    static final Column TOTAL = Column.optional("Total score", "only where the answers were not kept: the total score as recorded", "");
    private static final List<Column> COLUMNS = List.of(REFERRAL, QUESTIONNAIRE, STAGE, ANSWERED_ON, CHILD, ANSWERS, TOTAL);

    public QuestionnaireImporter() {
        super(KIND, "Questionnaires", 7,
                "One row per questionnaire answered, with each item's answer or only the total score. Follow-ups need the"
                + " completion: import them again after the completions (the rest are skipped as imported before).",
                COLUMNS);
    }

    @Inject
    ImportLookups lookups;
    @Inject
    Enrolments enrolments;
    @Inject
    Evaluations evaluations;
    @Inject
    InstrumentCatalogue instruments;

    @Override
    public Outcome take(ImportRow row, ImportRun run) {
        Long referral = lookups.referral(row, REFERRAL);
        InstrumentDefinition instrument = instrument(row);
        Stage stage = row.choice(STAGE, Stage.class, Stage::label);
        LocalDate answeredOn = row.date(ANSWERED_ON, ImportDates.EARLIEST, run.today());
        Long child = child(row);
        List<ItemAnswer> answers = instrument == null ? List.of() : answers(row, instrument);
        Double total = total(row);
        if (total != null && !answers.isEmpty()) {
            row.problem(TOTAL, "Give the answers or the total score, not both: the score is worked out from the answers.");
        } else if (total == null && answers.isEmpty() && row.raw(ANSWERS) == null && row.raw(TOTAL) == null) {
            row.problem(ANSWERS, "Give the answers, or the total score where only that was kept.");
        }
        if (row.hasProblems() || !run.firstTime(row, STAGE, row.raw(REFERRAL) + "\n" + instrument.code() + "\n" + stage + "\n" + child)) {
            return Outcome.REFUSED;
        }
        return written(row, null, () -> {
            PaperResponse paper = new PaperResponse(enrolments.forReferral(referral).id(), instrument.code(), stage, answeredOn, answers, child);
            return evaluations.importResponse(paper, total) ? Outcome.CREATED : Outcome.ALREADY_IMPORTED;
        });
    }

    private InstrumentDefinition instrument(ImportRow row) {
        String value = row.text(QUESTIONNAIRE, 200);
        if (value == null) {
            return null;
        }
        for (InstrumentDefinition instrument : instruments.current()) {
            if (instrument.code().equalsIgnoreCase(value) || InstrumentDefinition.in(instrument.title(), "en").equalsIgnoreCase(value)) {
                return instrument;
            }
        }
        row.problem(QUESTIONNAIRE, value + " is not one of the questionnaires: " + instruments.current().stream()
                .map(InstrumentDefinition::code).collect(Collectors.joining(", ")) + ".");
        return null;
    }

    private Long child(ImportRow row) {
        String reference = row.text(CHILD, 60);
        if (reference == null) {
            return null;
        }
        return lookups.child(row, CHILD, reference);
    }

    /** The answers, item by item in the instrument's order; a problem when there are more or fewer than its items. */
    private static List<ItemAnswer> answers(ImportRow row, InstrumentDefinition instrument) {
        String value = row.raw(ANSWERS);
        if (value == null) {
            return List.of();
        }
        String[] given = value.split(";", -1);
        List<InstrumentDefinition.Item> items = instrument.items();
        if (given.length != items.size()) {
            row.problem(ANSWERS, instrument.code() + " has " + items.size() + " items; this gives " + given.length
                    + " answers. Give one per item, in order, leaving a skipped one empty.");
            return List.of();
        }
        List<ItemAnswer> answers = new ArrayList<>();
        for (int i = 0; i < given.length; i++) {
            String answer = given[i].strip();
            try {
                answers.add(new ItemAnswer(items.get(i).id(), answer.isEmpty() ? null : new BigDecimal(answer).intValueExact()));
            } catch (NumberFormatException | ArithmeticException notWhole) {
                row.problem(ANSWERS, "Answer " + (i + 1) + " (" + answer + ") is not a whole number.");
                return List.of();
            }
        }
        return answers;
    }

    private static Double total(ImportRow row) {
        String value = row.raw(TOTAL);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value).doubleValue();
        } catch (NumberFormatException notNumber) {
            row.problem(TOTAL, value + " is not a number.");
            return null;
        }
    }

    /**
     * Every questionnaire answered in the enrolments the caller may see: the answers in item order, or the total
     * alone where only that was kept (or the caller is shown scores, not answers).
     */
    @Override
    public List<List<String>> exportPage(long afterId, int size) {
        List<Evaluations.ExportedResponse> page = evaluations.exportPage(afterId, size);
        Map<Long, String> referralsNamed = lookups.referrals(page.stream().map(Evaluations.ExportedResponse::referralId).toList());
        Map<Long, String> childrenNamed = lookups.children(page.stream().map(Evaluations.ExportedResponse::childId).toList());
        return page.stream().map(r -> Arrays.asList(String.valueOf(r.enrolmentId()), referralsNamed.get(r.referralId()), r.instrumentCode(),
                r.stage().label(), ImportCells.date(r.answeredOn()), r.childId() == null ? null : childrenNamed.get(r.childId()),
                r.answers() == null ? null : r.answers().stream().map(a -> a == null ? "" : a.toString()).collect(Collectors.joining(";")),
                r.total() == null ? null : ImportCells.number(r.total()))).toList();
    }
}
