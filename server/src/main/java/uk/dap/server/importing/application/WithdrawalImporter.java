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
import uk.dap.shared.api.referral.EnrolmentState;
import uk.dap.shared.api.referral.Withdrawal;
import uk.dap.shared.api.referral.WithdrawalReason;

/** Withdrawals, one row per referral, made by {@link Enrolments#withdraw} on the day given, with the reason. docs/import.md. */
@ApplicationScoped
public class WithdrawalImporter extends KindOfRecord {
    static final String KIND = "withdrawals";
    static final Column REFERRAL = ImportLookups.REFERRAL;
    static final Column WITHDRAWN_ON = Column.required("Withdrawn on", "a date, not before the referral nor the last session they attended", "3 Apr 2019");
    static final Column REASON = Column.required("Reason", "Moved away, Disengaged, Excluded, New risk, In custody, Health or Other", "Disengaged");
    static final Column NOTE = Column.optional("Note", "up to 1,000 characters", "");
    private static final List<Column> COLUMNS = List.of(REFERRAL, WITHDRAWN_ON, REASON, NOTE);

    public WithdrawalImporter() {
        super(KIND, "Withdrawals", 9,
                "One row per referral that ended before completion: the day and the reason.",
                COLUMNS);
    }

    @Inject
    ImportLookups lookups;
    @Inject
    Enrolments enrolments;

    @Override
    public Outcome take(ImportRow row, ImportRun run) {
        Long referral = lookups.referral(row, REFERRAL);
        LocalDate on = row.date(WITHDRAWN_ON, ImportDates.EARLIEST, run.today());
        WithdrawalReason reason = row.choice(REASON, WithdrawalReason.class, WithdrawalReason::label);
        String note = row.multiLineText(NOTE, 1000);
        if (row.hasProblems() || !run.firstTime(row, REFERRAL, row.raw(REFERRAL))) {
            return Outcome.REFUSED;
        }
        return written(row, null, () -> {
            Enrolment enrolment = enrolments.forReferral(referral);
            if (enrolment.state() == EnrolmentState.WITHDRAWN) {
                return Outcome.ALREADY_IMPORTED;
            }
            enrolments.withdraw(enrolment.id(), new Withdrawal(reason, note, on));
            return Outcome.CREATED;
        });
    }

    /** The people the caller may see who were withdrawn, with the day, the reason and its note. */
    @Override
    public List<List<String>> exportPage(long afterId, int size) {
        List<Enrolment> page = enrolments.exportPage(afterId, size, List.of(EnrolmentState.WITHDRAWN));
        Map<Long, String> named = lookups.referrals(page.stream().map(Enrolment::referralId).toList());
        return page.stream().map(e -> Arrays.asList(String.valueOf(e.id()), named.get(e.referralId()), ImportCells.date(e.endedOn()),
                e.withdrawalReason() == null ? null : e.withdrawalReason().label(), e.withdrawalNote())).toList();
    }
}
