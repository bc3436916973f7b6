package uk.dap.kiosk.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import uk.dap.shared.api.Problem;
import uk.dap.shared.api.ProgrammeRules;
import uk.dap.shared.api.ProgrammeView;
import uk.dap.shared.api.StaffRef;
import uk.dap.shared.api.VenueView;
import uk.dap.shared.api.attendance.AttendanceStatus;
import uk.dap.shared.api.attendance.CohortRegister;
import uk.dap.shared.api.attendance.PinChange;
import uk.dap.shared.api.attendance.RegisterEntry;
import uk.dap.shared.api.attendance.SessionRegister;
import uk.dap.shared.api.cohort.AlertAcknowledgement;
import uk.dap.shared.api.cohort.AlertKind;
import uk.dap.shared.api.cohort.AlertView;
import uk.dap.shared.api.cohort.CohortRoster;
import uk.dap.shared.api.cohort.CohortView;
import uk.dap.shared.api.cohort.NewCohort;
import uk.dap.shared.api.cohort.RosterEntry;
import uk.dap.shared.api.cohort.SessionStatus;
import uk.dap.shared.api.cohort.SessionView;
import uk.dap.shared.api.cohort.WaitingEntry;
import uk.dap.shared.api.participant.ChildView;
import uk.dap.shared.api.participant.ContactView;
import uk.dap.shared.api.participant.Gender;
import uk.dap.shared.api.participant.LinkRole;
import uk.dap.shared.api.participant.LinkView;
import uk.dap.shared.api.participant.ParticipantSummary;
import uk.dap.shared.api.participant.ParticipantView;
import uk.dap.shared.api.participant.Relationship;
import uk.dap.shared.api.participant.SafeContact;
import uk.dap.shared.api.participant.SocialCareStatus;
import uk.dap.shared.api.referral.AgencyType;
import uk.dap.shared.api.referral.ConsentBasis;
import uk.dap.shared.api.referral.ConsentPurpose;
import uk.dap.shared.api.referral.ConsentView;
import uk.dap.shared.api.referral.DecisionView;
import uk.dap.shared.api.referral.EligibilityCheckView;
import uk.dap.shared.api.referral.EligibilityOutcome;
import uk.dap.shared.api.referral.EnrolmentState;
import uk.dap.shared.api.referral.EnrolmentView;
import uk.dap.shared.api.referral.ReferralAnswers;
import uk.dap.shared.api.referral.ReferralSummary;
import uk.dap.shared.api.referral.ReferralView;
import uk.dap.shared.api.referral.RiskLevel;
import uk.dap.shared.api.referral.RiskView;
import uk.dap.shared.api.referral.RuleOutcome;
import uk.dap.shared.api.referral.RuleResultView;
import uk.dap.shared.client.ApiException;

/**
 * Fixed, fictional answers in place of the server, so that the screens' layout and their handling of withheld fields
 * can be checked in a second, without a server.
 */
class CannedStaffApi extends StaffApi {
    static final Instant NOW = Instant.parse("2026-11-23T10:15:00Z");
    static final ParticipantSummary TESTY = new ParticipantSummary(12L, "P-000012", "Testy", "Example", LocalDate.of(1990, 4, 2), Gender.FEMALE);

    CannedStaffApi() {
        super(null);
    }

    static List<ProgrammeView> programmes() {
        ProgrammeView.CompletionRule rule = new ProgrammeView.CompletionRule(75, true, false);
        return List.of(
                new ProgrammeView("CARING_DADS", "Caring Dads", "fathers", 17, 120, new ProgrammeView.CompletionRule(75, true, true),
                        new ProgrammeRules(null, 0, 16, RiskLevel.MEDIUM, 12, 10, 15, 2, 10, 14, 10, 2), 1,
                        java.util.EnumSet.complementOf(java.util.EnumSet.of(Gender.FEMALE)),
                        List.of("fatherFigure", "abusiveToMother", "hostileAfterSeparation", "mainConcernChildSexualAbuse")),
                new ProgrammeView("FREEDOM", "Freedom Programme", "female victims", 12, 120, rule,
                        new ProgrammeRules(16, null, null, null, 12, 1, 50, 1, 10, 14, 10, 2), 1,
                        java.util.EnumSet.of(Gender.FEMALE, Gender.NOT_SAID), List.of("experiencedDomesticAbuse")));
    }

