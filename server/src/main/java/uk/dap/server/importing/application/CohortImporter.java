package uk.dap.server.importing.application;

import uk.dap.server.cohort.application.Venues;
import uk.dap.server.importing.domain.ImportCells;
import uk.dap.server.cohort.domain.CohortSession;
import uk.dap.server.cohort.domain.Cohort;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Arrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.dap.server.cohort.application.Cohorts;
import uk.dap.server.importing.domain.Column;
import uk.dap.server.importing.domain.ImportDates;
import uk.dap.server.importing.domain.ImportRow;
import uk.dap.server.security.application.StaffDirectory;
import uk.dap.shared.api.cohort.CohortView;
import uk.dap.shared.api.cohort.NewCohort;
import uk.dap.shared.api.cohort.SessionStatus;
import uk.dap.shared.api.cohort.SessionView;
import uk.dap.shared.text.UkDates;

/**
 * Cohorts with their weekly sessions, one row each, made by {@link Cohorts#create} on the day they began, and their
 * cancelled sessions cancelled as {@link Cohorts#cancelSession} cancels one (a replacement is added after the last
 * session, as live). docs/import.md.
 */
@ApplicationScoped
public class CohortImporter extends KindOfRecord {
    static final String KIND = "cohorts";
    static final Column REFERENCE = Column.required("Cohort reference",
            "your own reference for this group, up to 60 characters; the attendance file names the group by it", "CD-2019-SPRING");
    static final Column PROGRAMME = Column.required("Programme", "Caring Dads, New Beginnings, Freedom, Gateway or DART", "Caring Dads");
    static final Column VENUE = Column.required("Venue", "the name of a venue set up here (an administrator adds venues)", "Example Family Centre");
    static final Column ROOM = Column.optional("Room", "up to 60 characters", "Room 2");
    static final Column FIRST_SESSION = Column.required("First session", "the date of the first session, from 1 Jan 2000 to today;"
            + " the sessions follow weekly, skipping closure dates, for the programme's length", "6 Mar 2019");
    static final Column START_TIME = Column.required("Start time", "as 18:30", "18:30");
    static final Column LENGTH = Column.optional("Length in minutes", "15 to 480; empty for the programme's usual length", "120");
    static final Column CAPACITY = Column.optional("Places", "the number of places; empty for the programme's usual number", "");
    static final Column FACILITATORS = Column.optional("Facilitators", "the usernames of facilitators of the programme here,"
            + " separated by semicolons", "demo-facilitator");
    static final Column CANCELLED = Column.optional("Cancelled sessions", "the dates of sessions that did not take place, separated by"
            + " semicolons; each is replaced by a session a week after the last", "");
    static final Column CANCELLED_WHY = Column.optional("Why cancelled", "up to 300 characters; needed with cancelled sessions", "");
    private static final List<Column> COLUMNS = List.of(REFERENCE, PROGRAMME, VENUE, ROOM, FIRST_SESSION, START_TIME, LENGTH, CAPACITY,
            FACILITATORS, CANCELLED, CANCELLED_WHY);

    public CohortImporter() {
        super(KIND, "Cohorts and sessions", 5,
                "One row per group that ran (or runs): where and when it met, who ran it, and which sessions were cancelled.",
                COLUMNS);
    }

    @Inject
    Cohorts cohorts;
    @Inject
    Venues venues;
    @Inject
    ImportLookups lookups;
    @Inject
    StaffDirectory staff;
    @Inject
    ExternalIds externalIds;

