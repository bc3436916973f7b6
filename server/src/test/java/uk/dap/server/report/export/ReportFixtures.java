package uk.dap.server.report.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.dap.shared.api.report.BandFigure;
import uk.dap.shared.api.report.CompletionReport;
import uk.dap.shared.api.report.Figure;
import uk.dap.shared.api.evaluation.Stage;
import uk.dap.shared.api.report.InstrumentChange;
import uk.dap.shared.api.report.RespondentGroup;
import uk.dap.shared.api.report.StageResponse;
import uk.dap.shared.api.report.LabelledFigure;
import uk.dap.shared.api.report.ProgrammeSpecifics;
import uk.dap.shared.api.report.Rate;
import uk.dap.shared.api.report.ReasonFigure;
import uk.dap.shared.api.report.ReportAttendance;
import uk.dap.shared.api.report.ReportFlow;
import uk.dap.shared.api.report.ReportScope;
import uk.dap.shared.api.report.ReportScopeKind;
import uk.dap.shared.api.report.WeekFigure;
import uk.dap.shared.api.report.WeekRate;

/**
 * A completion report with figures known by construction, built the way the service builds one (through
 * {@link Figure#of} and {@link Rate#of}), so suppression here is the record's own rule, not a copy of it.
 * <p>
 * With suppression on: declined 3, "Moved away" 3, still active 4, the "Below 50%" band 4, Caring Dads partner
 * contact 2, crèche week 3 (3 places) and the parenting questionnaire's 3 pairs show as "&lt;5"; weeks 2 and 3 (30 of
 * 31, 27 of 31) and the CTS2 post response (17 of 19) are withheld, because the people missing are fewer than 5.
 */
final class ReportFixtures {
    static final String AGENCY = "Northshire Children's Services";
    static final String TITLE = "Referrals from Northshire Children's Services, 1 Apr 2025 to 31 Mar 2026";
    static final Instant GENERATED = Instant.parse("2026-11-23T10:15:00Z");
    static final int[] EXPECTED = {31, 31, 31, 31, 31, 31, 29, 29, 29, 29, 29, 29};
    static final int[] ATTENDED = {31, 30, 27, 26, 25, 24, 22, 21, 20, 20, 19, 19};
    static final int[] CRECHE = {6, 7, 3, 8, 8, 7, 6, 6, 5, 6, 7, 5};

    private ReportFixtures() {
    }

    static CompletionReport agencyReport(boolean suppress) {
        ReportScope scope = new ReportScope(ReportScopeKind.AGENCY, null, null, AGENCY, LocalDate.of(2025, 4, 1),
                LocalDate.of(2026, 3, 31), TITLE);
        return report(scope, suppress);
    }

    static CompletionReport report(ReportScope scope, boolean suppress) {
        ReportFlow flow = new ReportFlow(f(48, suppress), f(45, suppress), f(40, suppress), f(3, suppress),
                f(6, suppress), f(31, suppress), f(19, suppress), f(8, suppress),
                List.of(new ReasonFigure("MOVED_AWAY", "Moved away", f(3, suppress)),
                        new ReasonFigure("STOPPED_ATTENDING", "Stopped attending", f(5, suppress))),
                f(4, suppress), Rate.of(19, 31, suppress), 6.5, false);

        List<WeekRate> weeks = new ArrayList<>();
        List<WeekFigure> creche = new ArrayList<>();
        int expected = 0;
        int attended = 0;
        for (int i = 0; i < EXPECTED.length; i++) {
            weeks.add(new WeekRate(i + 1, f(EXPECTED[i], suppress), f(ATTENDED[i], suppress),
                    Rate.of(ATTENDED[i], EXPECTED[i], suppress)));
            creche.add(new WeekFigure(i + 1, f(CRECHE[i], suppress)));
            expected += EXPECTED[i];
            attended += ATTENDED[i];
        }
        List<BandFigure> bands = List.of(new BandFigure("90-100%", f(12, suppress)),
                new BandFigure("75-89%", f(9, suppress)), new BandFigure("50-74%", f(6, suppress)),
                new BandFigure("Below 50%", f(4, suppress)));
        ReportAttendance attendance = new ReportAttendance(weeks, bands, Rate.of(attended, expected, suppress));

        InstrumentChange cts = new InstrumentChange("CTS2_PHYSICAL", "CTS2 physical assault", RespondentGroup.PARTICIPANTS,
                f(17, suppress), 12.4, 5.1, -7.3, -0.84, false, List.of(
                        stage(Stage.PRE, 26, suppress, 26, 31, 0, 0, 0, 0),
                        stage(Stage.POST, 17, suppress, 17, 31, 16, 26, 17, 19),
                        stage(Stage.FOLLOW_UP, 10, suppress, 10, 31, 9, 26, 10, 15)));
        Figure parentingPairs = f(3, suppress);
        boolean withheld = parentingPairs.suppressed();
        InstrumentChange parenting = new InstrumentChange("PSI_SF", "Parenting Stress Index (short form)", RespondentGroup.CHILDREN,
                parentingPairs, withheld ? null : 88.0, withheld ? null : 80.5, withheld ? null : -7.5,
                withheld ? null : 0.61, withheld, List.of(
                        stage(Stage.PRE, 20, suppress, 20, 31, 0, 0, 0, 0),
                        stage(Stage.POST, 12, suppress, 12, 31, 3, 20, 12, 19),
                        stage(Stage.FOLLOW_UP, 0, suppress, 0, 31, 0, 20, 0, 0)));

        ProgrammeSpecifics specifics = new ProgrammeSpecifics(List.of(
                new LabelledFigure("DART_MOTHERS", "DART mothers", f(7, suppress)),
                new LabelledFigure("DART_CHILDREN", "DART children", f(11, suppress)),
                new LabelledFigure("CARING_DADS_PARTNER_CONTACT", "Caring Dads: partner contact made",
                        f(2, suppress)),
                new LabelledFigure("NEW_BEGINNINGS_CHILDREN_AT_HOME",
                        "New Beginnings: children remaining at home at the end", f(5, suppress))),
                creche);
        return new CompletionReport(scope, suppress, GENERATED, flow, attendance, List.of(cts, parenting),
                specifics, 0);
    }

    private static Figure f(int count, boolean suppress) {
        return Figure.of(count, suppress);
    }

    /** One stage's figures: answered, then each rate's numerator and denominator (none over pre or completers at PRE). */
    static StageResponse stage(Stage stage, int answered, boolean suppress, int started, int ofStarted, int pre, int ofPre,
                               int completers, int ofCompleters) {
        boolean first = stage == Stage.PRE;
        return new StageResponse(stage, f(answered, suppress), Rate.of(started, ofStarted, suppress),
                first ? null : Rate.of(pre, ofPre, suppress), first ? null : Rate.of(completers, ofCompleters, suppress));
    }
}
