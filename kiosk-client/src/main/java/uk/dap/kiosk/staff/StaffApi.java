package uk.dap.kiosk.staff;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import uk.dap.shared.api.KioskRegistered;
import uk.dap.shared.api.dataprotection.ErasureRequestView;
import uk.dap.shared.api.dataprotection.LegalHoldView;
import uk.dap.shared.api.dataprotection.NewErasureRequest;
import uk.dap.shared.api.dataprotection.NewLegalHold;
import uk.dap.shared.api.dataprotection.NewSubjectAccessRequest;
import uk.dap.shared.api.dataprotection.ReasonGiven;
import uk.dap.shared.api.dataprotection.RecordKind;
import uk.dap.shared.api.dataprotection.RetentionChange;
import uk.dap.shared.api.dataprotection.RetentionOutlook;
import uk.dap.shared.api.dataprotection.RetentionRuleView;
import uk.dap.shared.api.dataprotection.RetentionRunView;
import uk.dap.shared.api.dataprotection.SubjectAccessItemView;
import uk.dap.shared.api.dataprotection.SubjectAccessRequestView;
import uk.dap.shared.api.KioskView;
import uk.dap.shared.api.NewKiosk;
import uk.dap.shared.api.NewStaffAccount;
import uk.dap.shared.api.StaffAccountView;
import uk.dap.shared.api.StaffRef;
import uk.dap.shared.api.VenueView;
import uk.dap.shared.api.attendance.CohortRegister;
import uk.dap.shared.api.attendance.PinChange;
import uk.dap.shared.api.attendance.RegisterMark;
import uk.dap.shared.api.attendance.SessionRegister;
import uk.dap.shared.api.casework.AppointmentMark;
import uk.dap.shared.api.casework.AppointmentView;
import uk.dap.shared.api.casework.CaseNoteList;
import uk.dap.shared.api.casework.CaseNoteView;
import uk.dap.shared.api.casework.NewAppointment;
import uk.dap.shared.api.casework.NewCaseNote;
import uk.dap.shared.api.casework.NoteCorrection;
import uk.dap.shared.api.casework.NoteType;
import uk.dap.shared.api.casework.SensitiveAccessRequest;
import uk.dap.shared.api.casework.SensitiveAccessView;
import uk.dap.shared.api.cohort.AlertAcknowledgement;
import uk.dap.shared.api.cohort.AlertView;
import uk.dap.shared.api.cohort.ClosureDate;
import uk.dap.shared.api.cohort.CohortRoster;
import uk.dap.shared.api.cohort.CohortView;
import uk.dap.shared.api.cohort.NewCohort;
import uk.dap.shared.api.cohort.SessionCancellation;
import uk.dap.shared.api.cohort.SessionChange;
import uk.dap.shared.api.evaluation.EvaluationSummary;
import uk.dap.shared.api.evaluation.FollowUpDue;
import uk.dap.shared.api.evaluation.PaperResponse;
import uk.dap.shared.api.evaluation.ResponseView;
import uk.dap.shared.api.importing.ImportResult;
import uk.dap.shared.api.importing.ImportTemplate;
import uk.dap.shared.api.onetoone.NewBeginningsRecords;
import uk.dap.shared.api.onetoone.OneToOneEntry;
import uk.dap.shared.api.outcome.CompletionAssessment;
import uk.dap.shared.api.outcome.OutcomeChange;
import uk.dap.shared.api.outcome.OutcomeView;
import uk.dap.shared.api.participant.ChildStatusChange;
import uk.dap.shared.api.participant.ChildView;
import uk.dap.shared.api.participant.ContactChange;
import uk.dap.shared.api.participant.DuplicateDecision;
import uk.dap.shared.api.participant.DuplicateView;
import uk.dap.shared.api.participant.LinkCorrection;
import uk.dap.shared.api.participant.LinkEnding;
import uk.dap.shared.api.participant.LinkView;
import uk.dap.shared.api.participant.NewChild;
import uk.dap.shared.api.participant.NewLink;
import uk.dap.shared.api.participant.NewParticipant;
import uk.dap.shared.api.participant.ParticipantSummary;
import uk.dap.shared.api.participant.KeyWorkerAssignment;
import uk.dap.shared.api.participant.ParticipantView;
import uk.dap.shared.api.participant.SafeContact;
import uk.dap.shared.api.progress.ParticipantProgress;
import uk.dap.shared.api.referral.ConsentView;
import uk.dap.shared.api.referral.ConsentWithdrawal;
import uk.dap.shared.api.referral.DecisionView;
import uk.dap.shared.api.referral.EligibilityCheckView;
import uk.dap.shared.api.referral.EnrolmentView;
import uk.dap.shared.api.referral.NewConsent;
import uk.dap.shared.api.referral.NewDecision;
import uk.dap.shared.api.referral.NewReferral;
import uk.dap.shared.api.referral.NewRisk;
import uk.dap.shared.api.referral.Placement;
import uk.dap.shared.api.referral.EnrolmentState;
import uk.dap.shared.api.referral.ReferralSummary;
import uk.dap.shared.api.referral.ReferralView;
import uk.dap.shared.api.referral.RiskView;
import uk.dap.shared.api.referral.Transfer;
import uk.dap.shared.api.report.CompletionReport;
import uk.dap.shared.api.report.MyReferral;
import uk.dap.shared.api.report.ProgressReportRequest;
import uk.dap.shared.api.report.ReportScope;
import uk.dap.shared.api.report.ReportScopeKind;
import uk.dap.shared.client.DapClient;
import uk.dap.shared.client.Download;
import uk.dap.shared.evaluation.InstrumentDefinition;

