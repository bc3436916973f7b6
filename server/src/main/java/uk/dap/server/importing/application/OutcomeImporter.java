package uk.dap.server.importing.application;

import uk.dap.shared.api.outcome.OutcomeView;
import uk.dap.shared.api.outcome.OutcomeChild;
import uk.dap.server.importing.domain.ImportCells;
import java.util.Map;
import java.util.Arrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import uk.dap.server.enrolment.application.Enrolments;
import uk.dap.server.importing.domain.Column;
import uk.dap.server.importing.domain.ImportDates;
import uk.dap.server.importing.domain.ImportRow;
import uk.dap.server.outcome.application.Outcomes;
import uk.dap.shared.api.outcome.ChildAtHome;
import uk.dap.shared.api.outcome.OutcomeChange;
import uk.dap.shared.api.outcome.PostProgrammeSupport;
import uk.dap.shared.api.outcome.SupportResponse;

/** Outcomes at the end of a programme, one row per referral, recorded by {@link Outcomes#importOutcome}. docs/import.md. */
@ApplicationScoped
public class OutcomeImporter extends KindOfRecord {
    static final String KIND = "outcomes";
    static final Column REFERRAL = ImportLookups.REFERRAL;
    static final Column SUMMARY = Column.required("Summary", "up to 4,000 characters", "Completed; reports calmer contact at handovers");
    static final Column SUPPORT_OFFERED = Column.required("Support offered", "Yes or No: whether support after the programme was offered", "Yes");
    static final Column SUPPORT = Column.optional("Support", "what was offered, up to 300 characters; needed when it was", "Monthly check-in");
    static final Column SUPPORT_ON = Column.optional("Support offered on", "a date; needed when it was offered", "1 Jul 2019");
    static final Column SUPPORT_ANSWER = Column.optional("Their answer", "Awaiting an answer, Accepted or Declined", "Accepted");
    static final Column AT_HOME = Column.optional("Children still at home (New Beginnings)", "the Child references of the children"
            + " who remain at home, separated by semicolons", "");
    static final Column NOT_AT_HOME = Column.optional("Children not at home (New Beginnings)", "the Child references of the children"
            + " who do not, separated by semicolons; every child is in one of the two", "");
    private static final List<Column> COLUMNS = List.of(REFERRAL, SUMMARY, SUPPORT_OFFERED, SUPPORT, SUPPORT_ON, SUPPORT_ANSWER, AT_HOME, NOT_AT_HOME);

    public OutcomeImporter() {
        super(KIND, "Outcomes", 10,
                "One row per completed or withdrawn referral: the outcome, the support offered after, and (New Beginnings) which children remain at home.",
                COLUMNS);
    }

    @Inject
    ImportLookups lookups;
    @Inject
    Enrolments enrolments;
    @Inject
    Outcomes outcomes;

    @Override
    public Outcome take(ImportRow row, ImportRun run) {
        Long referral = lookups.referral(row, REFERRAL);
        String summary = row.multiLineText(SUMMARY, 4000);
        PostProgrammeSupport support = new PostProgrammeSupport(row.yesNo(SUPPORT_OFFERED), row.multiLineText(SUPPORT, 300),
                row.date(SUPPORT_ON, ImportDates.EARLIEST, run.today()), row.choice(SUPPORT_ANSWER, SupportResponse.class, SupportResponse::label));
        List<ChildAtHome> children = new ArrayList<>();
        children(row, AT_HOME, true, children);
        children(row, NOT_AT_HOME, false, children);
        if (row.hasProblems() || !run.firstTime(row, REFERRAL, row.raw(REFERRAL))) {
            return Outcome.REFUSED;
        }
        return written(row, null, () -> {
            OutcomeChange change = new OutcomeChange(summary, children, support);
            return outcomes.importOutcome(enrolments.forReferral(referral).id(), change) ? Outcome.CREATED : Outcome.ALREADY_IMPORTED;
        });
    }

    private void children(ImportRow row, Column column, boolean atHome, List<ChildAtHome> children) {
        for (String reference : row.items(column)) {
            Long id = lookups.child(row, column, reference);
            if (id != null) {
                children.add(new ChildAtHome(id, atHome));
            }
        }
    }

    /** The outcomes recorded for the enrolments the caller may see, with the children at home at the end (New Beginnings). */
    @Override
    public List<List<String>> exportPage(long afterId, int size) {
        List<Outcomes.Exported> page = outcomes.exportPage(afterId, size);
        Map<Long, String> referralsNamed = lookups.referrals(page.stream().map(Outcomes.Exported::referralId).toList());
        Map<Long, String> childrenNamed = lookups.children(page.stream().flatMap(e -> e.outcome().children().stream()).map(OutcomeChild::childId).toList());
        return page.stream().map(e -> {
            OutcomeView o = e.outcome();
            PostProgrammeSupport support = o.support();
            return Arrays.asList(String.valueOf(e.outcomeId()), referralsNamed.get(e.referralId()), o.summary(),
                    support == null ? null : ImportCells.yesNo(support.offered()), support == null ? null : support.what(),
                    support == null ? null : ImportCells.date(support.offeredOn()),
                    support == null || support.response() == null ? null : support.response().label(),
                    childrenAtHome(o, Boolean.TRUE, childrenNamed), childrenAtHome(o, Boolean.FALSE, childrenNamed));
        }).toList();
    }

    private static String childrenAtHome(OutcomeView outcome, Boolean atHome, Map<Long, String> named) {
        return outcome.children().stream().filter(c -> atHome.equals(c.remainsAtHome())).map(c -> named.get(c.childId()))
                .collect(java.util.stream.Collectors.joining("; "));
    }
}