    @Override
    public List<uk.dap.shared.api.importing.ImportTemplate> importTemplates() {
        return List.of(new uk.dap.shared.api.importing.ImportTemplate("participants", "Participants",
                "One row per person: their details, how it is safe to contact them, and their key worker.", List.of(
                new uk.dap.shared.api.importing.ImportColumn("Service reference", true, "your own reference", "CD-2019-0042"),
                new uk.dap.shared.api.importing.ImportColumn("First name", true, "up to 60 characters", "Testy"),
                new uk.dap.shared.api.importing.ImportColumn("Key worker", false, "a key worker's username", "demo-keyworker"))));
    }

    @Override
    public uk.dap.shared.api.dataprotection.RetentionOutlook retentionOutlook(int days) {
        List<uk.dap.shared.api.dataprotection.RetentionDue> kinds = new java.util.ArrayList<>();
        for (uk.dap.shared.api.dataprotection.RecordKind kind : uk.dap.shared.api.dataprotection.RecordKind.values()) {
            kinds.add(new uk.dap.shared.api.dataprotection.RetentionDue(kind, kind.label(), kind.ordinal() % 3, kind.ordinal() % 2, kind.ordinal() == 1 ? 1 : 0));
        }
        LocalDate today = LocalDate.of(2026, 11, 23);
        return new uk.dap.shared.api.dataprotection.RetentionOutlook(today, today.plusDays(days), kinds,
                new uk.dap.shared.api.dataprotection.RetentionRunView(4, "NIGHTLY", today, NOW, NOW, List.of(
                        new uk.dap.shared.api.dataprotection.RetentionRunView.RetentionRunCount(uk.dap.shared.api.dataprotection.RecordKind.CONTACT_DETAILS,
                                uk.dap.shared.api.dataprotection.RecordKind.CONTACT_DETAILS.label(), 2, 2)), 1));
    }

    @Override
    public List<uk.dap.shared.api.dataprotection.RetentionRuleView> retentionSchedule() {
        List<uk.dap.shared.api.dataprotection.RetentionRuleView> rules = new java.util.ArrayList<>();
        for (uk.dap.shared.api.dataprotection.RecordKind kind : uk.dap.shared.api.dataprotection.RecordKind.values()) {
            rules.add(new uk.dap.shared.api.dataprotection.RetentionRuleView(kind, kind.label(), kind.removes(), kind == uk.dap.shared.api.dataprotection.RecordKind.CONTACT_DETAILS ? 12 : 72,
                    kind.start(), kind.start().label(), null, null));
        }
        return rules;
    }

    @Override
    public List<uk.dap.shared.api.dataprotection.ErasureRequestView> erasureRequests() {
        return List.of(new uk.dap.shared.api.dataprotection.ErasureRequestView(3, 12, "P-000012", "Article 17(1)(a): no longer needed", "demo-keyworker",
                NOW, "PENDING", null, null, null));
    }

    @Override
    public List<uk.dap.shared.api.dataprotection.LegalHoldView> legalHolds() {
        return List.of(new uk.dap.shared.api.dataprotection.LegalHoldView(1, 13, "P-000013", uk.dap.shared.api.dataprotection.HoldGrounds.COURT_PROCEEDINGS,
                uk.dap.shared.api.dataprotection.HoldGrounds.COURT_PROCEEDINGS.label(), "Family court case 123 (fictional)", "demo-lead", NOW, null, null, null));
    }

    @Override
    public List<uk.dap.shared.api.dataprotection.SubjectAccessRequestView> subjectAccessRequests() {
        return List.of(new uk.dap.shared.api.dataprotection.SubjectAccessRequestView(2, 13, "P-000013", LocalDate.of(2026, 10, 27), "Photo ID seen",
                "demo-lead", NOW, LocalDate.of(2026, 11, 27), null, null, "OPEN", 4, "Due in 4 days (27 Nov 2026)", 0, null, null, null));
    }

    @Override
    public List<ParticipantSummary> searchParticipants(String name, LocalDate dateOfBirth, String reference) {
        return List.of(TESTY, new ParticipantSummary(13L, "P-000013", "Sample", "Person", LocalDate.of(1985, 9, 30), Gender.MALE));
    }