/**
 * The staff screens' calls to the server, typed, in one place. Every method blocks: call them off the event thread.
 * Errors arrive as {@code ApiException} (with the server's problem) or {@code ServerUnreachableException}.
 */
public class StaffApi {
    private final DapClient client;

    public StaffApi(DapClient client) {
        this.client = client;
    }

    // Participants

    public List<ParticipantSummary> searchParticipants(String name, LocalDate dateOfBirth, String reference) {
        StringBuilder query = new StringBuilder();
        param(query, "name", name);
        param(query, "dateOfBirth", dateOfBirth == null ? null : dateOfBirth.toString());
        param(query, "reference", reference);
        return client.send("GET", "/api/participants" + query, null, DapClient.listOf(ParticipantSummary.class));
    }

    public ParticipantView participant(long id) {
        return client.send("GET", "/api/participants/" + id, null, ParticipantView.class);
    }

    public ParticipantView createParticipant(NewParticipant participant) {
        return client.send("POST", "/api/participants", participant, ParticipantView.class);
    }

    public ParticipantView changeContact(long id, ContactChange change) {
        return client.send("PUT", "/api/participants/" + id + "/contact", change, ParticipantView.class);
    }

    public ParticipantView changeSafeContact(long id, SafeContact safeContact) {
        return client.send("PUT", "/api/participants/" + id + "/safe-contact", safeContact, ParticipantView.class);
    }

    public ChildView addChild(long participantId, NewChild child) {
        return client.send("POST", "/api/participants/" + participantId + "/children", child, ChildView.class);
    }

    public ChildView changeChildStatus(long participantId, long childId, ChildStatusChange change) {
        return client.send("PUT", "/api/participants/" + participantId + "/children/" + childId + "/status", change, ChildView.class);
    }

    public LinkView addLink(long participantId, NewLink link) {
        return client.send("POST", "/api/participants/" + participantId + "/links", link, LinkView.class);
    }

    public List<DuplicateView> duplicates() {
        return client.send("GET", "/api/participants/duplicates", null, DapClient.listOf(DuplicateView.class));
    }

    public DuplicateView decideDuplicate(long pairId, DuplicateDecision decision) {
        return client.send("POST", "/api/participants/duplicates/" + pairId + "/decision", decision, DuplicateView.class);
    }

    public LinkView correctLink(long participantId, long linkId, LinkCorrection correction) {
        return client.send("PUT", "/api/participants/" + participantId + "/links/" + linkId, correction, LinkView.class);
    }

    public void endLink(long participantId, long linkId, LinkEnding ending) {
        client.send("POST", "/api/participants/" + participantId + "/links/" + linkId + "/end", ending, Void.class);
    }

    // Referrals

    /** The 200 newest referrals the caller may see. */
    public List<ReferralSummary> referrals() {
        return client.send("GET", "/api/referrals", null, DapClient.listOf(ReferralSummary.class));
    }

