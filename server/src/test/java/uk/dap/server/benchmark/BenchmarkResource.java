package uk.dap.server.benchmark;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import uk.dap.server.cohort.domain.Cohort;
import uk.dap.server.cohort.domain.CohortSession;
import uk.dap.server.cohort.domain.Slot;
import uk.dap.server.cohort.domain.Venue;
import uk.dap.server.enrolment.domain.Enrolment;
import uk.dap.server.participant.domain.Participant;
import uk.dap.server.referral.domain.Referral;
import uk.dap.shared.api.attendance.AttendanceStatus;
import uk.dap.shared.api.attendance.KioskSignIn;
import uk.dap.shared.api.attendance.SignInAck;
import uk.dap.shared.api.participant.Gender;
import uk.dap.shared.api.participant.NewParticipant;
import uk.dap.shared.api.referral.AgencyType;
import uk.dap.shared.security.Roles;
import uk.dap.shared.validation.RequiredBody;

/**
 * Only in the benchmark's own deployment, never in the shipped WAR: the two baselines (a request that does nothing,
 * and one that inserts one row in one transaction), two floors under a sign-in (nothing behind a kiosk token, and a
 * sign-in's body read and answered behind one), and a quick in-process set-up of venues, cohorts with a session today,
 * and enrolled people. One instance serves every request, as the kiosk's own resource does, so the baselines and floors
 * pay no more per request than a sign-in does.
 */
@ApplicationScoped
@Path("benchmark")
@Produces(MediaType.TEXT_PLAIN)
public class BenchmarkResource {
    @PersistenceContext(unitName = "dap")
    EntityManager em;

    @GET
    @Path("noop")
    @PermitAll
    public Response noop() {
        return Response.noContent().build();
    }

    /** Does nothing behind a kiosk token: the floor under any sign-in (token verified, kiosk not revoked). */
    @GET
    @Path("kiosk-noop")
    @RolesAllowed(Roles.KIOSK)
    public Response kioskNoop() {
        return Response.noContent().build();
    }

    /**
     * Reads and validates a sign-in's body behind a kiosk token and answers as a sign-in does, touching no database:
     * the floor under any sign-in that stores something.
     */
    @POST
    @Path("kiosk-echo")
    @RolesAllowed(Roles.KIOSK)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public SignInAck kioskEcho(@RequiredBody(message = "Send the sign-in.") @Valid KioskSignIn signIn) {
        return new SignInAck(signIn.id().toLowerCase(), SignInAck.Outcome.STORED, AttendanceStatus.PRESENT, null);
    }

    @POST
    @Path("insert")
    @PermitAll
    @Transactional
    public Response insert() {
        em.createNativeQuery("INSERT INTO benchmark_row (id, payload) VALUES (?, 'one row')")
                .setParameter(1, java.util.UUID.randomUUID().toString()).executeUpdate();
        return Response.noContent().build();
    }

    /**
     * Creates a venue with {@code cohorts} cohorts meeting today, {@code people} enrolled in each, sessions opened.
     * Answers "venueId" then one "sessionId enrolmentId" line per place.
     */
    @POST
    @Path("setup")
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public String setup(@QueryParam("cohorts") int cohorts, @QueryParam("people") int people, @QueryParam("name") String name) {
        if (em.createNativeQuery("SELECT COUNT(*) FROM SYS.SYSTABLES WHERE TABLENAME = 'BENCHMARK_ROW'").getSingleResult() instanceof Number n
                && n.intValue() == 0) {
            // Keyed like attendance rows (an application-made UUID), so the baseline pays what a sign-in's insert pays.
            em.createNativeQuery("CREATE TABLE benchmark_row (id CHAR(36) NOT NULL PRIMARY KEY, payload VARCHAR(100))")
                    .executeUpdate();
        }
        Instant now = Clock.systemUTC().instant();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Long creator = em.createQuery("SELECT a.id FROM StaffAccount a WHERE a.username = 'demo-lead'", Long.class).getSingleResult();
        Long facilitator = em.createQuery("SELECT a.id FROM StaffAccount a WHERE a.username = 'demo-facilitator'", Long.class).getSingleResult();
        Venue venue = new Venue(name, now);
        em.persist(venue);
        em.flush();
        StringBuilder out = new StringBuilder().append(venue.id()).append('\n');
        for (int c = 0; c < cohorts; c++) {
            Cohort cohort = new Cohort("FREEDOM", venue.id(), null, today, LocalTime.of(8, 0).plusMinutes(c), 120, people,
                    List.of(facilitator), creator, now);
            em.persist(cohort);
            em.flush();
            CohortSession session = new CohortSession(cohort.id(), 1, new Slot(venue.id(), today, cohort.startTime(), 120));
            session.open("benchmark", now);
            em.persist(session);
            for (int p = 0; p < people; p++) {
                Participant participant = new Participant(new NewParticipant("Bench" + p, "Person" + c, LocalDate.of(1990, 1, 1),
                        Gender.FEMALE, null, false, null, null, false, null, null, null, false), creator, now);
                em.persist(participant);
                em.flush();
                Referral referral = new Referral(participant.id(), "FREEDOM", null, "Benchmark (fictional)", "Nobody", AgencyType.POLICE,
                        today, "Benchmark", null, List.of(), creator, now);
                em.persist(referral);
                em.flush();
                Enrolment enrolment = new Enrolment(referral.id(), participant.id(), "FREEDOM");
                enrolment.assessed();
                enrolment.decided(true);
                enrolment.enrolIn(cohort.id(), now);
                em.persist(enrolment);
                em.flush();
                out.append(session.id()).append(' ').append(enrolment.id()).append('\n');
            }
        }
        return out.toString();
    }
}
