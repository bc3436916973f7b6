package uk.dap.server.cohort.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.cohort.domain.Cohort;
import uk.dap.server.cohort.domain.CohortSession;
import uk.dap.server.cohort.domain.Schedule;
import uk.dap.server.cohort.domain.Slot;
import uk.dap.server.cohort.domain.Venue;
import uk.dap.server.common.DomainException;
import uk.dap.server.enrolment.domain.Enrolment;
import uk.dap.server.participant.application.ParticipantAccess;
import uk.dap.server.programme.application.ProgrammeCatalogue;
import uk.dap.server.programme.domain.Programme;
import uk.dap.server.security.application.Access;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.server.security.application.Permission;
import uk.dap.server.security.application.ProgrammeLeads;
import uk.dap.server.security.application.StaffDirectory;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.StaffRef;
import uk.dap.shared.api.cohort.CohortView;
import uk.dap.shared.api.cohort.FacilitatorChange;
import uk.dap.shared.api.cohort.NewCohort;
import uk.dap.shared.api.cohort.SessionChange;
import uk.dap.shared.api.cohort.SessionStatus;
import uk.dap.shared.api.cohort.SessionView;
import uk.dap.shared.api.cohort.VenueChange;
import uk.dap.shared.api.referral.EnrolmentState;
import uk.dap.shared.text.UkDates;

/**
 * Cohorts and their weekly sessions. Programme leads create and change the cohorts of the programmes they lead;
 * facilitators see the cohorts they facilitate. Every schedule change passes the {@link SeparationRule}.
 */
@ApplicationScoped
public class Cohorts {
    static final String TYPE = "Cohort";

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    Access permissions;
    @Inject
    ParticipantAccess access;
    @Inject
    ProgrammeLeads leads;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    StaffDirectory staff;
    @Inject
    ClosureDates closures;
    @Inject
    ScheduleGuard separation;
    @Inject
    AuditTrail audit;
    @Inject
    ProgrammeCatalogue catalogue;
    @Inject
    Clock clock;