    /** Up to 500 referrals to one programme (all when null) that have got to one of {@code states}, newest first. */
    public List<ReferralSummary> referrals(String programme, EnrolmentState... states) {
        StringBuilder query = new StringBuilder();
        param(query, "programme", programme);
        param(query, "state", java.util.Arrays.stream(states).map(Enum::name).collect(java.util.stream.Collectors.joining(",")));
        param(query, "limit", "500");
        return client.send("GET", "/api/referrals" + query, null, DapClient.listOf(ReferralSummary.class));
    }

    public ReferralView referral(long id) {
        return client.send("GET", "/api/referrals/" + id, null, ReferralView.class);
    }

    public ReferralView createReferral(NewReferral referral) {
        return client.send("POST", "/api/referrals", referral, ReferralView.class);
    }

    public ConsentView addConsent(long referralId, NewConsent consent) {
        return client.send("POST", "/api/referrals/" + referralId + "/consents", consent, ConsentView.class);
    }

    public ConsentView withdrawConsent(long referralId, long consentId, ConsentWithdrawal withdrawal) {
        return client.send("POST", "/api/referrals/" + referralId + "/consents/" + consentId + "/withdrawal", withdrawal,
                ConsentView.class);
    }

    public RiskView addRisk(long referralId, NewRisk risk) {
        return client.send("POST", "/api/referrals/" + referralId + "/risk", risk, RiskView.class);
    }

    public EligibilityCheckView checkEligibility(long referralId) {
        return client.send("POST", "/api/referrals/" + referralId + "/eligibility-checks", null, EligibilityCheckView.class);
    }

    public DecisionView decide(long referralId, NewDecision decision) {
        return client.send("POST", "/api/referrals/" + referralId + "/decisions", decision, DecisionView.class);
    }

    // Enrolment

    public EnrolmentView transfer(long enrolmentId, long cohortId, String reason) {
        return client.send("POST", "/api/enrolments/" + enrolmentId + "/transfer", new Transfer(cohortId, reason), EnrolmentView.class);
    }

    public EnrolmentView place(long enrolmentId, long cohortId) {
        return client.send("POST", "/api/enrolments/" + enrolmentId + "/placement", new Placement(cohortId), EnrolmentView.class);
    }

    /** Takes back a placement: they are accepted and waiting to be placed again. */
    public EnrolmentView undoPlacement(long enrolmentId) {
        return client.send("DELETE", "/api/enrolments/" + enrolmentId + "/placement", null, EnrolmentView.class);
    }

    // Cohorts

    public CohortView createCohort(NewCohort cohort) {
        return client.send("POST", "/api/cohorts", cohort, CohortView.class);
    }

    /** The caller's current and upcoming cohorts (of one programme, or all when null), soonest first. */
    public List<CohortView> cohorts(String programme) {
        return cohorts(programme, "open");
    }

    /** {@code when}: open, current, upcoming, finished or all; at most the 500 first (finished and all: newest first). */
    public List<CohortView> cohorts(String programme, String when) {
        StringBuilder query = new StringBuilder();
        param(query, "programme", programme);
        param(query, "when", when);
        param(query, "limit", "500");
        return client.send("GET", "/api/cohorts" + query, null, DapClient.listOf(CohortView.class));
    }

    public CohortView cohort(long id) {
        return client.send("GET", "/api/cohorts/" + id, null, CohortView.class);
    }

    public CohortRoster roster(long cohortId) {
        return client.send("GET", "/api/cohorts/" + cohortId + "/roster", null, CohortRoster.class);
    }

    public CohortView moveSession(long cohortId, long sessionId, SessionChange change) {
        return client.send("PUT", "/api/cohorts/" + cohortId + "/sessions/" + sessionId, change, CohortView.class);
    }

    public CohortView cancelSession(long cohortId, long sessionId, SessionCancellation cancellation) {
        return client.send("POST", "/api/cohorts/" + cohortId + "/sessions/" + sessionId + "/cancellation", cancellation,
                CohortView.class);
    }

    // Attendance

    /** A session's register: who signed in, who is marked what, whether it is closed. */
    public SessionRegister sessionRegister(long sessionId) {
        return client.send("GET", "/api/sessions/" + sessionId + "/register", null, SessionRegister.class);
    }

