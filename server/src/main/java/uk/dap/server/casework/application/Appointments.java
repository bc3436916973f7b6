package uk.dap.server.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.casework.domain.Appointment;
import uk.dap.server.casework.domain.AppointmentMarked;
import uk.dap.server.common.DomainException;
import uk.dap.server.participant.application.ParticipantAccess;
import uk.dap.server.participant.domain.Participant;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.server.security.application.StaffDirectory;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.casework.AppointmentMark;
import uk.dap.shared.api.casework.AppointmentOutcome;
import uk.dap.shared.api.casework.AppointmentView;
import uk.dap.shared.api.casework.NewAppointment;

/**
 * One-to-one sessions and home visits: booked for a participant on the caller's caseload (or in the lead's
 * programmes), then marked kept, missed or cancelled with notice. A miss is reviewed for non-engagement together with
 * the person's group sessions (domain safety rule 6).
 */
@ApplicationScoped
public class Appointments {
    private static final String TYPE = "Appointment";
    /** An appointment may be recorded after the event, but not one from long ago: that is a note's job. */
    private static final Duration MAX_PAST = Duration.ofDays(90);
    private static final Duration MAX_AHEAD = Duration.ofDays(366);

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    ParticipantAccess access;
    @Inject
    StaffDirectory staff;
    @Inject
    Event<AppointmentMarked> appointmentMarked;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    @Transactional
    public List<AppointmentView> list(Long participantId) {
        Participant participant = participant(currentCaller.require(), participantId);
        List<AppointmentView> views = em.createQuery("SELECT a FROM Appointment a WHERE a.participantId = :p ORDER BY a.startsAt DESC, a.id DESC",
                Appointment.class).setParameter("p", participant.id()).getResultStream().map(Appointments::view).toList();
        audit.record("READ_APPOINTMENTS", "Participant", participant.reference(), AuditOutcome.SUCCESS, views.size() + " appointments");
        return views;
    }

    @Transactional
    public AppointmentView schedule(Long participantId, NewAppointment request) {
        Caller caller = currentCaller.require();
        Participant participant = participant(caller, participantId);
        Instant now = clock.instant();
        if (request.startsAt().isBefore(now.minus(MAX_PAST)) || request.startsAt().isAfter(now.plus(MAX_AHEAD))) {
            throw new DomainException(ProblemType.VALIDATION_FAILED,
                    "An appointment starts at most 90 days ago (recorded afterwards) and at most a year ahead.");
        }
        String me = staff.displayName(caller.accountId());
        String withWhom = request.withWhom() == null || request.withWhom().isBlank() ? me : request.withWhom().strip();
        Appointment appointment = new Appointment(participant.id(), request.type(), request.startsAt(), withWhom, me, now);
        em.persist(appointment);
        em.flush();
        audit.record("SCHEDULE_APPOINTMENT", TYPE, appointment.id(), AuditOutcome.SUCCESS, "for " + participant.reference());
        return view(appointment);
    }

    @Transactional
    public AppointmentView mark(Long participantId, Long appointmentId, AppointmentMark mark) {
        Caller caller = currentCaller.require();
        Participant participant = participant(caller, participantId);
        Appointment appointment = appointmentId == null ? null : em.find(Appointment.class, appointmentId);
        if (appointment == null || !appointment.participantId().equals(participant.id())) {
            throw new DomainException(ProblemType.NOT_FOUND, "This participant has no appointment " + appointmentId + ".");
        }
        em.lock(appointment, LockModeType.PESSIMISTIC_WRITE);
        AppointmentOutcome before = appointment.mark(mark.outcome(), mark.reason(), staff.displayName(caller.accountId()), clock.instant());
        em.flush();
        audit.record(before == null ? "MARK_APPOINTMENT" : "CHANGE_APPOINTMENT", TYPE, appointment.id(), AuditOutcome.SUCCESS,
                (before == null ? "" : before + " -> ") + mark.outcome());
        appointmentMarked.fire(new AppointmentMarked(participant.id(), appointment.id()));
        return view(appointment);
    }

    private Participant participant(Caller caller, Long participantId) {
        return access.find(caller, participantId).orElseThrow(() -> new DomainException(ProblemType.NOT_FOUND,
                "There is no person " + Participant.reference(participantId) + " that you may see."));
    }

    static AppointmentView view(Appointment a) {
        return new AppointmentView(a.id(), a.participantId(), a.type(), a.startsAt(), a.withWhom(), a.scheduledBy(), a.outcome(),
                a.markedBy(), a.markedAt(), a.changeReason());
    }
}
