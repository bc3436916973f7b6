package uk.dap.server.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.dap.server.participant.application.ParticipantAccess;
import uk.dap.server.participant.application.ParticipantReferrals;
import uk.dap.server.participant.domain.Participant;
import uk.dap.server.referral.domain.RiskAssessment;
import uk.dap.server.security.application.Caller;
import uk.dap.shared.api.referral.EnrolmentState;
import uk.dap.shared.api.referral.ReferralSummary;
import uk.dap.shared.api.referral.RiskLevel;

/** A participant's referrals as their record shows them: one statement, whatever the number of referrals. */
@ApplicationScoped
public class ReferralsOfParticipant implements ParticipantReferrals {
    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    ParticipantAccess access;

    @Override
    public List<ReferralSummary> visibleTo(Caller caller, Long participantId) {
        Participant p = em.find(Participant.class, participantId);
        ParticipantAccess.Scope scope = access.referralScope(caller);
        return scope.apply(em.createQuery("SELECT r.id, e.id, r.programmeCode, r.referredOn, e.state, e.cohortId FROM Referral r"
                        + " LEFT JOIN Enrolment e ON e.referralId = r.id WHERE r.participantId = :pid AND " + scope.condition()
                        + " ORDER BY r.referredOn DESC, r.id DESC", Object[].class))
                .setParameter("pid", participantId).getResultStream()
                .map(row -> new ReferralSummary((Long) row[0], (Long) row[1], p.id(), p.reference(), p.fullName(), (String) row[2],
                        (java.time.LocalDate) row[3], (EnrolmentState) row[4], (Long) row[5]))
                .toList();
    }

    @Override
    public RiskLevel latestRisk(Long participantId) {
        return em.createQuery("SELECT ra FROM RiskAssessment ra, Referral r WHERE ra.referralId = r.id AND r.participantId = :p"
                        + " ORDER BY ra.assessedAt DESC, ra.id DESC", RiskAssessment.class)
                .setParameter("p", participantId).setMaxResults(1).getResultStream().findFirst()
                .map(RiskAssessment::level).orElse(null);
    }
}