    /** Marks one person; after closing this is a correction and the server wants a reason. */
    public SessionRegister mark(long sessionId, long enrolmentId, RegisterMark mark) {
        return client.send("PUT", "/api/sessions/" + sessionId + "/register/" + enrolmentId, mark, SessionRegister.class);
    }

    /** Marks a child who came with the mother (DART); the child's own mark. */
    public SessionRegister markChild(long sessionId, long enrolmentId, long childId, RegisterMark mark) {
        return client.send("PUT", "/api/sessions/" + sessionId + "/register/" + enrolmentId + "/children/" + childId, mark, SessionRegister.class);
    }

    /** Closes the register: anyone not marked is marked absent. */
    public SessionRegister closeRegister(long sessionId) {
        return client.send("POST", "/api/sessions/" + sessionId + "/register/closure", null, SessionRegister.class);
    }

    public CohortRegister cohortRegister(long cohortId) {
        return client.send("GET", "/api/cohorts/" + cohortId + "/register", null, CohortRegister.class);
    }

    /** Sets the signed-in member of staff's kiosk PIN (4 to 8 digits). */
    public void setPin(PinChange change) {
        client.send("PUT", "/api/me/pin", change, Void.class);
    }

    // Progress

    public ParticipantProgress progress(long participantId) {
        return client.send("GET", "/api/participants/" + participantId + "/progress", null, ParticipantProgress.class);
    }

    // Completion and outcomes

    public CompletionAssessment completionAssessment(long enrolmentId) {
        return client.send("GET", "/api/enrolments/" + enrolmentId + "/completion-assessment", null, CompletionAssessment.class);
    }

    /** Confirms completion on the day given (the day they completed, which the follow-up counts from). */
    public EnrolmentView confirmCompletion(long enrolmentId, java.time.LocalDate completedOn) {
        return client.send("POST", "/api/enrolments/" + enrolmentId + "/completion",
                new uk.dap.shared.api.outcome.CompletionConfirmation(completedOn), EnrolmentView.class);
    }

    public OutcomeView outcome(long enrolmentId) {
        return client.send("GET", "/api/enrolments/" + enrolmentId + "/outcome", null, OutcomeView.class);
    }

    public OutcomeView recordOutcome(long enrolmentId, OutcomeChange change) {
        return client.send("PUT", "/api/enrolments/" + enrolmentId + "/outcome", change, OutcomeView.class);
    }

    // New Beginnings one-to-one records

    public NewBeginningsRecords newBeginnings(long enrolmentId) {
        return client.send("GET", "/api/enrolments/" + enrolmentId + "/new-beginnings", null, NewBeginningsRecords.class);
    }

    /** Adds one record; {@code kindPath} is the path of its kind, e.g. "timeline-events", and the body its request record. */
    public OneToOneEntry addNewBeginningsRecord(long enrolmentId, String kindPath, Object body) {
        return client.send("POST", "/api/enrolments/" + enrolmentId + "/new-beginnings/" + kindPath, body, OneToOneEntry.class);
    }

    // Casework

    /** The participant's notes the caller may see, after the filters (each may be null). */
    public CaseNoteList notes(long participantId, NoteType type, LocalDate from, LocalDate to, String author, Boolean sensitive, String text) {
        StringBuilder query = new StringBuilder();
        param(query, "type", type == null ? null : type.name());
        param(query, "from", from == null ? null : from.toString());
        param(query, "to", to == null ? null : to.toString());
        param(query, "author", author);
        param(query, "sensitive", sensitive == null ? null : sensitive.toString());
        param(query, "text", text);
        return client.send("GET", "/api/participants/" + participantId + "/notes" + query, null, CaseNoteList.class);
    }

    public CaseNoteView addNote(long participantId, NewCaseNote note) {
        return client.send("POST", "/api/participants/" + participantId + "/notes", note, CaseNoteView.class);
    }

    /** Every version of a note, newest first. */
    public List<CaseNoteView> noteVersions(long participantId, long noteId) {
        return client.send("GET", "/api/participants/" + participantId + "/notes/" + noteId + "/versions", null,
                DapClient.listOf(CaseNoteView.class));
    }