    @Override
    public ParticipantView participant(long id) {
        if (id == 13L) {
            // As a referrer might see someone: contact and safe contact withheld.
            return new ParticipantView(13L, "P-000013", "Sample", "Person", LocalDate.of(1985, 9, 30), Gender.MALE, null, false,
                    null, null, null, null, null, List.of(), List.of(new LinkView(2L, null, Relationship.EX_PARTNER,
                    LinkRole.PERPETRATOR, LinkRole.VICTIM, false)), List.of(), "REFERRER");
        }
        return new ParticipantView(12L, "P-000012", "Testy", "Example", LocalDate.of(1990, 4, 2), Gender.FEMALE, "Polish", true,
                "Step-free access; large print handouts", new ContactView("1 Nowhere Lane, Exampletown", "ZZ1 1ZZ",
                "00000 000000", "testy@example.invalid", true, "Moved to a refuge"),
                new SafeContact(true, false, true, false, true, "bluebell", "Weekdays 10:00 to 12:00"), RiskLevel.HIGH,
                new StaffRef(4L, "Kay Fictional (demo key worker)"),
                List.of(new ChildView(1L, "Little", "Example", LocalDate.of(2016, 6, 1), true, true,
                        SocialCareStatus.CHILD_IN_NEED, LocalDate.of(2026, 10, 1), false)),
                List.of(new LinkView(1L, null, Relationship.EX_PARTNER, LinkRole.VICTIM, LinkRole.PERPETRATOR, false)),
                List.of(summary()), "PROGRAMME_LEAD");
    }

    static ReferralSummary summary() {
        return new ReferralSummary(30L, 40L, 12L, "P-000012", "Testy Example", "FREEDOM", LocalDate.of(2026, 11, 20),
                EnrolmentState.ELIGIBLE, null);
    }

    @Override
    public List<ReferralSummary> referrals() {
        return List.of(summary());
    }

    @Override
    public List<ReferralSummary> referrals(String programme, EnrolmentState... states) {
        return referrals().stream().filter(r -> (programme == null || programme.equals(r.programme()))
                && (states.length == 0 || java.util.Arrays.asList(states).contains(r.state()))).toList();
    }

    @Override
    public ReferralView referral(long id) {
        return new ReferralView(30L, TESTY, "FREEDOM", "Lee Sample (demo programme lead)", AgencyType.IDVA_SERVICE,
                "Exampletown IDVA Service", "A. Worker", LocalDate.of(2026, 11, 20),
                "Asked for a place on the next group after leaving an abusive relationship.",
                new ReferralAnswers(null, null, null, null, true), List.of(), risk(), List.of(risk()),
                List.of(new ConsentView(1L, ConsentPurpose.REFERRAL, ConsentBasis.CONSENT, null, "A. Worker",
                                LocalDate.of(2026, 11, 20), null, null, "demo-lead", null, null, true),
                        new ConsentView(2L, ConsentPurpose.INFORMATION_SHARING, ConsentBasis.CONSENT, "Police; Health visitor",
                                "A. Worker", LocalDate.of(2026, 11, 20), null, null, "demo-lead", LocalDate.of(2026, 11, 22),
                                "Changed her mind", false)),
                check(), List.of(new DecisionView(1L, uk.dap.shared.api.referral.DecisionKind.ACCEPT, "Meets the criteria", null,
                        EligibilityOutcome.ELIGIBLE, "Lee Sample (demo programme lead)", NOW)),
                new EnrolmentView(40L, 30L, EnrolmentState.ELIGIBLE, null, null, false, null, null, null,
                        List.of(EnrolmentState.WAITING, EnrolmentState.ENROLLED)));
    }

    static RiskView risk() {
        return new RiskView(11, RiskLevel.MEDIUM, RiskLevel.HIGH, "Threats to kill", RiskLevel.HIGH, true,
                LocalDate.of(2026, 11, 3), "demo-lead", NOW);
    }

