package uk.dap.server.importing.application;

import uk.dap.server.importing.domain.ImportCells;
import java.util.Map;
import java.util.Arrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import uk.dap.server.enrolment.application.Enrolments;
import uk.dap.server.enrolment.domain.Enrolment;
import uk.dap.server.importing.domain.Column;
import uk.dap.server.importing.domain.ImportDates;
import uk.dap.server.importing.domain.ImportRow;
import uk.dap.shared.api.outcome.CompletionConfirmation;
import uk.dap.shared.api.referral.EnrolmentState;

/**
 * Completions, one row per referral, confirmed by {@link Enrolments#complete} on the day given: the programme's
 * completion rule must be met by the attendance (and questionnaires) imported before, as it must live. docs/import.md.
 */
@ApplicationScoped
public class CompletionImporter extends KindOfRecord {
    static final String KIND = "completions";
    static final Column REFERRAL = ImportLookups.REFERRAL;
    static final Column COMPLETED_ON = Column.required("Completed on", "a date, not before the last session they attended", "26 Jun 2019");
    private static final List<Column> COLUMNS = List.of(REFERRAL, COMPLETED_ON);

    public CompletionImporter() {
        super(KIND, "Completions", 8,
                "One row per person who completed a programme, with the day; the completion rule is checked against the attendance"
                + " and questionnaires imported before.",
                COLUMNS);
    }

    @Inject
    ImportLookups lookups;
    @Inject
    Enrolments enrolments;

    @Override
    public Outcome take(ImportRow row, ImportRun run) {
        Long referral = lookups.referral(row, REFERRAL);
        LocalDate on = row.date(COMPLETED_ON, ImportDates.EARLIEST, run.today());
        if (row.hasProblems() || !run.firstTime(row, REFERRAL, row.raw(REFERRAL))) {
            return Outcome.REFUSED;
        }
        return written(row, null, () -> {
            Enrolment enrolment = enrolments.forReferral(referral);
            if (enrolment.state() == EnrolmentState.COMPLETED) {
                return Outcome.ALREADY_IMPORTED;
            }
            enrolments.complete(enrolment.id(), new CompletionConfirmation(on));
            return Outcome.CREATED;
        });
    }

    /** The people the caller may see who completed, with the day. */
    @Override
    public List<List<String>> exportPage(long afterId, int size) {
        List<Enrolment> page = enrolments.exportPage(afterId, size, List.of(EnrolmentState.COMPLETED));
        Map<Long, String> named = lookups.referrals(page.stream().map(Enrolment::referralId).toList());
        return page.stream().map(e -> Arrays.asList(String.valueOf(e.id()), named.get(e.referralId()), ImportCells.date(e.endedOn()))).toList();
    }
}