    public CaseNoteView correctNote(long participantId, long noteId, NoteCorrection correction) {
        return client.send("POST", "/api/participants/" + participantId + "/notes/" + noteId + "/corrections", correction, CaseNoteView.class);
    }

    public SensitiveAccessView openSensitiveNotes(long participantId, String reason) {
        return client.send("POST", "/api/participants/" + participantId + "/sensitive-access", new SensitiveAccessRequest(reason),
                SensitiveAccessView.class);
    }

    public List<AppointmentView> appointments(long participantId) {
        return client.send("GET", "/api/participants/" + participantId + "/appointments", null, DapClient.listOf(AppointmentView.class));
    }

    public AppointmentView bookAppointment(long participantId, NewAppointment appointment) {
        return client.send("POST", "/api/participants/" + participantId + "/appointments", appointment, AppointmentView.class);
    }

    public AppointmentView markAppointment(long participantId, long appointmentId, AppointmentMark mark) {
        return client.send("PUT", "/api/participants/" + participantId + "/appointments/" + appointmentId + "/outcome", mark,
                AppointmentView.class);
    }

    // Import (docs/import.md)

    /** The import templates, one per kind of record. */
    public List<ImportTemplate> importTemplates() {
        return client.send("GET", "/api/imports", null, DapClient.listOf(ImportTemplate.class));
    }

    // Data protection (issue 22, docs/data-protection.md)

    public List<RetentionRuleView> retentionSchedule() {
        return client.send("GET", "/api/retention/schedule", null, DapClient.listOf(RetentionRuleView.class));
    }

    public RetentionRuleView changeRetention(RecordKind kind, RetentionChange change) {
        return client.send("PUT", "/api/retention/schedule/" + kind.name(), change, RetentionRuleView.class);
    }

    public RetentionOutlook retentionOutlook(int days) {
        return client.send("GET", "/api/retention/outlook?days=" + days, null, RetentionOutlook.class);
    }

    public RetentionRunView runRetention() {
        return client.send("POST", "/api/retention/runs", null, RetentionRunView.class);
    }

    public List<LegalHoldView> legalHolds() {
        return client.send("GET", "/api/legal-holds", null, DapClient.listOf(LegalHoldView.class));
    }

    public LegalHoldView placeLegalHold(long participantId, NewLegalHold hold) {
        return client.send("POST", "/api/participants/" + participantId + "/legal-holds", hold, LegalHoldView.class);
    }

    public LegalHoldView liftLegalHold(long holdId, String reason) {
        return client.send("POST", "/api/legal-holds/" + holdId + "/lift", new ReasonGiven(reason), LegalHoldView.class);
    }

    public List<ErasureRequestView> erasureRequests() {
        return client.send("GET", "/api/erasure-requests", null, DapClient.listOf(ErasureRequestView.class));
    }

    public ErasureRequestView requestErasure(NewErasureRequest request) {
        return client.send("POST", "/api/erasure-requests", request, ErasureRequestView.class);
    }

    public ErasureRequestView decideErasure(long requestId, boolean approve, String reason) {
        return client.send("POST", "/api/erasure-requests/" + requestId + (approve ? "/approve" : "/refuse"), new ReasonGiven(reason),
                ErasureRequestView.class);
    }

    public List<SubjectAccessRequestView> subjectAccessRequests() {
        return client.send("GET", "/api/subject-access-requests", null, DapClient.listOf(SubjectAccessRequestView.class));
    }

    public SubjectAccessRequestView logSubjectAccess(NewSubjectAccessRequest request) {
        return client.send("POST", "/api/subject-access-requests", request, SubjectAccessRequestView.class);
    }

    public SubjectAccessRequestView extendSubjectAccess(long requestId, String reason) {
        return client.send("POST", "/api/subject-access-requests/" + requestId + "/extension", new ReasonGiven(reason), SubjectAccessRequestView.class);
    }

    public List<SubjectAccessItemView> subjectAccessItems(long requestId) {
        return client.send("GET", "/api/subject-access-requests/" + requestId + "/items", null, DapClient.listOf(SubjectAccessItemView.class));
    }

    public void withholdItem(long requestId, String key, String exemption) {
        client.send("POST", "/api/subject-access-requests/" + requestId + "/items/" + key + "/withhold", new ReasonGiven(exemption), Void.class);
    }

