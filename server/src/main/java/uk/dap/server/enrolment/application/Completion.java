package uk.dap.server.enrolment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.enrolment.domain.CompletionRule;
import uk.dap.server.enrolment.domain.Enrolment;
import uk.dap.server.enrolment.domain.Stay;
import uk.dap.server.programme.application.ProgrammeCatalogue;
import uk.dap.server.programme.domain.Programme;
import uk.dap.server.security.application.Access;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.server.security.application.Permission;
import uk.dap.shared.api.attendance.AttendanceStatus;
import uk.dap.shared.api.evaluation.Stage;
import uk.dap.shared.api.outcome.CompletionAssessment;
import uk.dap.shared.api.outcome.CompletionCondition;
import uk.dap.shared.text.UkDates;

/**
 * The programme's completion rule applied to one enrolment's attendance record: shown to the lead before they confirm
 * completion, and checked again by {@link Enrolments#complete} at the moment they do.
 */
@ApplicationScoped
public class Completion {
    @Inject
    Access permissions;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    Enrolments enrolments;
    @Inject
    ProgrammeCatalogue programmes;
    @Inject
    AnsweredQuestionnaires questionnaires;
    @Inject
    AttendanceMarks attendance;
    @Inject
    AuditTrail audit;
    @Inject
    EnrolmentStays stays;
    @Inject
    Clock clock;

    /** The assessment for the lead of the programme or the person's key worker; audited as a read of their record. */
    @Transactional
    public CompletionAssessment assess(Long enrolmentId) {
        Caller caller = currentCaller.require();
        Enrolment enrolment = enrolments.visible(caller, enrolmentId);
        permissions.require(caller, Permission.ASSESS_COMPLETION);
        CompletionRule.Assessment assessment = assessment(enrolment);
        audit.record("READ_COMPLETION", "Enrolment", enrolmentId, AuditOutcome.SUCCESS, assessment.met() ? "met" : "not met");
        return view(enrolment, assessment);
    }

    /** The rule of the enrolment's programme over the sessions of every cohort they were in and this person's marks. */
    CompletionRule.Assessment assessment(Enrolment enrolment) {
        Programme programme = programmes.require(enrolment.programmeCode());
        CompletionRule rule = new CompletionRule(programme.minAttendancePercent(), programme.requiresFinalSession(),
                programme.requiresPostQuestionnaire());
        List<CompletionRule.SessionRecord> sessions = List.of();
        if (enrolment.cohortId() != null) {
            Map<Long, AttendanceStatus> marks = attendance.of(enrolment.id());
            // Someone not yet enrolled (waiting for a place) is assessed over every session of the cohort, as before moves existed.
            List<Stay> placed = stays.of(enrolment);
            List<Stay> theirs = placed.isEmpty() ? List.of(new Stay(enrolment.cohortId(), null, null)) : Stay.fromTheStart(placed);
            sessions = stays.sessions(enrolment, theirs).stream()
                    .filter(s -> s.isScheduled() ? Stay.expected(theirs, s, marks.get(s.id()))
                            : s.cohortId().equals(enrolment.cohortId()) || Stay.within(theirs, s.cohortId(), s.date()))
                    .map(s -> new CompletionRule.SessionRecord(s.number(), s.date(), !s.isScheduled(), marks.get(s.id()))).toList();
        }
        return rule.assess(sessions, postQuestionnaireDone(enrolment), LocalDate.now(clock.withZone(UkDates.UK)));
    }

    /** Whether this person answered a post-programme questionnaire (at the kiosk or on paper) in this enrolment. */
    private boolean postQuestionnaireDone(Enrolment enrolment) {
        return questionnaires.answered(enrolment.id(), Stage.POST);
    }

    CompletionAssessment view(Enrolment enrolment, CompletionRule.Assessment a) {
        Programme programme = programmes.require(enrolment.programmeCode());
        return new CompletionAssessment(enrolment.id(), enrolment.programmeCode(), enrolment.state(), a.met(), a.counted(), a.cancelled(),
                a.attended(), a.excused(), a.percent(), programme.minAttendancePercent(),
                a.finalSession() == null ? null : a.finalSession().number(), a.finalSession() == null ? null : a.finalSession().date(),
                a.finalSession() == null ? null : a.finalSession().status(), programme.requiresPostQuestionnaire(), a.postQuestionnaireDone(),
                a.conditions().stream().map(c -> new CompletionCondition(c.code(), c.label(), c.met(), c.detail())).toList());
    }
}
