package uk.dap.server.referral.application;

import static uk.dap.server.common.SubjectAccessSource.date;
import static uk.dap.server.common.SubjectAccessSource.day;
import static uk.dap.server.common.SubjectAccessSource.words;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import uk.dap.server.common.SubjectAccessSource;

/**
 * The person's referrals for their subject access pack: each referral with its reason and decision, the consents they
 * gave, and the risk assessments. The contact at the referring agency is left out (a professional's name is not the
 * person's data); the reviewer reads each item, and withholds one whose words are about someone else.
 */
@ApplicationScoped
public class ReferralSubjectAccess implements SubjectAccessSource {
    private static final String SECTION = "Referrals, consent and risk";

    @PersistenceContext(unitName = "dap")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<PackItem> itemsAbout(long participantId) {
        List<PackItem> items = new ArrayList<>();
        List<Object[]> referrals = em.createNativeQuery("SELECT r.id, p.name, r.referred_on, r.agency_type, r.external_agency, r.reason,"
                + " d.decision, d.reason, d.decided_by, d.decided_at FROM referral r JOIN programme p ON p.code = r.programme_code"
                + " LEFT JOIN eligibility_decision d ON d.referral_id = r.id WHERE r.participant_id = ? ORDER BY r.referred_on, r.id, d.decided_at")
                .setParameter(1, participantId).getResultList();
        for (Object[] r : referrals) {
            items.add(PackItem.of("referral-" + r[0] + (r[9] == null ? "" : "-" + ((java.sql.Timestamp) r[9]).getTime()), SECTION,
                            "Referral to " + r[1], day(r[2]))
                    .field("Referred on", date(r[2])).field("Referred by", words(r[3])).field("Referring agency", r[4])
                    .field("Reason for the referral", r[5]).field("Decision", words(r[6])).field("Reason for the decision", r[7])
                    .staff("Decided by", (String) r[8]).field("Decided on", date(r[9])).build());
        }
        List<Object[]> consents = em.createNativeQuery("SELECT c.id, c.purpose, c.basis, c.agencies, c.obtained_by, c.obtained_on, c.reason,"
                + " c.withdrawn_on, c.withdrawal_note FROM consent_record c JOIN referral r ON r.id = c.referral_id WHERE r.participant_id = ?"
                + " ORDER BY c.obtained_on, c.id").setParameter(1, participantId).getResultList();
        for (Object[] c : consents) {
            items.add(PackItem.of("consent-" + c[0], SECTION, "Consent: " + words(c[1]), day(c[5]))
                    .field("Basis", words(c[2])).field("Shared with", c[3]).staff("Obtained by", (String) c[4]).field("Obtained on", date(c[5]))
                    .field("Note", c[6]).field("Withdrawn on", date(c[7])).field("Withdrawal note", c[8]).build());
        }
        List<Object[]> risks = em.createNativeQuery("SELECT a.id, a.dash_score, a.score_level, a.judged_level, a.judgement_reason,"
                + " a.marac_open, a.last_marac_on, a.assessed_by, a.assessed_at FROM risk_assessment a JOIN referral r ON r.id = a.referral_id"
                + " WHERE r.participant_id = ? ORDER BY a.assessed_at, a.id").setParameter(1, participantId).getResultList();
        for (Object[] a : risks) {
            items.add(PackItem.of("risk-" + a[0], SECTION, "Risk assessment", day(a[8]))
                    .field("DASH score", a[1]).field("Level from the score", words(a[2])).field("Level judged", words(a[3]))
                    .field("Why judged so", a[4]).field("MARAC case open", Boolean.TRUE.equals(a[5]) ? "Yes" : "No")
                    .field("Last MARAC", date(a[6])).staff("Assessed by", (String) a[7]).field("Assessed on", date(a[8])).build());
        }
        return items;
    }
}