    public void includeItem(long requestId, String key) {
        client.send("DELETE", "/api/subject-access-requests/" + requestId + "/items/" + key + "/withhold", null, Void.class);
    }

    public SubjectAccessRequestView releaseSubjectAccess(long requestId) {
        return client.send("POST", "/api/subject-access-requests/" + requestId + "/release", null, SubjectAccessRequestView.class);
    }

    public Download subjectAccessPack(long requestId) {
        return client.download("GET", "/api/subject-access-requests/" + requestId + "/pack", null);
    }

    /** A kind's template to fill in: {@code format} is csv or xlsx. */
    public Download importTemplate(String kind, String format) {
        return client.download("GET", "/api/imports/" + kind + "/template?format=" + format, null);
    }

    /** Every record of the kind that the user may see, as CSV in the template's columns. */
    public Download importExport(String kind) {
        return client.download("GET", "/api/imports/" + kind + "/export", null);
    }

    /** Checks a filled-in template (or, with {@code commit}, imports it), telling {@code sent} the bytes sent so far. */
    public ImportResult importFile(String kind, java.nio.file.Path file, boolean commit, java.util.function.LongConsumer sent) {
        String name = java.net.URLEncoder.encode(file.getFileName().toString(), java.nio.charset.StandardCharsets.UTF_8);
        String type = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")
                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv";
        return client.upload("/api/imports/" + kind + "?commit=" + commit + "&fileName=" + name, file, type, sent, ImportResult.class);
    }

    // Reports

    /** The completion report for one scope (only its kind's fields are read); small numbers suppressed or not. */
    public CompletionReport completionReport(ReportScope scope, boolean suppress) {
        return client.send("GET", "/api/reports/completion" + reportQuery(scope, suppress), null, CompletionReport.class);
    }

    /** The same report as a file: {@code format} is csv, xlsx or pdf. */
    public Download exportCompletionReport(ReportScope scope, boolean suppress, String format) {
        return client.download("GET", "/api/reports/completion/export?format=" + format + "&" + reportQuery(scope, suppress).substring(1), null);
    }

    /** A referrer's own referrals, with where each stands and the attendance rate. */
    public List<MyReferral> myReferrals() {
        return client.send("GET", "/api/reports/my-referrals", null, DapClient.listOf(MyReferral.class));
    }

    /** A session's register to print, blank, for when the kiosk is down (PDF). */
    public Download blankRegister(long sessionId) {
        return client.download("GET", "/api/sessions/" + sessionId + "/register/paper", null);
    }

    /** The progress report for a child protection meeting, as a PDF. */
    public Download progressReport(long participantId, ProgressReportRequest request) {
        return client.download("POST", "/api/participants/" + participantId + "/progress-report", request);
    }

    private static String reportQuery(ReportScope scope, boolean suppress) {
        StringBuilder query = new StringBuilder();
        switch (scope.kind()) {
            case COHORT -> param(query, "cohort", String.valueOf(scope.cohortId()));
            case PROGRAMME -> param(query, "programme", scope.programmeCode());
            case AGENCY -> param(query, "agency", scope.agency());
        }
        if (scope.kind() != ReportScopeKind.COHORT) {
            param(query, "from", scope.from() == null ? null : scope.from().toString());
            param(query, "to", scope.to() == null ? null : scope.to().toString());
        }
        param(query, "suppress", String.valueOf(suppress));
        return query.toString();
    }

    // Reference data

    public List<ClosureDate> closureDates() {
        return client.send("GET", "/api/closure-dates", null, DapClient.listOf(ClosureDate.class));
    }

    public ClosureDate addClosureDate(ClosureDate closure) {
        return client.send("POST", "/api/closure-dates", closure, ClosureDate.class);
    }

    public void removeClosureDate(java.time.LocalDate date) {
        client.send("DELETE", "/api/closure-dates/" + date, null, Void.class);
    }

    /** The programme catalogue as it is now (the session keeps the one read at sign-in). */
    public List<uk.dap.shared.api.ProgrammeView> catalogue() {
        return client.programmes();
    }

