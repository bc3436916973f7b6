package uk.dap.server.importing.application;

import uk.dap.server.importing.domain.ImportCells;
import java.util.Map;
import java.util.Arrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.dap.server.attendance.application.Registers;
import uk.dap.server.cohort.application.Cohorts;
import uk.dap.server.enrolment.application.Enrolments;
import uk.dap.server.enrolment.domain.Enrolment;
import uk.dap.server.importing.domain.Column;
import uk.dap.server.importing.domain.ImportDates;
import uk.dap.server.importing.domain.ImportRow;
import uk.dap.shared.api.attendance.AttendanceStatus;
import uk.dap.shared.api.referral.EnrolmentState;
import uk.dap.shared.text.UkDates;

/**
 * Attendance, one row per person and session: the first row of someone accepted places them in the group
 * ({@link Enrolments#placeImported}), and each mark goes on the session's register ({@link Registers#importMark}),
 * which is then closed as it was kept. docs/import.md.
 */
@ApplicationScoped
public class AttendanceImporter extends KindOfRecord {
    static final String KIND = "attendance";
    static final Column REFERRAL = ImportLookups.REFERRAL;
    static final Column COHORT = Column.required("Cohort reference", "the Cohort reference from the cohorts' file", "CD-2019-SPRING");
    static final Column SESSION = Column.required("Session date", "the day of the session, one the group met on", "6 Mar 2019");
    static final Column STATUS = Column.required("Attendance", "Present, Late, Attended (signed in on paper), Left early,"
            + " Absent with notice or Absent", "Present");
    static final Column NOTE = Column.optional("Note", "up to 300 characters", "");
    private static final List<Column> COLUMNS = List.of(REFERRAL, COHORT, SESSION, STATUS, NOTE);

    public AttendanceImporter() {
        super(KIND, "Attendance", 6,
                "One row per person and session of a group: whether they came. Someone accepted joins the group at their first row.",
                COLUMNS);
    }

    @Inject
    ImportLookups lookups;
    @Inject
    Enrolments enrolments;
    @Inject
    Cohorts cohorts;
    @Inject
    Registers registers;

    @Override
    public Outcome take(ImportRow row, ImportRun run) {
        Long referral = lookups.referral(row, REFERRAL);
        Long cohort = lookups.cohort(row, COHORT);
        LocalDate day = row.date(SESSION, ImportDates.EARLIEST, run.today());
        AttendanceStatus status = row.choice(STATUS, AttendanceStatus.class, AttendanceStatus::label);
        String note = row.multiLineText(NOTE, 300);
        if (row.hasProblems() || !run.firstTime(row, SESSION, row.raw(REFERRAL) + "\n" + row.raw(COHORT) + "\n" + day)) {
            return Outcome.REFUSED;
        }
        Optional<Long> session = cohorts.sessionOn(cohort, day);
        if (session.isEmpty()) {
            row.problem(SESSION, "The group " + row.raw(COHORT) + " had no session on " + UkDates.date(day)
                    + " (or it was cancelled): give the day of one of its sessions.");
            return Outcome.REFUSED;
        }
        return written(row, null, () -> {
            Enrolment enrolment = enrolments.forReferral(referral);
            if (!cohort.equals(enrolment.cohortId())) {
                if (enrolment.cohortId() != null && enrolment.state() == EnrolmentState.ENROLLED) {
                    row.problem(COHORT, "This referral is in another group already: a move between groups is not imported;"
                            + " record the move on the person's record instead.");
                    return Outcome.REFUSED;
                }
                enrolments.placeImported(enrolment.id(), cohort);
            }
            return registers.importMark(session.get(), enrolment.id(), status, note) ? Outcome.CREATED : Outcome.ALREADY_IMPORTED;
        });
    }

    /** Every register mark of the people the caller may see, one row per person and session. */
    @Override
    public List<List<String>> exportPage(long afterId, int size) {
        List<Registers.ExportedMark> page = registers.exportPage(afterId, size);
        Map<Long, String> referralsNamed = lookups.referrals(page.stream().map(Registers.ExportedMark::referralId).toList());
        Map<Long, String> cohortsNamed = lookups.cohorts(page.stream().map(Registers.ExportedMark::cohortId).toList());
        return page.stream().map(m -> Arrays.asList(String.valueOf(m.enrolmentId()), referralsNamed.get(m.referralId()),
                cohortsNamed.get(m.cohortId()), ImportCells.date(m.day()), m.status().label(), m.remark())).toList();
    }
}