    static EligibilityCheckView check() {
        return new EligibilityCheckView(5L, EligibilityOutcome.ELIGIBLE, List.of(
                new RuleResultView("WOMAN", RuleOutcome.PASS, "She is a woman."),
                new RuleResultView("MIN_AGE", RuleOutcome.PASS, "She is 36, at least 16."),
                new RuleResultView("EXPERIENCED_ABUSE", RuleOutcome.PASS, "She has experienced domestic abuse."),
                new RuleResultView("CONSENT", RuleOutcome.UNKNOWN, "Consent to the referral is not recorded yet.")),
                NOW, "Lee Sample (demo programme lead)");
    }

    @Override
    public EligibilityCheckView checkEligibility(long referralId) {
        return check();
    }

    @Override
    public List<StaffRef> staff(String role) {
        return List.of(new StaffRef(3L, "Fran Placeholder (demo facilitator)"), new StaffRef(6L, "Fay Invented (demo facilitator)"));
    }

    @Override
    public List<VenueView> venues() {
        return List.of(new VenueView(1L, "Riverside Family Hub (demo)"), new VenueView(2L, "Hilltop Centre (demo)"));
    }

    static CohortView cohort() {
        List<SessionView> sessions = new ArrayList<>();
        LocalDate day = LocalDate.of(2027, 1, 11);
        for (int i = 1; i <= 12; i++) {
            sessions.add(new SessionView((long) 100 + i, i, day, LocalTime.of(10, 0), 120, 1L, "Riverside Family Hub (demo)",
                    i == 3 ? SessionStatus.CANCELLED : SessionStatus.SCHEDULED, i == 3 ? "Building closed" : null));
            day = day.plusWeeks(i == 6 ? 2 : 1);
        }
        return new CohortView(50L, "FREEDOM", "Freedom Programme", 1L, "Riverside Family Hub (demo)", "Room 2",
                LocalDate.of(2027, 1, 11), "Monday", LocalTime.of(10, 0), 120, 12,
                List.of(new StaffRef(3L, "Fran Placeholder (demo facilitator)")), 1, 1, sessions);
    }

    @Override
    public CohortView cohort(long id) {
        return cohort();
    }

    @Override
    public List<ProgrammeView> catalogue() {
        return programmes();
    }

    @Override
    public uk.dap.shared.api.evaluation.EvaluationPlanView evaluationPlan(String programme) {
        return new uk.dap.shared.api.evaluation.EvaluationPlanView(programme, "Freedom Programme", 6, List.of(), 1);
    }

    /** The week the canned cohort skips, after its sixth session. */
    @Override
    public List<uk.dap.shared.api.cohort.ClosureDate> closureDates() {
        return List.of(new uk.dap.shared.api.cohort.ClosureDate(LocalDate.of(2027, 2, 22), "Half-term closure (demo)"));
    }

    @Override
    public CohortView createCohort(NewCohort cohort) {
        return cohort();
    }

    @Override
    public CohortRoster roster(long cohortId) {
        return new CohortRoster(50L, 12, List.of(new RosterEntry(40L, 12L, "P-000012", "Testy", "Example", NOW)),
                List.of(new WaitingEntry(1, 41L, 14L, "P-000014", "Waity", "Person", LocalDate.of(2026, 11, 21), true)));
    }

    @Override
    public EnrolmentView place(long enrolmentId, long cohortId) {
        throw new ApiException(new Problem("urn:dap:problem:separation-rule", "Separation rule", 409,
                "This person is linked to someone in this cohort or at an overlapping session at this venue, so they cannot be placed here.", null, null));
    }

