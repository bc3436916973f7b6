package uk.dap.server.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.dap.server.evaluation.domain.FollowUp;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.cohort.domain.Cohort;
import uk.dap.server.common.DomainException;
import uk.dap.server.evaluation.application.InstrumentCatalogue;
import uk.dap.server.programme.application.ProgrammeCatalogue;
import uk.dap.server.report.application.CompletionReportQuery.Person;
import uk.dap.server.report.export.CompletionReportExports;
import uk.dap.server.report.export.ExportFormat;
import uk.dap.server.report.export.ExportedFile;
import uk.dap.server.security.application.Access;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.server.security.application.Permission;
import uk.dap.server.security.application.ProgrammeLeads;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.referral.EnrolmentState;
import uk.dap.shared.api.referral.WithdrawalReason;
import uk.dap.shared.api.report.BandFigure;
import uk.dap.shared.api.report.CompletionReport;
import uk.dap.shared.api.report.Figure;
import uk.dap.shared.api.evaluation.Stage;
import uk.dap.shared.api.report.InstrumentChange;
import uk.dap.shared.api.report.RespondentGroup;
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
import uk.dap.shared.evaluation.InstrumentDefinition;
import uk.dap.shared.text.UkDates;

/**
 * The completion report a programme lead gives a board or a commissioner: counts and rates for a cohort, a programme
 * over referral dates, or a referring agency over referral dates, only ever over the programmes the caller leads.
 * Small numbers are suppressed unless the lead switches it off for internal use. Each generation is audited with its
 * scope, never with anything about a person.
 */
@ApplicationScoped
public class CompletionReports {
    /** Placed (or eligible) and not yet started: counted as waiting. */
    private static final java.util.Set<EnrolmentState> PLACED = java.util.EnumSet.of(EnrolmentState.ELIGIBLE, EnrolmentState.WAITING,
            EnrolmentState.ENROLLED);
    /** Personal attendance rate bands, highest first: label and the lowest whole percentage in the band. */
    static final List<Map.Entry<String, Integer>> BANDS = List.of(Map.entry("90-100%", 90), Map.entry("75-89%", 75),
            Map.entry("50-74%", 50), Map.entry("below 50%", 0));

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    Access permissions;
    @Inject
    ProgrammeLeads leads;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    ProgrammeCatalogue programmes;
    @Inject
    InstrumentCatalogue instruments;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    CompletionReportExports exports;
    @Inject
    ReportSummaries summaries;

    /** The request as it came, before it is checked. */
    public record Request(Long cohort, String programme, String agency, LocalDate from, LocalDate to, Boolean suppress) {
    }

    /**
     * The same report as a file. The format is checked before anything is read, and the export is audited beside the
     * report's own generation entry, so the trail shows which reports left the screen as files.
     */
    @Transactional
    public ExportedFile export(Request request, String format) {
        ExportFormat chosen = ExportFormat.parse(format).orElseThrow(() -> new DomainException(ProblemType.VALIDATION_FAILED,
                "Choose the format: csv, xlsx or pdf."));
        CompletionReport report = completion(request);
        ExportedFile file = exports.export(report, chosen);
        audit.record("EXPORT_COMPLETION_REPORT", "Report", report.scope().kind().name(), AuditOutcome.SUCCESS,
                file.fileName() + (report.suppressed() ? "; small numbers suppressed" : "; not suppressed"));
        return file;
    }

    @Transactional
    public CompletionReport completion(Request request) {
        Caller caller = currentCaller.require();
        permissions.require(caller, Permission.READ_COMPLETION_REPORTS);
        Set<String> led = leads.ledBy(caller);
        // Safe by default: only an explicit false shows small numbers.
        boolean suppress = request.suppress() == null || request.suppress();
        ReportScope scope = scope(request, led);
        CompletionReportQuery.Scope where = where(scope, led);
        LocalDate today = LocalDate.now(clock.withZone(UkDates.UK));
        // Every change committed before this moment is counted: the rows it made stale are rebuilt first (in their own
        // local transactions; usually none or a few, since the background refresher runs every second), and no batch
        // rewrites a row while the report reads. After a bulk load the queue is long: the report then answers on time
        // from the last good rows and says how many are still being brought up to date.
        ReportSummaries.Progress caughtUp = summaries.catchUp();
        try (ReportSummaries.Hold noRebuildsWhileReading = summaries.hold()) {
            CompletionReportQuery query = new CompletionReportQuery(em.unwrap(Connection.class), where, today);
            List<Person> people = query.people();
            ReportFlow flow = flow(people, suppress);
            ReportAttendance attendance = attendance(query, people, suppress);
            List<InstrumentChange> evaluation = evaluation(query, people, today, suppress);
            ProgrammeSpecifics specifics = specifics(query, people, suppress);
            audit.record("GENERATE_COMPLETION_REPORT", "Report", scope.kind().name(), AuditOutcome.SUCCESS,
                    scope.title() + (suppress ? "; small numbers suppressed" : "; not suppressed"));
            return new CompletionReport(scope, suppress, clock.instant(), flow, attendance, evaluation, specifics, caughtUp.waiting());
        } catch (SQLException e) {
            throw new IllegalStateException("The completion report could not be read from the database", e);
        }
    }

