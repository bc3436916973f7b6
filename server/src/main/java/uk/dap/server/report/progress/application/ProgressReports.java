package uk.dap.server.report.progress.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.common.DomainException;
import uk.dap.server.enrolment.domain.Enrolment;
import uk.dap.server.progress.application.ProgressPages;
import uk.dap.server.security.application.Access;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.server.security.application.StaffDirectory;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.casework.AppointmentOutcome;
import uk.dap.shared.api.cohort.AlertKind;
import uk.dap.shared.api.cohort.SessionStatus;
import uk.dap.shared.api.progress.EnrolmentProgress;
import uk.dap.shared.api.report.ProgressReportRequest;
import uk.dap.shared.text.UkDates;

/**
 * The progress report a worker takes to a child protection meeting: the progress page's figures (same scope, same
 * restricted view for referrers, same attendance count) laid out as a PDF. It never carries contact details, notes,
 * alert texts, partner contact or anyone else: it prints only the fields chosen here. Every generation is audited.
 */
@ApplicationScoped
public class ProgressReports {
    /** How far from today a meeting date may be: a typo such as 2062 is caught, a late write-up is not refused. */
    private static final int MAX_DAYS_FROM_TODAY = 366;

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    ProgressPages pages;
    @Inject
    StaffDirectory staff;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** The report and the file name it is offered under. */
    public record Report(String fileName, byte[] pdf) {
    }

    @Transactional
    public Report generate(Long participantId, ProgressReportRequest request) {
        Caller caller = currentCaller.require();
        LocalDate today = LocalDate.now(clock.withZone(UkDates.UK));
        if (Math.abs(request.meetingOn().toEpochDay() - today.toEpochDay()) > MAX_DAYS_FROM_TODAY) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "The meeting date must be within a year of today.");
        }
        ProgressPages.Page page = pages.assemble(participantId);
        List<EnrolmentProgress> enrolments = page.progress().enrolments();
        EnrolmentProgress e = (request.enrolmentId() == null ? enrolments.stream()
                : enrolments.stream().filter(x -> x.enrolmentId().equals(request.enrolmentId()))).findFirst()
                .orElseThrow(() -> new DomainException(ProblemType.NOT_FOUND, request.enrolmentId() == null
                        ? "This participant has no enrolment you may report on."
                        : "There is no enrolment " + request.enrolmentId() + " of this participant that you may report on."));
        boolean restricted = page.progress().restricted();
        ProgressReportPdf.Content content = new ProgressReportPdf.Content(e.programmeName(), e.state().label(),
                e.withdrawalReason() == null ? null : e.withdrawalReason().label(), e.firstSession(), e.lastSession(),
                page.participant().fullName(), page.participant().reference(), page.participant().dateOfBirth(), request.meetingOn(),
                e.attendance(), e.weeks(),
                // A count only: alert texts can mention other people and are not for the meeting.
                e.alerts().stream().filter(a -> a.kind() == AlertKind.NON_ENGAGEMENT).count(),
                restricted ? null : appointments(participantId, e),
                e.scores(), request.summary(), staff.displayName(caller.accountId()) + " (" + Access.roleInWords(caller) + ")", today,
                e.weeks().stream().filter(w -> w.sessionStatus() == SessionStatus.SCHEDULED && w.mark() == null && w.date().isAfter(today))
                        .map(w -> w.date()).toList());
        byte[] pdf = new ProgressReportPdf().render(content);
        // Who, whom and for which meeting; never the summary's words.
        audit.record("GENERATE_PROGRESS_REPORT", "Participant", participantId, AuditOutcome.SUCCESS,
                "enrolment " + e.enrolmentId() + ", meeting " + request.meetingOn() + (restricted ? ", referrer's view" : ""));
        return new Report("progress-report-" + page.participant().reference() + "-" + request.meetingOn() + ".pdf", pdf);
    }

    /** One-to-one appointments since the referral: what the non-engagement rule counts too. */
    private ProgressReportPdf.Appointments appointments(Long participantId, EnrolmentProgress e) {
        Enrolment enrolment = em.find(Enrolment.class, e.enrolmentId());
        LocalDate referredOn = em.createQuery("SELECT r.referredOn FROM Referral r WHERE r.id = :r", LocalDate.class)
                .setParameter("r", enrolment.referralId()).getSingleResult();
        List<Object[]> rows = em.createQuery("SELECT a.outcome, COUNT(a) FROM Appointment a WHERE a.participantId = :p"
                        + " AND a.outcome IS NOT NULL AND a.startsAt >= :from GROUP BY a.outcome", Object[].class)
                .setParameter("p", participantId).setParameter("from", referredOn.atStartOfDay(UkDates.UK).toInstant()).getResultList();
        long kept = 0, missed = 0, cancelled = 0;
        for (Object[] row : rows) {
            long n = ((Number) row[1]).longValue();
            switch ((AppointmentOutcome) row[0]) {
                case KEPT -> kept = n;
                case MISSED -> missed = n;
                case CANCELLED -> cancelled = n;
            }
        }
        return new ProgressReportPdf.Appointments(kept, missed, cancelled);
    }

}
