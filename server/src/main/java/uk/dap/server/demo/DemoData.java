package uk.dap.server.demo;

import uk.dap.server.infrastructure.SchemaReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.enterprise.event.Observes;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.cohort.domain.Venue;
import uk.dap.server.security.application.KioskRegistry;
import uk.dap.server.security.application.StaffAccounts;
import uk.dap.server.security.domain.Kiosk;
import uk.dap.server.security.domain.StaffAccount;
import uk.dap.shared.api.KioskRegistered;
import uk.dap.shared.api.NewStaffAccount;
import uk.dap.shared.security.Role;
import uk.dap.shared.text.UkDates;

/**
 * Obviously fictional demo data, seeded only when the service runs with {@code dap.demo=true}: one member of staff
 * per role, two venues and one kiosk. Safe to run at every start: it adds only what is missing, and prints the demo
 * sign-in details (and a fresh kiosk enrolment code while the demo kiosk has not enrolled).
 */
@ApplicationScoped
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    static final String ACTOR = "demo-seed";

    /** Username, display name, role. Each password is the username followed by "-pw". */
    record DemoStaff(String username, String displayName, Role role) {
        String password() {
            return username + "-pw";
        }
    }

    static final List<DemoStaff> STAFF = List.of(
            new DemoStaff("demo-admin", "Ada Example (demo administrator)", Role.ADMIN),
            new DemoStaff("demo-lead", "Lee Sample (demo programme lead)", Role.PROGRAMME_LEAD),
            new DemoStaff("demo-facilitator", "Fran Placeholder (demo facilitator)", Role.FACILITATOR),
            new DemoStaff("demo-cofacilitator", "Cole Invented (demo facilitator)", Role.FACILITATOR),
            new DemoStaff("demo-keyworker", "Kay Fictional (demo key worker)", Role.KEY_WORKER),
            new DemoStaff("demo-referrer", "Ray Madeup (demo referrer)", Role.REFERRER));
    static final List<String> VENUES = List.of("Riverside Family Hub (demo)", "Northgate Community Rooms (demo)");
    static final String KIOSK_LABEL = "Group room 1 (demo)";

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    StaffAccounts accounts;
    @Inject
    AuditTrail audit;
    @Inject
    KioskRegistry kiosks;
    @Inject
    DemoCases cases;
    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "dap.demo", defaultValue = "false")
    boolean demo;

    /** Seeds the demo data at start-up when the service runs in demo mode ({@code dap.demo=true}). */
    @Transactional
    void onSchemaReady(@Observes @Priority(SchemaReady.DATA) SchemaReady ready) {
        if (demo) {
            seed();
        }
    }

    @Transactional
    public void seed() {
        StringBuilder report = new StringBuilder("\n=== DEMO MODE: fictional data for trying the service out ===\n");
        for (DemoStaff staff : STAFF) {
            if (!accounts.exists(staff.username())) {
                accounts.createAsSystem(new NewStaffAccount(staff.username(), staff.displayName(), staff.role(), staff.password(), null),
                        ACTOR, "demo data");
            }
            report.append(String.format("  %-16s sign in as %-18s password %s%n", staff.role().label(), staff.username(), staff.password()));
        }
        StaffAccount lead = em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class).setParameter("username", "demo-lead").getSingleResult();
        if (lead.programmes().isEmpty()) {
            lead.leadProgrammes(List.of("CARING_DADS", "NEW_BEGINNINGS", "FREEDOM", "GATEWAY", "DART"));
        }
        Venue first = null;
        for (String name : VENUES) {
            Venue venue = em.createQuery("SELECT v FROM Venue v WHERE v.name = :name", Venue.class)
                    .setParameter("name", name).getResultStream().findFirst().orElse(null);
            if (venue == null) {
                venue = new Venue(name, clock.instant());
                em.persist(venue);
                em.flush();
                audit.recordAs(ACTOR, null, "CREATE", "Venue", venue.id(), AuditOutcome.SUCCESS, "demo data");
            }
            first = first == null ? venue : first;
        }
        Kiosk kiosk = em.createQuery("SELECT k FROM Kiosk k WHERE k.label = :label", Kiosk.class)
                .setParameter("label", KIOSK_LABEL).getResultStream().findFirst().orElse(null);
        if (kiosk == null) {
            kiosk = new Kiosk(first.id(), KIOSK_LABEL, clock.instant());
            em.persist(kiosk);
            em.flush();
            audit.recordAs(ACTOR, null, "REGISTER", "Kiosk", kiosk.id(), AuditOutcome.SUCCESS, "demo data");
        }
        if (kiosk.status() == Kiosk.Status.AWAITING_ENROLMENT) {
            KioskRegistered registered = kiosks.issueCode(kiosk);
            audit.recordAs(ACTOR, null, "REISSUE_CODE", "Kiosk", kiosk.id(), AuditOutcome.SUCCESS, "demo data");
            report.append("  Kiosk '").append(KIOSK_LABEL).append("' at ").append(registered.venueName())
                    .append(": enrolment code ").append(registered.enrolmentCode()).append(" (one use, until ")
                    .append(UkDates.dateTime(registered.codeExpiresAt())).append(")\n");
        } else {
            report.append("  Kiosk '").append(KIOSK_LABEL).append("' is ").append(kiosk.status()).append(".\n");
        }
        cases.seed(first, report);
        report.append("=== Never use demo mode with real people's data. ===");
        LOG.info(report::toString);
    }
}