    /** A cohort running now, for the register screens (which list every cohort): weekly from three weeks ago, week 3 cancelled. */
    static CohortView runningCohort() {
        LocalDate first = LocalDate.now(uk.dap.shared.text.UkDates.UK).minusWeeks(4);
        List<SessionView> sessions = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            sessions.add(new SessionView((long) 200 + i, i, first.plusWeeks(i - 1), LocalTime.of(10, 0), 120, 1L,
                    "Riverside Family Hub (demo)", i == 3 ? SessionStatus.CANCELLED : SessionStatus.SCHEDULED,
                    i == 3 ? "Building closed" : null));
        }
        return new CohortView(51L, "FREEDOM", "Freedom Programme", 1L, "Riverside Family Hub (demo)", "Room 1", first, "Monday",
                LocalTime.of(10, 0), 120, 12, List.of(new StaffRef(3L, "Fran Placeholder (demo facilitator)")), 3, 0, sessions);
    }

    /** In the server's order: open, current and upcoming soonest first; finished and all newest first. */
    @Override
    public List<CohortView> cohorts(String programme, String when) {
        java.util.Comparator<CohortView> byStart = java.util.Comparator.comparing(CohortView::startDate);
        return (programme == null ? List.of(runningCohort(), cohort()) : List.of(cohort())).stream()
                .sorted("all".equals(when) || "finished".equals(when) ? byStart.reversed() : byStart).toList();
    }

    @Override
    public SessionRegister sessionRegister(long sessionId) {
        SessionView s = runningCohort().sessions().stream().filter(v -> v.id() == sessionId).findFirst().orElseThrow();
        return new SessionRegister(sessionId, 51L, s.number(), s.date(), s.startTime(), s.status(), false, null, null, List.of(
                new RegisterEntry(40L, 12L, "P-000012", "Testy", "Example", AttendanceStatus.PRESENT, NOW.minusSeconds(780),
                        NOW.minusSeconds(720), "Kiosk (Group room 1)", null, List.of()),
                new RegisterEntry(41L, 14L, "P-000014", "Waity", "Person", AttendanceStatus.EXCUSED, null, NOW,
                        "Fran Placeholder (demo facilitator)", null, List.of()),
                new RegisterEntry(42L, 13L, "P-000013", "Sample", "Person", null, null, null, null, null, List.of())));
    }

    @Override
    public CohortRegister cohortRegister(long cohortId) {
        CohortView c = runningCohort();
        List<CohortRegister.Column> columns = new ArrayList<>();
        for (SessionView s : c.sessions()) {
            columns.add(new CohortRegister.Column(s.id(), s.number(), s.date(), s.status(), s.number() <= 4 && s.number() != 3));
        }
        AttendanceStatus p = AttendanceStatus.PRESENT;
        AttendanceStatus a = AttendanceStatus.ABSENT;
        return new CohortRegister(51L, columns, List.of(
                row(40L, "P-000012", "Testy", "Example", 3, 4, p, AttendanceStatus.LATE, null, a, AttendanceStatus.ATTENDED_PAPER),
                row(41L, "P-000014", "Waity", "Person", 3, 4, AttendanceStatus.EXCUSED, p, null, AttendanceStatus.LEFT_EARLY, p),
                row(42L, "P-000013", "Sample", "Person", 0, 4, a, a, null, a, null)));
    }

    private static CohortRegister.Row row(long enrolment, String reference, String first, String last, int attended, int held,
                                          AttendanceStatus... weeks) {
        List<AttendanceStatus> statuses = new ArrayList<>(java.util.Arrays.asList(weeks));
        while (statuses.size() < 12) {
            statuses.add(null);
        }
        return new CohortRegister.Row(enrolment, enrolment - 28, reference, first, last, statuses, attended, held,
                Math.round(attended * 100f / held), null);
    }

    @Override
    public List<AlertView> alerts() {
        return List.of(
                new AlertView(7L, AlertKind.NON_ENGAGEMENT, "FREEDOM", "P-000013", 51L, "P-000013 has missed 2 sessions in a row "
                        + "without explanation (the last on 16 Nov 2026). Contact them as their safe-contact preferences allow.",
                        NOW, null, null, null),
                new AlertView(6L, AlertKind.PLACE_OFFERED, "FREEDOM", "P-000014", 51L, "A place in the cohort from 2 Nov 2026 was "
                        + "offered to P-000014 from the waiting list.", NOW.minusSeconds(86400 * 5), NOW.minusSeconds(86400 * 4),
                        "Lee Sample (demo programme lead)", "Spoke to her key worker; she accepted the place."));
    }

    @Override
    public AlertView acknowledgeAlert(long alertId, AlertAcknowledgement acknowledgement) {
        AlertView a = alerts().get(0);
        return new AlertView(a.id(), a.kind(), a.programme(), a.participantReference(), a.cohortId(), a.message(), a.raisedAt(), NOW,
                "Lee Sample (demo programme lead)", acknowledgement.note());
    }

    @Override
    public void setPin(PinChange change) {
    }
}
