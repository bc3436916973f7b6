package uk.dap.server.onetoone.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.separation.application.SeparationRule;
import uk.dap.server.cohort.domain.Venue;
import uk.dap.server.common.DomainException;
import uk.dap.server.enrolment.application.Enrolments;
import uk.dap.server.enrolment.domain.Enrolment;
import uk.dap.server.onetoone.domain.AttachmentStrategy;
import uk.dap.server.onetoone.domain.OneToOneRecord;
import uk.dap.server.participant.domain.Participant;
import uk.dap.server.security.application.Access;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.server.security.application.Permission;
import uk.dap.server.security.application.ProgrammeLeads;
import uk.dap.server.security.application.StaffDirectory;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.onetoone.AttachmentInterview;
import uk.dap.shared.api.onetoone.AttachmentStrategyChange;
import uk.dap.shared.api.onetoone.AttachmentStrategyView;
import uk.dap.shared.api.onetoone.DatedAttendance;
import uk.dap.shared.api.onetoone.NewBeginningsRecords;
import uk.dap.shared.api.onetoone.OneToOneEntry;
import uk.dap.shared.api.onetoone.QbCheckScreening;
import uk.dap.shared.api.onetoone.RecordKind;
import uk.dap.shared.text.UkDates;

/**
 * New Beginnings' one-to-one work, kept against the parent's New Beginnings enrolment: read and written by the key
 * worker of the caseload and the programme's lead, nobody else (facilitators and referrers are refused by role, other
 * key workers and leads find nothing). Every read and entry is audited; details carry ids and kinds, never the text.
 */
@ApplicationScoped
public class NewBeginnings {
    static final String PROGRAMME = "NEW_BEGINNINGS";
    private static final String TYPE = "NewBeginningsRecord";

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    Access permissions;
    @Inject
    ProgrammeLeads leads;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    Enrolments enrolments;
    @Inject
    StaffDirectory staff;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    SeparationRule separation;

    @Transactional
    public NewBeginningsRecords read(Long enrolmentId) {
        Enrolment enrolment = visible(enrolmentId);
        Map<Long, AttachmentStrategy> strategies = strategies();
        List<OneToOneEntry> entries = em.createQuery("SELECT r FROM OneToOneRecord r WHERE r.enrolmentId = :e ORDER BY r.kind, r.date, r.id",
                OneToOneRecord.class).setParameter("e", enrolmentId).getResultStream().map(r -> view(r, strategies)).toList();
        audit.record("READ_NEW_BEGINNINGS", "Enrolment", enrolmentId, AuditOutcome.SUCCESS, entries.size() + " records");
        return new NewBeginningsRecords(enrolment.id(), enrolment.participantId(), Participant.reference(enrolment.participantId()),
                enrolment.state(), entries, strategyViews(strategies));
    }