    @Override
    public Outcome take(ImportRow row, ImportRun run) {
        String reference = run.reference(row, REFERENCE);
        if (reference != null && (externalIds.find(KIND, reference) != null || cohorts.visibleByReference(reference).isPresent())) {
            return Outcome.ALREADY_IMPORTED;
        }
        String programme = lookups.programme(row, PROGRAMME);
        Long venue = lookups.venue(row, VENUE);
        LocalDate first = row.date(FIRST_SESSION, ImportDates.EARLIEST, run.today());
        LocalTime start = row.time(START_TIME);
        Integer length = row.whole(LENGTH, 15, 480);
        Integer capacity = row.whole(CAPACITY, 1, 50);
        List<Long> facilitators = facilitators(row);
        List<LocalDate> cancelled = cancelled(row, run.today());
        String why = row.multiLineText(CANCELLED_WHY, 300);
        if (!cancelled.isEmpty() && why == null && row.raw(CANCELLED_WHY) == null) {
            row.problem(CANCELLED_WHY, "Say why the sessions were cancelled.");
        }
        if (row.hasProblems()) {
            return Outcome.REFUSED;
        }
        return written(row, null, () -> {
            CohortView cohort = cohorts.create(new NewCohort(programme, venue, row.text(ROOM, 60), first, start, length, capacity, facilitators));
            for (LocalDate day : cancelled) {
                Optional<SessionView> session = cohort.sessions().stream()
                        .filter(s -> s.date().equals(day) && s.status() == SessionStatus.SCHEDULED).findFirst();
                if (session.isEmpty()) {
                    row.problem(CANCELLED, UkDates.date(day) + " is not a day this group met: its sessions are weekly from "
                            + UkDates.date(first) + ", skipping closure dates.");
                    return Outcome.REFUSED;
                }
                cohort = cohorts.cancelSession(cohort.id(), session.get().id(), why);
            }
            externalIds.remember(KIND, reference, cohort.id(), run.id());
            return Outcome.CREATED;
        });
    }

    private List<Long> facilitators(ImportRow row) {
        List<Long> ids = new ArrayList<>();
        for (String username : row.items(FACILITATORS)) {
            Long id = staff.idOf(username);
            if (id == null) {
                row.problem(FACILITATORS, "There is no account with the username " + username + ".");
            }
            ids.add(id);
        }
        return ids;
    }

    private List<LocalDate> cancelled(ImportRow row, LocalDate today) {
        List<LocalDate> days = new ArrayList<>();
        for (String item : row.items(CANCELLED)) {
            LocalDate day = uk.dap.server.importing.domain.ImportDates.parse(item);
            if (day == null || day.isAfter(today)) {
                row.problem(CANCELLED, item + (day == null ? " is not a date: write it as 23 Nov 2026 or 2026-11-23."
                        : " is still to come: only sessions that did not take place are cancelled here."));
            } else {
                days.add(day);
            }
        }
        return days;
    }

    /**
     * The cohorts the caller may see, as they were set up: the first session, the usual time and length, and the
     * sessions that were cancelled (a session moved to another day or time is written as the cohort's usual one).
     */
    @Override
    public List<List<String>> exportPage(long afterId, int size) {
        List<Cohorts.Exported> page = cohorts.exportPage(afterId, size);
        Map<Long, String> named = lookups.cohorts(page.stream().map(e -> e.cohort().id()).toList());
        return page.stream().map(e -> {
            Cohort c = e.cohort();
            List<CohortSession> cancelled = e.sessions().stream().filter(s -> s.status() == SessionStatus.CANCELLED).toList();
            return Arrays.asList(String.valueOf(c.id()), named.get(c.id()), lookups.programmeName(c.programmeCode()),
                    venues.nameOf(c.venueId()).orElse(null), c.room(), ImportCells.date(c.startDate()), c.startTime().toString(),
                    String.valueOf(c.durationMinutes()), String.valueOf(c.capacity()),
                    c.facilitatorIds().stream().sorted().map(id -> staff.find(id).username()).collect(Collectors.joining("; ")),
                    cancelled.stream().map(s -> ImportCells.date(s.date())).collect(Collectors.joining("; ")),
                    cancelled.stream().map(CohortSession::note).filter(java.util.Objects::nonNull).distinct().collect(Collectors.joining("; ")));
        }).toList();
    }
}