    private ReportScope scope(Request request, Set<String> led) {
        int given = (request.cohort() == null ? 0 : 1) + (blank(request.programme()) ? 0 : 1) + (blank(request.agency()) ? 0 : 1);
        if (given != 1) {
            throw new DomainException(ProblemType.VALIDATION_FAILED,
                    "Give exactly one of cohort, programme (with from and to) or agency (with from and to).");
        }
        if (request.cohort() != null) {
            long id = request.cohort();
            Cohort cohort = em.find(Cohort.class, id);
            if (cohort == null || !led.contains(cohort.programmeCode())) {
                throw new DomainException(ProblemType.NOT_FOUND, "There is no cohort " + id + " of a programme you lead.");
            }
            return new ReportScope(ReportScopeKind.COHORT, cohort.programmeCode(), id, null, null, null,
                    programmes.require(cohort.programmeCode()).name() + ", cohort starting " + UkDates.date(cohort.startDate()));
        }
        LocalDate from = date("from", request.from());
        LocalDate to = date("to", request.to());
        if (from.isAfter(to)) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "The date 'from' must not be after 'to'.");
        }
        String range = UkDates.date(from) + " to " + UkDates.date(to);
        if (!blank(request.programme())) {
            String code = request.programme().trim().toUpperCase();
            String name = programmes.require(code).name();
            if (!led.contains(code)) {
                throw new DomainException(ProblemType.FORBIDDEN, "Only a lead of " + name + " may report on it.");
            }
            return new ReportScope(ReportScopeKind.PROGRAMME, code, null, null, from, to, name + ", " + range);
        }
        if (led.isEmpty()) {
            throw new DomainException(ProblemType.FORBIDDEN, "You lead no programme to report on.");
        }
        String agency = request.agency().trim();
        return new ReportScope(ReportScopeKind.AGENCY, null, null, agency, from, to, "Referrals from " + agency + ", " + range);
    }

    private static CompletionReportQuery.Scope where(ReportScope scope, Set<String> led) {
        return switch (scope.kind()) {
            case COHORT -> new CompletionReportQuery.Scope("m.cohort_id = ?", "e.cohort_id = ?", List.of(scope.cohortId()));
            case PROGRAMME -> new CompletionReportQuery.Scope("m.programme_code = ? AND m.referred_on BETWEEN ? AND ?",
                    "r.programme_code = ? AND r.referred_on BETWEEN ? AND ?", List.of(scope.programmeCode(), scope.from(), scope.to()));
            case AGENCY -> {
                List<Object> values = new ArrayList<>();
                values.add(scope.agency());
                values.add(scope.from());
                values.add(scope.to());
                values.addAll(led);
                String programmes = String.join(",", led.stream().map(x -> "?").toList());
                yield new CompletionReportQuery.Scope(
                        "m.external_agency = ? AND m.referred_on BETWEEN ? AND ? AND m.programme_code IN (" + programmes + ")",
                        "r.external_agency = ? AND r.referred_on BETWEEN ? AND ? AND r.programme_code IN (" + programmes + ")", values);
            }
        };
    }

    private static ReportFlow flow(List<Person> people, boolean suppress) {
        int assessed = 0, eligible = 0, declined = 0, waiting = 0, started = 0, completed = 0, withdrawn = 0, active = 0;
        // In the order of WithdrawalReason, as the report lists them.
        Map<WithdrawalReason, Integer> reasons = new java.util.EnumMap<>(WithdrawalReason.class);
        List<Long> weeksToWithdrawal = new ArrayList<>();
        for (Person p : people) {
            assessed += p.assessed() ? 1 : 0;
            eligible += p.accepted() ? 1 : 0;
            declined += p.declined() ? 1 : 0;
            boolean placedNotStarted = PLACED.contains(p.state()) && !p.started();
            waiting += placedNotStarted ? 1 : 0;
            if (p.started()) {
                started++;
                completed += p.state() == EnrolmentState.COMPLETED ? 1 : 0;
                active += p.state() == EnrolmentState.ENROLLED ? 1 : 0;
            }
            if (p.state() == EnrolmentState.WITHDRAWN) {
                withdrawn++;
                WithdrawalReason reason = p.withdrawalReason() == null ? WithdrawalReason.OTHER : p.withdrawalReason();
                reasons.merge(reason, 1, Integer::sum);
                if (p.started() && p.endedOn() != null) {
                    weeksToWithdrawal.add(ChronoUnit.DAYS.between(p.firstAttended(), p.endedOn()));
                }
            }
        }
        List<WithdrawalReason> occurred = List.copyOf(reasons.keySet());
        List<Figure> reasonFigures = Suppression.partsOfATotal(occurred.stream().map(reasons::get).toList(), suppress);
        List<ReasonFigure> byReason = new ArrayList<>();
        for (int i = 0; i < occurred.size(); i++) {
            byReason.add(new ReasonFigure(occurred.get(i).name(), occurred.get(i).label(), reasonFigures.get(i)));
        }
        Double median = median(weeksToWithdrawal);
        boolean medianWithheld = median != null && suppress && weeksToWithdrawal.size() < Figure.THRESHOLD;
        return new ReportFlow(Figure.of(people.size(), suppress), Figure.of(assessed, suppress), Figure.of(eligible, suppress),
                Figure.of(declined, suppress), Figure.of(waiting, suppress), Figure.of(started, suppress), Figure.of(completed, suppress),
                Figure.of(withdrawn, suppress), byReason, Figure.of(active, suppress), Rate.of(completed, started, suppress),
                medianWithheld ? null : median, medianWithheld);
    }

    /** The median of days, in weeks to one decimal place. */
    static Double median(List<Long> days) {
        if (days.isEmpty()) {
            return null;
        }
        List<Long> sorted = days.stream().sorted().toList();
        int n = sorted.size();
        double middle = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return Math.round(middle / 7.0 * 10) / 10.0;
    }

    private static ReportAttendance attendance(CompletionReportQuery query, List<Person> people, boolean suppress) throws SQLException {
        List<WeekRate> weeks = new ArrayList<>();
        int expectedInAllWeeks = 0, attendedInAllWeeks = 0;
        for (CompletionReportQuery.Week w : query.weeks()) {
            expectedInAllWeeks += w.expected();
            attendedInAllWeeks += w.attended();
            weeks.add(new WeekRate(w.number(), Figure.of(w.expected(), suppress), Figure.of(w.attended(), suppress),
                    Rate.of(w.attended(), w.expected(), suppress)));
        }
        int[] counts = new int[BANDS.size()];
        for (Person p : people) {
            if (!p.started() || p.held() == 0) {
                continue;
            }
            for (int i = 0; i < BANDS.size(); i++) {
                // Compared in whole numbers, so 89.9% is in "75-89%" and never rounded up into the top band.
                if (p.attended() * 100 >= BANDS.get(i).getValue() * p.held()) {
                    counts[i]++;
                    break;
                }
            }
        }
        // The bands add up to those who started, which the flow shows: one hidden band alone could be worked out.
        List<Figure> bandFigures = Suppression.partsOfATotal(java.util.Arrays.stream(counts).boxed().toList(), suppress);
        List<BandFigure> bands = new ArrayList<>();
        for (int i = 0; i < BANDS.size(); i++) {
            bands.add(new BandFigure(BANDS.get(i).getKey(), bandFigures.get(i)));
        }
        // Over everyone expected, as the weekly chart is, so the overall rate and the chart tell the same story.
        return new ReportAttendance(weeks, bands, Rate.of(attendedInAllWeeks, expectedInAllWeeks, suppress));
    }

    /**
     * The evaluation section: per questionnaire in the plans of the programmes in scope (and any other answered), for
     * each group of respondents, who answered at each stage, the response rates and the paired change.
     */
    private List<InstrumentChange> evaluation(CompletionReportQuery query, List<Person> people, LocalDate today, boolean suppress)
            throws SQLException {
        Map<String, CompletionReportQuery.Plan> plans = query.plans();
        RespondentGroup adults = !people.isEmpty() && people.stream().allMatch(p -> p.programme().equals("DART"))
                ? RespondentGroup.MOTHERS : RespondentGroup.PARTICIPANTS;
        Map<String, EvaluationTally> tallies = new LinkedHashMap<>();
        // Per person: each respondent's (null: the participant; else a child's id) scores by instrument and stage.
        Map<Long, Map<String, Double[]>> byRespondent = new LinkedHashMap<>();
        for (Person p : people) {
            CompletionReportQuery.Plan plan = plans.get(p.programme());
            byRespondent.clear();
            byRespondent.put(null, new LinkedHashMap<>());
            p.childrenStarted().forEach(child -> byRespondent.put(child, new LinkedHashMap<>()));
            CompletionReportQuery.responses(p, (instrument, stage, score, child) -> byRespondent
                    .computeIfAbsent(child, k -> new LinkedHashMap<>())
                    .computeIfAbsent(instrument, k -> new Double[Stage.values().length])[Stage.valueOf(stage).ordinal()] =
                    score == null ? Double.NaN : Double.parseDouble(score));
            boolean completed = p.state() == EnrolmentState.COMPLETED;
            boolean followUpDue = plan != null && followUpDue(p, plan, today);
            byRespondent.forEach((child, scores) -> {
                boolean isChild = child != null;
                if (plan != null) {
                    // Everyone the plan asks counts in its rates, answered or not: adults for adults' questionnaires,
                    // children for children's.
                    for (String[] entry : plan.entries()) {
                        if (forChildren(entry[1]) == isChild) {
                            scores.computeIfAbsent(entry[1], k -> new Double[Stage.values().length]);
                        }
                    }
                }
                EvaluationTally.Respondent who = new EvaluationTally.Respondent(
                        isChild ? p.childrenStarted().contains(child) : p.started(), completed, followUpDue);
                RespondentGroup group = isChild ? RespondentGroup.CHILDREN : adults;
                scores.forEach((instrument, byStage) -> {
                    boolean[] asked = new boolean[Stage.values().length];
                    boolean[] answered = new boolean[Stage.values().length];
                    for (Stage stage : Stage.values()) {
                        asked[stage.ordinal()] = plan != null && forChildren(instrument) == isChild && asks(plan, stage.name(), instrument);
                        answered[stage.ordinal()] = byStage[stage.ordinal()] != null;
                    }
                    tallies.computeIfAbsent(instrument + " " + group, k -> new EvaluationTally(instrument, group))
                            .add(who, asked, answered, scored(byStage[Stage.PRE.ordinal()]), scored(byStage[Stage.POST.ordinal()]));
                });
            });
        }
        List<InstrumentChange> changes = new ArrayList<>();
        for (EvaluationTally tally : tallies.values()) {
            String code = tally.instrument();
            String title = instruments.exists(code) ? InstrumentDefinition.in(instruments.require(code).title(), "en") : code;
            changes.add(tally.figures(title, suppress));
        }
        return changes;
    }

    /** Whether each child answers this questionnaire, rather than the participant. */
    private boolean forChildren(String instrument) {
        return instruments.exists(instrument) && instruments.require(instrument).forChildren();
    }

    /** A stored score; an answer the questionnaire gave no score for (too few items answered) is held as NaN. */
    private static Double scored(Double score) {
        return score == null || score.isNaN() ? null : score;
    }

    private static boolean asks(CompletionReportQuery.Plan plan, String stage, String instrument) {
        for (String[] entry : plan.entries()) {
            if (entry[0].equals(stage) && entry[1].equals(instrument)) {
                return true;
            }
        }
        return false;
    }

    private static boolean followUpDue(Person p, CompletionReportQuery.Plan plan, LocalDate today) {
        return FollowUp.due(p.state(), p.endedOn(), plan.followUpMonths(), today);
    }

    private static ProgrammeSpecifics specifics(CompletionReportQuery query, List<Person> people, boolean suppress) throws SQLException {
        Set<String> in = new LinkedHashSet<>();
        people.forEach(p -> in.add(p.programme()));
        List<LabelledFigure> figures = new ArrayList<>();
        if (in.contains("DART")) {
            int mothers = (int) people.stream().filter(p -> p.programme().equals("DART") && p.started()).count();
            figures.add(new LabelledFigure("DART_MOTHERS", "DART mothers who started", Figure.of(mothers, suppress)));
            figures.add(new LabelledFigure("DART_CHILDREN", "DART children who started with their mothers",
                    Figure.of(query.dartChildren(), suppress)));
        }
        if (in.contains("CARING_DADS")) {
            figures.add(new LabelledFigure("CARING_DADS_PARTNER_CONTACT", "Caring Dads men whose partner was contacted",
                    Figure.of(query.partnersContacted(), suppress)));
        }
        if (in.contains("NEW_BEGINNINGS")) {
            figures.add(new LabelledFigure("NEW_BEGINNINGS_CHILDREN_AT_HOME", "New Beginnings children remaining at home at the end",
                    Figure.of(query.childrenAtHome(), suppress)));
        }
        List<WeekFigure> creche = new ArrayList<>();
        if (in.contains("GATEWAY")) {
            for (CompletionReportQuery.Week w : query.crecheByWeek()) {
                creche.add(new WeekFigure(w.number(), Figure.of(w.attended(), suppress)));
            }
        }
        return new ProgrammeSpecifics(figures, creche);
    }

    private static LocalDate date(String name, LocalDate value) {
        if (value == null) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "Give '" + name + "' as a date, e.g. 2026-04-01.");
        }
        return value;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