    public uk.dap.shared.api.ProgrammeView changeProgrammeSettings(String programme, uk.dap.shared.api.ProgrammeSettings settings) {
        return client.send("PUT", "/api/programmes/" + programme + "/settings", settings, uk.dap.shared.api.ProgrammeView.class);
    }

    public uk.dap.shared.api.evaluation.EvaluationPlanView evaluationPlan(String programme) {
        return client.send("GET", "/api/evaluation/plans/" + programme, null, uk.dap.shared.api.evaluation.EvaluationPlanView.class);
    }

    public uk.dap.shared.api.evaluation.EvaluationPlanView changeEvaluationPlan(String programme,
                                                                                uk.dap.shared.api.evaluation.EvaluationPlanChange change) {
        return client.send("PUT", "/api/evaluation/plans/" + programme, change, uk.dap.shared.api.evaluation.EvaluationPlanView.class);
    }

    public VenueView addVenue(uk.dap.shared.api.NewVenue venue) {
        return client.send("POST", "/api/venues", venue, VenueView.class);
    }

    public List<AlertView> alerts() {
        return client.send("GET", "/api/alerts", null, DapClient.listOf(AlertView.class));
    }

    public AlertView acknowledgeAlert(long alertId, AlertAcknowledgement acknowledgement) {
        return client.send("POST", "/api/alerts/" + alertId + "/acknowledgement", acknowledgement, AlertView.class);
    }

    public ParticipantView assignKeyWorker(long participantId, long accountId) {
        return client.send("PUT", "/api/participants/" + participantId + "/key-worker", new KeyWorkerAssignment(accountId), ParticipantView.class);
    }

    /** Staff in a role (FACILITATOR or KEY_WORKER), to choose from. */
    public List<StaffRef> staff(String role) {
        return client.send("GET", "/api/staff?role=" + role, null, DapClient.listOf(StaffRef.class));
    }

    public List<StaffAccountView> accounts() {
        return client.send("GET", "/api/accounts", null, DapClient.listOf(StaffAccountView.class));
    }

    public StaffAccountView createAccount(NewStaffAccount account) {
        return client.send("POST", "/api/accounts", account, StaffAccountView.class);
    }

    public StaffAccountView disableAccount(long id) {
        return client.send("POST", "/api/accounts/" + id + "/disable", null, StaffAccountView.class);
    }

    public StaffAccountView enableAccount(long id) {
        return client.send("POST", "/api/accounts/" + id + "/enable", null, StaffAccountView.class);
    }

    public StaffAccountView resetSecondFactor(long id) {
        return client.send("POST", "/api/accounts/" + id + "/second-factor/reset", null, StaffAccountView.class);
    }

    public List<KioskView> kiosks() {
        return client.send("GET", "/api/kiosks", null, DapClient.listOf(KioskView.class));
    }

    public KioskRegistered registerKiosk(NewKiosk kiosk) {
        return client.send("POST", "/api/kiosks", kiosk, KioskRegistered.class);
    }

    public KioskRegistered newKioskCode(long id) {
        return client.send("POST", "/api/kiosks/" + id + "/enrolment-code", null, KioskRegistered.class);
    }

    public KioskView revokeKiosk(long id) {
        return client.send("POST", "/api/kiosks/" + id + "/revocation", null, KioskView.class);
    }

    public List<VenueView> venues() {
        return client.send("GET", "/api/venues", null, DapClient.listOf(VenueView.class));
    }

    // Evaluations

    public List<InstrumentDefinition> instruments() {
        return client.send("GET", "/api/evaluation/instruments", null, DapClient.listOf(InstrumentDefinition.class));
    }

    public ResponseView enterPaperQuestionnaire(PaperResponse paper) {
        return client.send("POST", "/api/evaluation/responses", paper, ResponseView.class);
    }

    public List<FollowUpDue> followUps() {
        return client.send("GET", "/api/evaluation/follow-ups", null, DapClient.listOf(FollowUpDue.class));
    }

    public EvaluationSummary evaluation(long participantId) {
        return client.send("GET", "/api/evaluation/participants/" + participantId, null, EvaluationSummary.class);
    }

    private static void param(StringBuilder query, String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        query.append(query.length() == 0 ? '?' : '&')
                .append(name).append('=').append(URLEncoder.encode(value.trim(), StandardCharsets.UTF_8));
    }
}