    @Transactional
    public CohortView create(NewCohort request) {
        Caller caller = currentCaller.require();
        Programme programme = programme(request.programme());
        leads.requireLeadOf(caller, programme.code(), ProgrammeLeads.ONLY_A_LEAD);
        Venue venue = venue(request.venueId());
        List<Long> facilitators = facilitators(programme, request.facilitatorIds());
        int capacity = request.capacity() == null ? programme.rules().defaultCapacity() : request.capacity();
        if (capacity < programme.rules().minCapacity() || capacity > programme.rules().maxCapacity()) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, programme.name() + " groups have "
                    + programme.rules().minCapacity() + " to " + programme.rules().maxCapacity() + " places.");
        }
        int duration = request.durationMinutes() == null ? programme.sessionMinutes() : request.durationMinutes();
        Cohort cohort = new Cohort(programme.code(), venue.id(), blankToNull(request.room()), request.startDate(),
                request.startTime(), duration, capacity, facilitators, caller.accountId(), clock.instant());
        em.persist(cohort);
        em.flush();
        List<LocalDate> dates = Schedule.weekly(request.startDate(), programme.lengthWeeks(), closures.days());
        for (int i = 0; i < dates.size(); i++) {
            em.persist(new CohortSession(cohort.id(), i + 1, new Slot(venue.id(), dates.get(i), request.startTime(), duration)));
        }
        em.flush();
        audit.record("CREATE", TYPE, cohort.id(), AuditOutcome.SUCCESS, programme.code() + ", " + dates.size() + " sessions");
        return view(cohort);
    }

    @Transactional
    public Listing list(String programmeFilter, Period period, int limit, int offset) {
        Caller caller = currentCaller.require();
        ParticipantAccess.Scope scope = access.cohortScope(caller);
        StringBuilder where = new StringBuilder(scope.condition());
        Map<String, Object> values = new HashMap<>();
        if (programmeFilter != null && !programmeFilter.isBlank()) {
            where.append(" AND c.programmeCode = :programme");
            values.put("programme", programmeFilter);
        }
        LocalDate today = LocalDate.now(clock.withZone(UkDates.UK));
        LocalDate stillOpen = today.minusDays(Period.STILL_OPEN_DAYS);
        switch (period) {
            case CURRENT -> {
                where.append(" AND c.startDate <= :today AND c.lastSessionOn >= :stillOpen");
                values.putAll(Map.of("today", today, "stillOpen", stillOpen));
            }
            case UPCOMING -> {
                // The first condition follows from the second; it lets the list read the index on the last session's day.
                where.append(" AND c.lastSessionOn > :today AND c.startDate > :today");
                values.put("today", today);
            }
            case OPEN -> {
                where.append(" AND c.lastSessionOn >= :stillOpen");
                values.put("stillOpen", stillOpen);
            }
            case FINISHED -> {
                where.append(" AND c.lastSessionOn < :today");
                values.put("today", today);
            }
            case ALL -> { }
        }
        // Running and coming groups soonest first (the next to need a register at the top); finished ones newest first.
        String order = period.soonestFirst() ? " ORDER BY c.startDate, c.id" : " ORDER BY c.startDate DESC, c.id DESC";
        TypedQuery<Cohort> page = scope.apply(em.createQuery("SELECT c FROM Cohort c WHERE " + where + order, Cohort.class));
        TypedQuery<Long> total = scope.apply(em.createQuery("SELECT COUNT(c) FROM Cohort c WHERE " + where, Long.class));
        values.forEach((name, value) -> {
            page.setParameter(name, value);
            total.setParameter(name, value);
        });
        List<Cohort> cohorts = page.setFirstResult(offset).setMaxResults(limit).getResultList();
        return new Listing(views(cohorts), total.getSingleResult());
    }

    /** Which cohorts a list holds, by where each is in its run on the day asked (UK time). */
    public enum Period {
        /** Current or upcoming: what a working day needs, and the list's default. */
        OPEN,
        /** Started, and not over by more than {@link #STILL_OPEN_DAYS}: late registers and questionnaires still come in. */
        CURRENT,
        UPCOMING,
        /** Past its last session. */
        FINISHED,
        ALL;

        static final int STILL_OPEN_DAYS = 28;

        boolean soonestFirst() {
            return this == OPEN || this == CURRENT || this == UPCOMING;
        }
    }

    /** One page of cohorts, and how many the whole list holds. */
    public record Listing(List<CohortView> cohorts, long total) {
    }

    @Transactional
    public CohortView read(Long id) {
        return view(visible(currentCaller.require(), id));
    }

    @Transactional
    public CohortView moveSession(Long cohortId, Long sessionId, SessionChange change) {
        Caller caller = currentCaller.require();
        Cohort cohort = lockedForLead(caller, cohortId);
        CohortSession session = session(cohortId, sessionId);
        Long venueId = change.venueId() == null ? session.venueId() : venue(change.venueId()).id();
        if (change.date().isAfter(LocalDate.now(clock.withZone(UkDates.UK))) && hasRegister(sessionId)) {
            // Marks say it happened: a later day would make it a session that has not come, yet has a register.
            throw new DomainException(ProblemType.COHORT_RULE, "Session " + session.number()
                    + " already has people marked on its register, so it cannot move to a day that has not come.");
        }
        if (closures.days().contains(change.date())) {
            throw new DomainException(ProblemType.COHORT_RULE, change.date() + " is a closure date; choose another day.");
        }
        Slot moved = new Slot(venueId, change.date(), change.startTime(), session.durationMinutes());
        separation.requireScheduleAllowed(cohortId, List.of(moved));
        session.move(moved, change.note());
        audit.record("MOVE_SESSION", TYPE, cohortId, AuditOutcome.SUCCESS, "session " + session.number() + " -> " + change.date());
        return view(cohort);
    }

    private boolean hasRegister(Long sessionId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM attendance WHERE session_id = ?").setParameter(1, sessionId)
                .getSingleResult()).longValue() > 0;
    }

    /** Cancels a session and adds one after the last, so the schedule keeps the programme's length. */
    @Transactional
    public CohortView cancelSession(Long cohortId, Long sessionId, String reason) {
        Caller caller = currentCaller.require();
        Cohort cohort = lockedForLead(caller, cohortId);
        CohortSession session = session(cohortId, sessionId);
        List<CohortSession> all = sessions(cohortId);
        LocalDate last = all.stream().filter(CohortSession::isScheduled).map(CohortSession::date).max(LocalDate::compareTo).orElse(session.date());
        int number = all.stream().mapToInt(CohortSession::number).max().orElse(0) + 1;
        Slot replacement = new Slot(cohort.venueId(), Schedule.nextAfter(last, closures.days()), cohort.startTime(), cohort.durationMinutes());
        separation.requireScheduleAllowed(cohortId, List.of(replacement));
        session.cancel(reason.trim());
        em.persist(new CohortSession(cohortId, number, replacement));
        em.flush();
        audit.record("CANCEL_SESSION", TYPE, cohortId, AuditOutcome.SUCCESS, "session " + session.number() + " cancelled, session " + number + " added");
        return view(cohort);
    }

    /**
     * Gives the cohort other facilitators, checked like a new cohort's and against the separation rule (a facilitator
     * may not run the groups of two people kept apart): how a lead takes a shared facilitator out of a clash.
     */
    @Transactional
    public CohortView changeFacilitators(Long cohortId, FacilitatorChange change) {
        Caller caller = currentCaller.require();
        Cohort cohort = lockedForLead(caller, cohortId);
        List<Long> facilitators = facilitators(programme(cohort.programmeCode()), change.facilitatorIds());
        separation.requireFacilitatorsAllowed(cohortId, facilitators);
        cohort.changeFacilitators(facilitators);
        audit.record("CHANGE_FACILITATORS", TYPE, cohortId, AuditOutcome.SUCCESS, "facilitators " + facilitators);
        return view(cohort);
    }

    /** The facilitators asked for, once each, if there are enough and each is an active facilitator's account. */
    private List<Long> facilitators(Programme programme, List<Long> asked) {
        List<Long> facilitators = asked == null ? List.of() : List.copyOf(new LinkedHashSet<>(asked));
        int needed = programme.rules().facilitatorsRequired();
        if (facilitators.size() < needed) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, programme.name() + " needs " + needed
                    + (needed == 1 ? " facilitator" : " facilitators") + "; choose them in facilitatorIds.");
        }
        for (Long id : facilitators) {
            if (id == null || !permissions.isActiveFacilitator(id)) {
                throw new DomainException(ProblemType.VALIDATION_FAILED, "Account " + id + " is not an active facilitator.");
            }
        }
        return facilitators;
    }

    /** Moves the cohort, and its sessions from today on, to another venue. */
    @Transactional
    public CohortView changeVenue(Long cohortId, VenueChange change) {
        Caller caller = currentCaller.require();
        Cohort cohort = lockedForLead(caller, cohortId);
        Venue venue = venue(change.venueId());
        LocalDate today = LocalDate.now(clock.withZone(UkDates.UK));
        List<CohortSession> moving = sessions(cohortId).stream().filter(s -> s.isScheduled() && !s.date().isBefore(today)).toList();
        separation.requireScheduleAllowed(cohortId, moving.stream()
                .map(s -> new Slot(venue.id(), s.date(), s.startTime(), s.durationMinutes())).toList());
        cohort.moveTo(venue.id(), change.room() == null ? cohort.room() : blankToNull(change.room()));
        moving.forEach(s -> s.move(new Slot(venue.id(), s.date(), s.startTime(), s.durationMinutes()), null));
        audit.record("CHANGE_VENUE", TYPE, cohortId, AuditOutcome.SUCCESS, "venue " + venue.id() + ", " + moving.size() + " sessions");
        return view(cohort);
    }

    /** Whether the caller may see the cohort (an import names cohorts by references, never past this). */
    public boolean isVisible(Long id) {
        return seen(currentCaller.require(), id) != null;
    }

    /**
     * The cohort with this reference (C-000123) when the caller may see it, else empty: an export brought in again
     * names its cohorts so.
     */
    public Optional<Long> visibleByReference(String reference) {
        return Cohort.idFromReference(reference).filter(this::isVisible);
    }

    /** The cohorts the caller may see, each with its sessions in order, a page at a time after the cohort {@code afterId}. */
    @Transactional
    public List<Exported> exportPage(long afterId, int size) {
        ParticipantAccess.Scope scope = access.cohortScope(currentCaller.require());
        List<Cohort> page = scope.apply(em.createQuery("SELECT c FROM Cohort c WHERE c.id > :after AND " + scope.condition() + " ORDER BY c.id",
                Cohort.class)).setParameter("after", afterId).setMaxResults(size).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, List<CohortSession>> sessions = em.createQuery("SELECT s FROM CohortSession s WHERE s.cohortId IN :ids ORDER BY s.date, s.number",
                        CohortSession.class).setParameter("ids", page.stream().map(Cohort::id).toList()).getResultStream()
                .collect(Collectors.groupingBy(CohortSession::cohortId));
        return page.stream().map(c -> new Exported(c, sessions.getOrDefault(c.id(), List.of()))).toList();
    }

    /** A cohort as an export writes it: the cohort and its sessions. */
    public record Exported(Cohort cohort, List<CohortSession> sessions) {
    }

    /** The cohort if the caller may see it (lead of its programme, or one of its facilitators), else 404. */
    public Cohort visible(Caller caller, Long id) {
        Cohort cohort = seen(caller, id);
        if (cohort == null) {
            throw new DomainException(ProblemType.NOT_FOUND, "There is no cohort " + id + " that you may see.");
        }
        return cohort;
    }

    private Cohort seen(Caller caller, Long id) {
        ParticipantAccess.Scope scope = access.cohortScope(caller);
        return id == null ? null : scope.apply(em.createQuery("SELECT c FROM Cohort c WHERE c.id = :id AND " + scope.condition(),
                Cohort.class)).setParameter("id", id).getResultStream().findFirst().orElse(null);
    }

    /** The cohort, locked for the change, if the caller leads its programme. Locking keeps places and schedules consistent. */
    public Cohort lockedForLead(Caller caller, Long id) {
        Cohort cohort = visible(caller, id);
        permissions.require(caller, Permission.MANAGE_COHORTS);
        em.lock(cohort, LockModeType.PESSIMISTIC_WRITE);
        return cohort;
    }


    /** Whether the cohort has a session, not cancelled, on or after this day. */
    /** The cohort's session held (or to be held) on the day, if it has one that was not cancelled. */
    public Optional<Long> sessionOn(Long cohortId, LocalDate day) {
        return em.createQuery("SELECT s.id FROM CohortSession s WHERE s.cohortId = :c AND s.date = :d AND s.status = :scheduled", Long.class)
                .setParameter("c", cohortId).setParameter("d", day).setParameter("scheduled", SessionStatus.SCHEDULED)
                .getResultStream().findFirst();
    }

    public boolean hasSessionFrom(Long cohortId, LocalDate day) {
        return !em.createQuery("SELECT s.id FROM CohortSession s WHERE s.cohortId = :c AND s.date >= :d AND s.status = :scheduled", Long.class)
                .setParameter("c", cohortId).setParameter("d", day).setParameter("scheduled", SessionStatus.SCHEDULED)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Whether a session of the cohort was held (scheduled, not cancelled) on a day from {@code first} to {@code last}. */
    public boolean hasSessionBetween(Long cohortId, LocalDate first, LocalDate last) {
        return !first.isAfter(last) && !em.createQuery("SELECT s.id FROM CohortSession s WHERE s.cohortId = :c AND s.date BETWEEN :first"
                        + " AND :last AND s.status = :scheduled", Long.class).setParameter("c", cohortId).setParameter("first", first)
                .setParameter("last", last).setParameter("scheduled", SessionStatus.SCHEDULED).setMaxResults(1).getResultList().isEmpty();
    }

    public long count(Long cohortId, EnrolmentState state) {
        return em.createQuery("SELECT COUNT(e) FROM Enrolment e WHERE e.cohortId = :c AND e.state = :s", Long.class)
                .setParameter("c", cohortId).setParameter("s", state).getSingleResult();
    }

    CohortView view(Cohort c) {
        return views(List.of(c)).get(0);
    }

    /** The cohorts as they are shown, with their schedules, facilitators and counts read for all of them at once. */
    private List<CohortView> views(List<Cohort> cohorts) {
        if (cohorts.isEmpty()) {
            return List.of();
        }
        List<Long> ids = cohorts.stream().map(Cohort::id).toList();
        Map<Long, List<CohortSession>> sessions = em.createQuery("SELECT s FROM CohortSession s WHERE s.cohortId IN :ids"
                        + " ORDER BY s.date, s.number", CohortSession.class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.groupingBy(CohortSession::cohortId));
        Map<Long, Map<EnrolmentState, Long>> places = new HashMap<>();
        em.createQuery("SELECT e.cohortId, e.state, COUNT(e) FROM Enrolment e WHERE e.cohortId IN :ids AND e.state IN :states"
                        + " GROUP BY e.cohortId, e.state", Object[].class).setParameter("ids", ids)
                .setParameter("states", List.of(EnrolmentState.ENROLLED, EnrolmentState.WAITING)).getResultStream()
                .forEach(row -> places.computeIfAbsent((Long) row[0], k -> new EnumMap<>(EnrolmentState.class))
                        .put((EnrolmentState) row[1], ((Number) row[2]).longValue()));
        Map<Long, List<Long>> facilitatorIds = em.createQuery("SELECT c.id, f FROM Cohort c JOIN c.facilitatorIds f WHERE c.id IN :ids",
                Object[].class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.mapping(row -> (Long) row[1], Collectors.toList())));
        Map<Long, StaffRef> staffRefs = new HashMap<>();
        return cohorts.stream().map(c -> {
            Programme programme = em.find(Programme.class, c.programmeCode());
            Venue venue = em.find(Venue.class, c.venueId());
            List<StaffRef> facilitators = facilitatorIds.getOrDefault(c.id(), List.of()).stream().map(id -> staffRefs.computeIfAbsent(id, staff::ref))
                    .filter(java.util.Objects::nonNull).sorted(java.util.Comparator.comparing(StaffRef::displayName)).toList();
            List<SessionView> schedule = sessions.getOrDefault(c.id(), List.of()).stream().map(s -> new SessionView(s.id(), s.number(),
                    s.date(), s.startTime(), s.durationMinutes(), s.venueId(), em.find(Venue.class, s.venueId()).name(), s.status(),
                    s.note())).toList();
            Map<EnrolmentState, Long> counts = places.getOrDefault(c.id(), Map.of());
            return new CohortView(c.id(), c.programmeCode(), programme.name(), venue.id(), venue.name(), c.room(), c.startDate(),
                    c.startDate().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK), c.startTime(), c.durationMinutes(),
                    c.capacity(), facilitators, counts.getOrDefault(EnrolmentState.ENROLLED, 0L).intValue(),
                    counts.getOrDefault(EnrolmentState.WAITING, 0L).intValue(), schedule);
        }).toList();
    }

    private List<CohortSession> sessions(Long cohortId) {
        return em.createQuery("SELECT s FROM CohortSession s WHERE s.cohortId = :c ORDER BY s.date, s.number", CohortSession.class)
                .setParameter("c", cohortId).getResultList();
    }

    private CohortSession session(Long cohortId, Long sessionId) {
        CohortSession session = em.find(CohortSession.class, sessionId);
        if (session == null || !session.cohortId().equals(cohortId)) {
            throw new DomainException(ProblemType.NOT_FOUND, "Cohort " + cohortId + " has no session " + sessionId + ".");
        }
        return session;
    }

    private Programme programme(String code) {
        return catalogue.require(code);
    }

    private Venue venue(Long id) {
        Venue venue = id == null ? null : em.find(Venue.class, id);
        if (venue == null) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "There is no venue " + id + ". GET /api/venues lists them.");
        }
        return venue;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
