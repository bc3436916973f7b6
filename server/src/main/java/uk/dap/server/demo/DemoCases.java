package uk.dap.server.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.cohort.domain.ClosureDay;
import uk.dap.server.cohort.domain.Cohort;
import uk.dap.server.cohort.domain.CohortSession;
import uk.dap.server.cohort.domain.Schedule;
import uk.dap.server.cohort.domain.Slot;
import uk.dap.server.cohort.domain.Venue;
import uk.dap.server.enrolment.domain.Enrolment;
import uk.dap.server.participant.domain.Participant;
import uk.dap.server.referral.domain.Referral;
import uk.dap.server.security.domain.StaffAccount;
import uk.dap.shared.api.participant.ContactDetails;
import uk.dap.shared.api.participant.Gender;
import uk.dap.shared.api.participant.NewParticipant;
import uk.dap.shared.api.participant.SafeContact;
import uk.dap.shared.api.referral.AgencyType;
import uk.dap.shared.api.referral.ReferralAnswers;

/**
 * Demo case data: the England and Wales bank holidays of 2026-27 as closure dates, a Freedom cohort starting next
 * Tuesday at the first demo venue, and three obviously fictional participants referred to Freedom (one with
 * confidential contact details). Added once; later starts leave them alone.
 */
@ApplicationScoped
public class DemoCases {
    static final String MARKER = "(demo)";
    private static final List<Object[]> BANK_HOLIDAYS = List.of(
            new Object[] {"2026-01-01", "New Year's Day"}, new Object[] {"2026-04-03", "Good Friday"},
            new Object[] {"2026-04-06", "Easter Monday"}, new Object[] {"2026-05-04", "Early May bank holiday"},
            new Object[] {"2026-05-25", "Spring bank holiday"}, new Object[] {"2026-08-31", "Summer bank holiday"},
            new Object[] {"2026-12-25", "Christmas Day"}, new Object[] {"2026-12-28", "Boxing Day (substitute day)"},
            new Object[] {"2027-01-01", "New Year's Day"}, new Object[] {"2027-03-26", "Good Friday"},
            new Object[] {"2027-03-29", "Easter Monday"}, new Object[] {"2027-05-03", "Early May bank holiday"},
            new Object[] {"2027-05-31", "Spring bank holiday"}, new Object[] {"2027-08-30", "Summer bank holiday"},
            new Object[] {"2027-12-27", "Christmas Day (substitute day)"}, new Object[] {"2027-12-28", "Boxing Day (substitute day)"});

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    void seed(Venue venue, StringBuilder report) {
        for (Object[] holiday : BANK_HOLIDAYS) {
            LocalDate day = LocalDate.parse((String) holiday[0]);
            if (em.find(ClosureDay.class, day) == null) {
                em.persist(new ClosureDay(day, (String) holiday[1]));
            }
        }
        long existing = em.createQuery("SELECT COUNT(p) FROM Participant p WHERE p.lastName LIKE :marker", Long.class)
                .setParameter("marker", "%" + MARKER).getSingleResult();
        if (existing > 0) {
            return;
        }
        StaffAccount lead = account("demo-lead");
        StaffAccount keyWorker = account("demo-keyworker");
        StaffAccount referrer = account("demo-referrer");
        StaffAccount facilitator = account("demo-facilitator");
        LocalDate today = LocalDate.now(clock.withZone(uk.dap.shared.text.UkDates.UK));
        LocalDate start = today.with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        Cohort cohort = new Cohort("FREEDOM", venue.id(), "Garden room", start, LocalTime.of(10, 0), 120, 12,
                List.of(facilitator.id()), lead.id(), clock.instant());
        em.persist(cohort);
        em.flush();
        List<LocalDate> dates = Schedule.weekly(start, 12, em.createQuery("SELECT c.date FROM ClosureDay c", LocalDate.class)
                .getResultStream().collect(java.util.stream.Collectors.toSet()));
        for (int i = 0; i < dates.size(); i++) {
            em.persist(new CohortSession(cohort.id(), i + 1, new Slot(venue.id(), dates.get(i), LocalTime.of(10, 0), 120)));
        }
        person("Dana", "Sample " + MARKER, LocalDate.of(1990, 3, 14), "English", false,
                new ContactDetails("1 Nowhere Lane, Exampletown", "ZZ1 1ZZ", "00000 000001", "dana@example.invalid"), null,
                keyWorker, referrer, today.minusDays(12));
        person("Robin", "Placeholder " + MARKER, LocalDate.of(1985, 11, 2), "Polish", true,
                new ContactDetails("Refuge address withheld", "ZZ9 9ZZ", "00000 000002", null), "Moved to a refuge",
                keyWorker, referrer, today.minusDays(8));
        person("Sam", "Fictional " + MARKER, LocalDate.of(1998, 7, 21), "English", false,
                new ContactDetails(null, null, "00000 000003", null), null, keyWorker, referrer, today.minusDays(3));
        audit.recordAs(DemoData.ACTOR, null, "CREATE", "Cohort", cohort.id(), AuditOutcome.SUCCESS, "demo data");
        report.append("  Demo cases: a Freedom cohort from ").append(uk.dap.shared.text.UkDates.date(start))
                .append(" and three fictional participants referred to Freedom.\n");
    }

    private void person(String first, String last, LocalDate born, String language, boolean interpreter, ContactDetails contact,
                        String confidentialReason, StaffAccount keyWorker, StaffAccount referrer, LocalDate referredOn) {
        Participant p = new Participant(new NewParticipant(first, last, born, Gender.FEMALE, language, interpreter, null, contact,
                confidentialReason != null, confidentialReason, new SafeContact(true, false, true, false, false, null, "Weekday mornings"),
                keyWorker.id(), false), referrer.id(), clock.instant());
        em.persist(p);
        em.flush();
        Referral r = new Referral(p.id(), "FREEDOM", referrer.id(), null, null, AgencyType.IDVA_SERVICE, referredOn,
                "Fictional demo referral.", new ReferralAnswers(null, null, null, null, true), List.of(), referrer.id(), clock.instant());
        em.persist(r);
        em.flush();
        em.persist(new Enrolment(r.id(), p.id(), "FREEDOM"));
        audit.recordAs(DemoData.ACTOR, null, "CREATE", "Participant", p.reference(), AuditOutcome.SUCCESS, "demo data");
    }

    private StaffAccount account(String username) {
        return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class).setParameter("username", username).getSingleResult();
    }
}