    @Transactional
    public OneToOneEntry attachmentInterview(Long enrolmentId, AttachmentInterview interview) {
        Enrolment enrolment = visible(enrolmentId);
        AttachmentStrategy strategy = em.find(AttachmentStrategy.class, interview.strategyId());
        if (strategy == null || !strategy.active()) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "Choose an attachment strategy from the current list (/api/attachment-strategies).");
        }
        return add(enrolment, record(RecordKind.ATTACHMENT_INTERVIEW, enrolment, interview.date(), interview.notes())
                .codedAs(interview.codedBy(), strategy.id()));
    }

    @Transactional
    public OneToOneEntry qbCheck(Long enrolmentId, QbCheckScreening screening) {
        Enrolment enrolment = visible(enrolmentId);
        return add(enrolment, record(RecordKind.QBCHECK, enrolment, screening.date(), null)
                .screened(screening.result(), screening.onwardReferral()));
    }

    /** Timeline events, VIG sessions and child protection meetings. */
    @Transactional
    public OneToOneEntry dated(Long enrolmentId, RecordKind kind, LocalDate date, String text) {
        Enrolment enrolment = visible(enrolmentId);
        return add(enrolment, record(kind, enrolment, date, text));
    }

    /**
     * SMART Recovery and support group dates and Life Laundry places: group meetings at a venue and time, which the
     * separation rule checks as it checks sessions. One today or to come that would bring the person near someone kept
     * apart from them is refused (409 separation-rule, saying no more than any refusal); one that has already happened
     * is recorded, and if they may have met, the workers and leads of the side that may be harmed are alerted.
     */
    @Transactional
    public OneToOneEntry groupMeeting(Long enrolmentId, RecordKind kind, DatedAttendance meeting) {
        Enrolment enrolment = visible(enrolmentId);
        if (em.find(Venue.class, meeting.venueId()) == null) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "There is no venue " + meeting.venueId() + " (see /api/venues).");
        }
        OneToOneRecord record = record(kind, enrolment, meeting.date(), meeting.note())
                .meetingAt(meeting.venueId(), meeting.startTime(), meeting.durationMinutes());
        separation.requireMeetingAllowed(enrolment.participantId(), PROGRAMME, record.slot());
        return add(enrolment, record);
    }

    @Transactional
    public List<AttachmentStrategyView> strategyList() {
        currentCaller.require();
        return strategyViews(strategies());
    }

    @Transactional
    public AttachmentStrategyView addStrategy(AttachmentStrategyChange change) {
        leads.requireLeadOf(currentCaller.require(), PROGRAMME, ProgrammeLeads.ONLY_A_LEAD);
        requireUniqueLabel(change.label(), null);
        int position = strategies().size() + 1;
        AttachmentStrategy strategy = new AttachmentStrategy(change.label(), position);
        if (Boolean.FALSE.equals(change.active())) {
            strategy.change(change.label(), false);
        }
        em.persist(strategy);
        em.flush();
        audit.record("ADD_ATTACHMENT_STRATEGY", "AttachmentStrategy", strategy.id(), AuditOutcome.SUCCESS, strategy.label());
        return new AttachmentStrategyView(strategy.id(), strategy.label(), strategy.active());
    }

    @Transactional
    public AttachmentStrategyView changeStrategy(Long id, AttachmentStrategyChange change) {
        leads.requireLeadOf(currentCaller.require(), PROGRAMME, ProgrammeLeads.ONLY_A_LEAD);
        AttachmentStrategy strategy = em.find(AttachmentStrategy.class, id);
        if (strategy == null) {
            throw new DomainException(ProblemType.NOT_FOUND, "There is no attachment strategy " + id + ".");
        }
        requireUniqueLabel(change.label(), id);
        String before = strategy.label() + (strategy.active() ? "" : " (retired)");
        strategy.change(change.label(), !Boolean.FALSE.equals(change.active()));
        audit.record("CHANGE_ATTACHMENT_STRATEGY", "AttachmentStrategy", id, AuditOutcome.SUCCESS,
                before + " -> " + strategy.label() + (strategy.active() ? "" : " (retired)"));
        return new AttachmentStrategyView(strategy.id(), strategy.label(), strategy.active());
    }

    private void requireUniqueLabel(String label, Long except) {
        boolean taken = strategies().values().stream()
                .anyMatch(s -> s.label().equalsIgnoreCase(label.trim()) && !s.id().equals(except));
        if (taken) {
            throw new DomainException(ProblemType.CONFLICT, "There is already a strategy called '" + label.trim() + "'.");
        }
    }

    private OneToOneRecord record(RecordKind kind, Enrolment enrolment, LocalDate date, String text) {
        Caller caller = currentCaller.require();
        return OneToOneRecord.of(kind, enrolment.id(), enrolment.participantId(), enrolment.state(), date, text,
                staff.displayName(caller.accountId()), clock.instant(), LocalDate.now(clock.withZone(UkDates.UK)));
    }

    private OneToOneEntry add(Enrolment enrolment, OneToOneRecord record) {
        em.persist(record);
        em.flush();
        audit.record("ADD_NEW_BEGINNINGS_RECORD", TYPE, record.id(), AuditOutcome.SUCCESS, record.kind() + ", enrolment " + enrolment.id());
        return view(record, strategies());
    }

    /**
     * A New Beginnings enrolment the caller may work on: the key worker of the person's caseload or a lead of New
     * Beginnings. Anyone else gets 404, as if it did not exist.
     */
    private Enrolment visible(Long enrolmentId) {
        Caller caller = currentCaller.require();
        permissions.require(caller, Permission.SEE_ONE_TO_ONE);
        Enrolment enrolment = enrolments.visible(caller, enrolmentId);
        if (!PROGRAMME.equals(enrolment.programmeCode())) {
            throw new DomainException(ProblemType.CONFLICT, "One-to-one records are kept for New Beginnings only; enrolment "
                    + enrolmentId + " is for " + enrolment.programmeCode() + ".");
        }
        return enrolment;
    }

    private Map<Long, AttachmentStrategy> strategies() {
        return em.createQuery("SELECT s FROM AttachmentStrategy s ORDER BY s.position, s.id", AttachmentStrategy.class).getResultStream()
                .collect(Collectors.toMap(AttachmentStrategy::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static List<AttachmentStrategyView> strategyViews(Map<Long, AttachmentStrategy> strategies) {
        return strategies.values().stream().map(s -> new AttachmentStrategyView(s.id(), s.label(), s.active())).toList();
    }

    private static OneToOneEntry view(OneToOneRecord r, Map<Long, AttachmentStrategy> strategies) {
        AttachmentStrategy strategy = r.strategyId() == null ? null : strategies.get(r.strategyId());
        return new OneToOneEntry(r.id(), r.kind(), r.date(), r.text(), r.codedBy(), r.strategyId(), strategy == null ? null : strategy.label(),
                r.result(), r.onwardReferral(), r.recordedBy(), r.recordedAt(), r.venueId(), r.startTime(), r.durationMinutes());
    }
}
