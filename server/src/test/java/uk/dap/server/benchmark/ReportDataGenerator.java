package uk.dap.server.benchmark;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import uk.dap.server.participant.domain.NameWords;

/**
 * Ten years of a large, entirely fictional service written straight into the server's database with JDBC batches, for
 * the report benchmark (issue 6). Deterministic: the same seed and size give the same rows. Identity columns stay
 * GENERATED ALWAYS (as the migrations made them); their ids are read back in bulk after each table, in insert order,
 * which is safe because nothing else writes while it runs. Every table is committed every {@link #COMMIT_EVERY} rows so
 * that Derby's log and the server's heap stay small.
 *
 * <p>What a referral becomes: a few are never assessed, some are found ineligible and declined, most are accepted and
 * placed in the next cohort of their programme with room (12-15 a group, weekly sessions, about 3% cancelled), where
 * they attend with a personal rate, withdraw with a reason or complete; those placed in cohorts that have not started
 * by {@link #END} are waiting, those whose cohort is running are active. Questionnaires before, after and six months
 * later carry scores (not item answers: the report reads scores only). Not generated: consent and risk records,
 * eligibility rule results, enrolment transitions, item answers, alerts, audit entries.
 */
public final class ReportDataGenerator {
    static final int COMMIT_EVERY = 5_000;
    static final LocalDate START = LocalDate.of(2016, 12, 1);
    /** "Today" for the data set: fixed, so the data does not depend on the day it was made. */
    static final LocalDate END = LocalDate.of(2026, 11, 20);
    static final String ACTOR = "benchmark-generator";
    static final String[] ATTENDED = {"PRESENT", "LATE", "ATTENDED_PAPER", "LEFT_EARLY"};
    static final String[] REASONS = {"DISENGAGED", "MOVED_AWAY", "NEW_RISK", "HEALTH", "IN_CUSTODY", "EXCLUDED", "OTHER"};
    static final int[] REASON_WEIGHTS = {45, 12, 10, 10, 5, 8, 10};
    static final String[] AGENCIES = {"CHILDRENS_SOCIAL_CARE", "ADULT_SOCIAL_CARE", "PROBATION", "POLICE", "HEALTH", "IDVA_SERVICE",
            "VOLUNTARY_SECTOR", "SELF_REFERRAL"};

    /** Programme, share of referrals, weeks, capacity, gender of the person referred. */
    record Programme(String code, int share, int weeks, int capacity, String gender) {
    }

    static final List<Programme> PROGRAMMES = List.of(
            new Programme("FREEDOM", 35, 12, 14, "FEMALE"),
            new Programme("GATEWAY", 20, 12, 14, "FEMALE"),
            new Programme("CARING_DADS", 15, 17, 13, "MALE"),
            new Programme("NEW_BEGINNINGS", 15, 24, 12, "FEMALE"),
            new Programme("DART", 15, 10, 12, "FEMALE"));

    private final Connection c;
    private final Random rnd;
    private final int participants;
    private final long staffId;
    private final long facilitatorId;
    private final Consumer<String> log;
    private final Map<String, Long> rows = new LinkedHashMap<>();
    private int pending;

    // Participants.
    private int[] programmeOf;
    private long[] participantId;
    private int[] childCount;
    private int[] firstChild;
    private long[] childId;
    private LocalDate[] childBirth;
    // Referrals, in date order within each programme.
    private final List<Ref> refs = new ArrayList<>();
    // Cohorts and their sessions.
    private final List<CohortPlan> cohorts = new ArrayList<>();

    static final class Ref {
        int person;
        int programme;
        LocalDate referredOn;
        String agency;
        String check;      // null: never assessed
        String decision;   // null: none yet
        String state;
        int cohort = -1;
        LocalDate enrolledOn;
        LocalDate endedOn;
        String reason;
        long referralId;
        long enrolmentId;
        double rate;
        int leaveAfter;    // withdraws after this many of its held sessions (0: does not)
    }

    static final class CohortPlan {
        int index;
        int programme;
        LocalDate start;
        int venue;
        int size;
        long id;
        LocalDate[] dates;
        boolean[] cancelled;
        long[] sessionIds;
    }

    public ReportDataGenerator(Connection connection, int participants, long seed, long staffId, long facilitatorId,
                               Consumer<String> log) {
        this.c = connection;
        this.participants = participants;
        this.rnd = new Random(seed);
        this.staffId = staffId;
        this.facilitatorId = facilitatorId;
        this.log = log;
    }

    public Map<String, Long> run() throws SQLException {
        c.setAutoCommit(false);
        plan();
        insertParticipants();
        insertChildren();
        long[] venues = insertVenues();
        insertCohorts(venues);
        insertSessions(venues);
        insertReferrals();
        insertChecksAndDecisions();
        insertEnrolments();
        insertAttendanceAndResponses();
        insertOutcomesAndStarts();
        // The triggers of V12 marked each enrolment stale once per row written about it; once is enough, and the
        // service rebuilds the report's prepared rows in the background after the commit.
        try (java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM report_stale");
            st.executeUpdate("INSERT INTO report_stale (enrolment_id) SELECT id FROM enrolment");
        }
        c.commit();
        return rows;
    }

    // ---------------------------------------------------------------- planning, in memory

    private void plan() {
        programmeOf = new int[participants];
        childCount = new int[participants];
        firstChild = new int[participants];
        int children = 0;
        long days = ChronoUnit.DAYS.between(START, END);
        List<List<Ref>> byProgramme = new ArrayList<>();
        PROGRAMMES.forEach(p -> byProgramme.add(new ArrayList<>()));
        for (int i = 0; i < participants; i++) {
            int p = pick(PROGRAMMES.stream().mapToInt(Programme::share).toArray());
            programmeOf[i] = p;
            firstChild[i] = children;
            childCount[i] = PROGRAMMES.get(p).code().equals("FREEDOM") ? rnd.nextInt(3) : 1 + rnd.nextInt(3);
            children += childCount[i];
            // Repeat referrals over ten years: 1 for most, 2 or 3 for some, to the same programme.
            int referrals = 1 + (rnd.nextDouble() < 0.65 ? 1 : 0) + (rnd.nextDouble() < 0.35 ? 1 : 0);
            LocalDate first = START.plusDays(rnd.nextInt((int) days));
            for (int k = 0; k < referrals; k++) {
                Ref r = new Ref();
                r.person = i;
                r.programme = p;
                r.referredOn = k == 0 ? first : first.plusDays(150L * k + rnd.nextInt(150));
                if (r.referredOn.isAfter(END)) {
                    continue;
                }
                r.agency = AGENCIES[rnd.nextInt(AGENCIES.length)];
                byProgramme.get(p).add(r);
            }
        }
        childId = new long[children];
        childBirth = new LocalDate[children];
        for (int p = 0; p < PROGRAMMES.size(); p++) {
            List<Ref> list = byProgramme.get(p);
            list.sort((a, b) -> a.referredOn.compareTo(b.referredOn));
            decide(p, list);
            refs.addAll(list);
        }
    }

    /** Assessment, decision and placement for one programme's referrals, in date order. */
    private void decide(int p, List<Ref> list) {
        Programme programme = PROGRAMMES.get(p);
        List<CohortPlan> open = new ArrayList<>();
        for (Ref r : list) {
            double x = rnd.nextDouble();
            long age = ChronoUnit.DAYS.between(r.referredOn, END);
            if (age < 10 || x < 0.03) {
                // Not yet assessed, or gone before assessment.
                r.state = age < 10 || x < 0.015 ? "REFERRED" : "WITHDRAWN";
                if (r.state.equals("WITHDRAWN")) {
                    r.reason = "DISENGAGED";
                    r.endedOn = r.referredOn.plusDays(5);
                }
                continue;
            }
            double y = rnd.nextDouble();
            r.check = y < 0.84 ? "ELIGIBLE" : y < 0.97 ? "INELIGIBLE" : "NEEDS_INFORMATION";
            if (r.check.equals("NEEDS_INFORMATION")) {
                r.state = "ASSESSED";
                continue;
            }
            if (r.check.equals("INELIGIBLE") || rnd.nextDouble() < 0.03) {
                r.decision = "DECLINE";
                r.state = "INELIGIBLE";
                continue;
            }
            r.decision = "ACCEPT";
            double z = rnd.nextDouble();
            if (z < 0.03) {
                r.state = "ELIGIBLE";
                continue;
            }
            if (z < 0.06) {
                r.state = "WITHDRAWN";
                r.reason = "MOVED_AWAY";
                r.endedOn = r.referredOn.plusDays(20);
                continue;
            }
            LocalDate ready = r.referredOn.plusDays(7 + rnd.nextInt(21));
            open.removeIf(k -> k.start.isBefore(ready) || k.size >= programme.capacity());
            CohortPlan cohort = open.isEmpty() ? null : open.get(0);
            if (cohort == null) {
                cohort = new CohortPlan();
                cohort.programme = p;
                cohort.index = cohorts.size();
                cohort.venue = rnd.nextInt(12);
                cohort.start = ready.plusDays(14).with(TemporalAdjusters.nextOrSame(DayOfWeek.of(1 + cohort.venue % 5)));
                schedule(cohort, programme.weeks());
                cohorts.add(cohort);
                open.add(cohort);
            }
            cohort.size++;
            r.cohort = cohort.index;
            if (cohort.start.isAfter(END)) {
                r.state = "WAITING";
                continue;
            }
            r.enrolledOn = cohort.start.minusDays(3);
            // Personal attendance rate, and whether and when they leave.
            double e = rnd.nextDouble();
            r.rate = e < 0.5 ? 0.92 : e < 0.8 ? 0.8 : e < 0.93 ? 0.6 : 0.3;
            if (rnd.nextDouble() < (r.rate < 0.5 ? 0.8 : 0.22)) {
                r.leaveAfter = 1 + rnd.nextInt(Math.max(1, programme.weeks() - 2));
                r.reason = REASONS[pick(REASON_WEIGHTS)];
            }
            r.state = "ENROLLED";
        }
    }

    /** Weekly sessions, about 3% cancelled (the programme then runs a week longer). */
    private void schedule(CohortPlan cohort, int weeks) {
        List<LocalDate> dates = new ArrayList<>();
        List<Boolean> cancelled = new ArrayList<>();
        int held = 0;
        for (LocalDate d = cohort.start; held < weeks; d = d.plusWeeks(1)) {
            boolean off = rnd.nextDouble() < 0.03;
            dates.add(d);
            cancelled.add(off);
            held += off ? 0 : 1;
        }
        cohort.dates = dates.toArray(LocalDate[]::new);
        cohort.cancelled = new boolean[dates.size()];
        for (int i = 0; i < dates.size(); i++) {
            cohort.cancelled[i] = cancelled.get(i);
        }
    }

    // ---------------------------------------------------------------- inserts

    private void insertParticipants() throws SQLException {
        long before = maxId("participant");
        long t0 = System.nanoTime();
        try (PreparedStatement st = c.prepareStatement("INSERT INTO participant (first_name, last_name, date_of_birth, gender,"
                + " preferred_language, interpreter_needed, accessibility_needs, address, postcode, phone, email, contact_confidential,"
                + " confidential_reason, safe_phone, safe_voicemail, safe_text, safe_email, safe_letters, code_word, safe_times,"
                + " key_worker_id, created_by, created_at, version) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, ?, ?, 0)")) {
            for (int i = 0; i < participants; i++) {
                boolean confidential = rnd.nextDouble() < 0.08;
                st.setString(1, "Test");
                st.setString(2, String.format("Person %06d", i + 1));
                st.setDate(3, Date.valueOf(LocalDate.of(1960, 1, 1).plusDays(rnd.nextInt(365 * 42))));
                st.setString(4, PROGRAMMES.get(programmeOf[i]).gender());
                boolean interpreter = rnd.nextDouble() < 0.06;
                st.setString(5, interpreter ? (rnd.nextBoolean() ? "Polish" : "Urdu") : "English");
                st.setBoolean(6, interpreter);
                st.setString(7, (i % 200 + 1) + " Fictional Street, Testtown");
                st.setString(8, "ZZ9 9ZZ");
                st.setString(9, "01632 960" + String.format("%03d", i % 1000)); // Ofcom's drama range: never a real number
                st.setBoolean(10, confidential);
                st.setString(11, confidential ? "Fled to a refuge (fictional)" : null);
                st.setBoolean(12, true);
                st.setBoolean(13, rnd.nextBoolean());
                st.setBoolean(14, true);
                st.setBoolean(15, false);
                st.setBoolean(16, !confidential);
                st.setLong(17, staffId);
                st.setTimestamp(18, Timestamp.valueOf(START.atStartOfDay()));
                add(st, "participant");
            }
            flush(st);
        }
        participantId = ids("participant", before, participants);
        took("participant", t0);
        insertNameWords();
    }

    /** What the entity keeps with each name (Participant.nameWords), by the same rule. */
    private void insertNameWords() throws SQLException {
        long t0 = System.nanoTime();
        try (PreparedStatement st = c.prepareStatement("INSERT INTO participant_name_word (participant_id, word) VALUES (?, ?)")) {
            for (int i = 0; i < participants; i++) {
                for (String word : NameWords.of("Test", String.format("Person %06d", i + 1))) {
                    st.setLong(1, participantId[i]);
                    st.setString(2, word);
                    add(st, "participant_name_word");
                }
            }
            flush(st);
        }
        took("participant_name_word", t0);
    }

    private void insertChildren() throws SQLException {
        long before = maxId("child");
        long t0 = System.nanoTime();
        try (PreparedStatement st = c.prepareStatement("INSERT INTO child (participant_id, first_name, last_name, date_of_birth,"
                + " lives_with_participant, regular_contact, social_care_status, status_changed_on, needs_creche, version)"
                + " VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, 0)")) {
            for (int i = 0; i < participants; i++) {
                String code = PROGRAMMES.get(programmeOf[i]).code();
                for (int k = 0; k < childCount[i]; k++) {
                    int n = firstChild[i] + k;
                    LocalDate born = code.equals("DART") ? LocalDate.of(2005, 1, 1).plusDays(rnd.nextInt(365 * 15))
                            : LocalDate.of(2002, 1, 1).plusDays(rnd.nextInt(365 * 24));
                    childBirth[n] = born;
                    st.setLong(1, participantId[i]);
                    st.setString(2, "Child " + (k + 1));
                    st.setDate(3, Date.valueOf(born));
                    st.setBoolean(4, !code.equals("CARING_DADS") || rnd.nextDouble() < 0.3);
                    if (code.equals("CARING_DADS")) {
                        st.setBoolean(5, true);
                    } else {
                        st.setNull(5, Types.BOOLEAN);
                    }
                    st.setString(6, switch (code) {
                        case "NEW_BEGINNINGS" -> "CHILD_PROTECTION_PLAN";
                        case "CARING_DADS" -> rnd.nextBoolean() ? "CHILD_IN_NEED" : "CHILD_PROTECTION_PLAN";
                        default -> rnd.nextDouble() < 0.6 ? "NONE" : "EARLY_HELP";
                    });
                    st.setDate(7, Date.valueOf(START));
                    st.setBoolean(8, code.equals("GATEWAY") && rnd.nextDouble() < 0.6);
                    add(st, "child");
                }
            }
            flush(st);
        }
        childId = ids("child", before, childId.length);
        took("child", t0);
    }

    private long[] insertVenues() throws SQLException {
        long before = maxId("venue");
        try (PreparedStatement st = c.prepareStatement("INSERT INTO venue (name, created_at) VALUES (?, ?)")) {
            for (int v = 0; v < 12; v++) {
                st.setString(1, String.format("Benchmark venue %02d (fictional, %d participants)", v + 1, participants));
                st.setTimestamp(2, Timestamp.valueOf(START.atStartOfDay()));
                add(st, "venue");
            }
            flush(st);
        }
        return ids("venue", before, 12);
    }

    private void insertCohorts(long[] venues) throws SQLException {
        long before = maxId("cohort");
        long t0 = System.nanoTime();
        try (PreparedStatement st = c.prepareStatement("INSERT INTO cohort (programme_code, venue_id, room, start_date, start_time,"
                + " duration_minutes, capacity, created_by, created_at, version) VALUES (?, ?, 'Group room', ?, ?, 120, ?, ?, ?, 0)")) {
            for (CohortPlan k : cohorts) {
                Programme p = PROGRAMMES.get(k.programme);
                st.setString(1, p.code());
                st.setLong(2, venues[k.venue]);
                st.setDate(3, Date.valueOf(k.start));
                st.setTime(4, Time.valueOf(LocalTime.of(10, 0)));
                st.setInt(5, p.capacity());
                st.setLong(6, staffId);
                st.setTimestamp(7, Timestamp.valueOf(k.start.minusDays(30).atStartOfDay()));
                add(st, "cohort");
            }
            flush(st);
        }
        long[] ids = ids("cohort", before, cohorts.size());
        try (PreparedStatement st = c.prepareStatement("INSERT INTO cohort_facilitator (cohort_id, account_id) VALUES (?, ?)")) {
            for (int i = 0; i < ids.length; i++) {
                cohorts.get(i).id = ids[i];
                st.setLong(1, ids[i]);
                st.setLong(2, facilitatorId);
                add(st, "cohort_facilitator");
            }
            flush(st);
        }
        took("cohort", t0);
    }

    private void insertSessions(long[] venues) throws SQLException {
        long before = maxId("cohort_session");
        long t0 = System.nanoTime();
        int total = 0;
        try (PreparedStatement st = c.prepareStatement("INSERT INTO cohort_session (cohort_id, number, session_date, start_time,"
                + " duration_minutes, venue_id, status, note, version, opened_at, opened_by, register_closed_at, register_closed_by)"
                + " VALUES (?, ?, ?, ?, 120, ?, ?, ?, 0, ?, ?, ?, ?)")) {
            for (CohortPlan k : cohorts) {
                for (int s = 0; s < k.dates.length; s++) {
                    boolean held = !k.cancelled[s] && !k.dates[s].isAfter(END);
                    st.setLong(1, k.id);
                    st.setInt(2, s + 1);
                    st.setDate(3, Date.valueOf(k.dates[s]));
                    st.setTime(4, Time.valueOf(LocalTime.of(10, 0)));
                    st.setLong(5, venues[k.venue]);
                    st.setString(6, k.cancelled[s] ? "CANCELLED" : "SCHEDULED");
                    st.setString(7, k.cancelled[s] ? "Facilitator unwell (fictional)" : null);
                    st.setTimestamp(8, held ? Timestamp.valueOf(k.dates[s].atTime(9, 55)) : null);
                    st.setString(9, held ? "Facilitator (benchmark)" : null);
                    st.setTimestamp(10, held ? Timestamp.valueOf(k.dates[s].atTime(12, 30)) : null);
                    st.setString(11, held ? "Facilitator (benchmark)" : null);
                    add(st, "cohort_session");
                    total++;
                }
            }
            flush(st);
        }
        long[] ids = ids("cohort_session", before, total);
        int n = 0;
        for (CohortPlan k : cohorts) {
            k.sessionIds = Arrays.copyOfRange(ids, n, n + k.dates.length);
            n += k.dates.length;
        }
        took("cohort_session", t0);
    }

    private void insertReferrals() throws SQLException {
        long before = maxId("referral");
        long t0 = System.nanoTime();
        try (PreparedStatement st = c.prepareStatement("INSERT INTO referral (participant_id, programme_code, referrer_account_id,"
                + " external_agency, external_contact, agency_type, referred_on, reason, father_figure, abusive_to_mother,"
                + " hostile_after_separation, main_concern_csa, experienced_abuse, created_by, created_at, version)"
                + " VALUES (?, ?, NULL, ?, 'Test Contact (fictional)', ?, ?, 'Benchmark referral (fictional)', ?, ?, ?, ?, ?, ?, ?, 0)")) {
            for (Ref r : refs) {
                boolean dads = PROGRAMMES.get(r.programme).code().equals("CARING_DADS");
                st.setLong(1, participantId[r.person]);
                st.setString(2, PROGRAMMES.get(r.programme).code());
                st.setString(3, "Fictional agency " + (1 + r.person % 40));
                st.setString(4, r.agency);
                st.setDate(5, Date.valueOf(r.referredOn));
                for (int i = 6; i <= 9; i++) {
                    if (dads) {
                        st.setBoolean(i, i != 9);
                    } else {
                        st.setNull(i, Types.BOOLEAN);
                    }
                }
                if (dads) {
                    st.setNull(10, Types.BOOLEAN);
                } else {
                    st.setBoolean(10, true);
                }
                st.setLong(11, staffId);
                st.setTimestamp(12, Timestamp.valueOf(r.referredOn.atTime(11, 0)));
                add(st, "referral");
            }
            flush(st);
        }
        long[] ids = ids("referral", before, refs.size());
        for (int i = 0; i < ids.length; i++) {
            refs.get(i).referralId = ids[i];
        }
        // DART: the family's children are on the referral.
        try (PreparedStatement st = c.prepareStatement("INSERT INTO referral_family_child (referral_id, child_id) VALUES (?, ?)")) {
            for (Ref r : refs) {
                if (PROGRAMMES.get(r.programme).code().equals("DART")) {
                    for (int k = 0; k < childCount[r.person]; k++) {
                        st.setLong(1, r.referralId);
                        st.setLong(2, childId[firstChild[r.person] + k]);
                        add(st, "referral_family_child");
                    }
                }
            }
            flush(st);
        }
        took("referral", t0);
    }

    private void insertChecksAndDecisions() throws SQLException {
        long t0 = System.nanoTime();
        try (PreparedStatement check = c.prepareStatement("INSERT INTO eligibility_check (referral_id, outcome, checked_by, checked_at)"
                + " VALUES (?, ?, 'Lead (benchmark)', ?)");
             PreparedStatement decision = c.prepareStatement("INSERT INTO eligibility_decision (referral_id, decision, reason,"
                     + " justification, check_outcome, decided_by, decided_at) VALUES (?, ?, ?, NULL, ?, 'Lead (benchmark)', ?)")) {
            for (Ref r : refs) {
                if (r.check != null) {
                    check.setLong(1, r.referralId);
                    check.setString(2, r.check);
                    check.setTimestamp(3, Timestamp.valueOf(r.referredOn.plusDays(5).atTime(14, 0)));
                    add(check, "eligibility_check");
                }
                if (r.decision != null) {
                    decision.setLong(1, r.referralId);
                    decision.setString(2, r.decision);
                    decision.setString(3, r.decision.equals("ACCEPT") ? "Meets the criteria" : "Does not meet the criteria");
                    decision.setString(4, r.check);
                    decision.setTimestamp(5, Timestamp.valueOf(r.referredOn.plusDays(6).atTime(14, 0)));
                    add(decision, "eligibility_decision");
                }
            }
            flush(check);
            flush(decision);
        }
        took("eligibility_check/decision", t0);
    }

    /**
     * Enrolment rows need the state their attendance leads to, so the attendance is drawn here (with its own seed per
     * enrolment, to be drawn again identically when it is written).
     */
    private void insertEnrolments() throws SQLException {
        long before = maxId("enrolment");
        long t0 = System.nanoTime();
        try (PreparedStatement st = c.prepareStatement("INSERT INTO enrolment (referral_id, participant_id, programme_code, state,"
                + " cohort_id, offered_at, enrolled_at, ended_at, ended_on, withdrawal_reason, withdrawal_note, version)"
                + " VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, 0)")) {
            for (int i = 0; i < refs.size(); i++) {
                Ref r = refs.get(i);
                if (r.state.equals("ENROLLED")) {
                    settle(r, i);
                }
                st.setLong(1, r.referralId);
                st.setLong(2, participantId[r.person]);
                st.setString(3, PROGRAMMES.get(r.programme).code());
                st.setString(4, r.state);
                if (r.cohort >= 0) {
                    st.setLong(5, cohorts.get(r.cohort).id);
                } else {
                    st.setNull(5, Types.BIGINT);
                }
                st.setTimestamp(6, r.enrolledOn == null ? null : Timestamp.valueOf(r.enrolledOn.atTime(9, 0)));
                st.setTimestamp(7, r.endedOn == null ? null : Timestamp.valueOf(r.endedOn.atTime(17, 0)));
                st.setDate(8, r.endedOn == null ? null : java.sql.Date.valueOf(r.endedOn));
                st.setString(9, r.reason != null && r.state.equals("WITHDRAWN") ? r.reason : null);
                st.setString(10, "OTHER".equals(r.reason) && r.state.equals("WITHDRAWN") ? "Benchmark: left for another reason (fictional)" : null);
                add(st, "enrolment");
            }
            flush(st);
        }
        long[] ids = ids("enrolment", before, refs.size());
        for (int i = 0; i < ids.length; i++) {
            refs.get(i).enrolmentId = ids[i];
        }
        took("enrolment", t0);
    }

    /** Draws the attendance of one placed person and settles their state: still enrolled, completed or withdrawn. */
    private String[] settle(Ref r, int index) {
        CohortPlan k = cohorts.get(r.cohort);
        Random own = new Random(index * 7919L + 17);
        String[] marks = new String[k.dates.length];
        int held = 0;
        int attended = 0;
        int last = -1;
        boolean finished = true;
        for (int s = 0; s < k.dates.length; s++) {
            if (k.cancelled[s]) {
                continue;
            }
            if (k.dates[s].isAfter(END)) {
                finished = false;
                break;
            }
            if (r.leaveAfter > 0 && held >= r.leaveAfter) {
                break;
            }
            double x = own.nextDouble();
            String mark;
            if (x < r.rate) {
                double y = own.nextDouble();
                mark = y < 0.82 ? "PRESENT" : y < 0.92 ? "LATE" : y < 0.97 ? "ATTENDED_PAPER" : "LEFT_EARLY";
                attended++;
            } else {
                mark = own.nextDouble() < 0.4 ? "EXCUSED" : "ABSENT";
            }
            marks[s] = mark;
            held++;
            last = s;
        }
        if (r.leaveAfter > 0 && held >= r.leaveAfter) {
            r.state = "WITHDRAWN";
            r.endedOn = k.dates[last].plusDays(3);
        } else if (finished) {
            int scheduled = 0;
            for (boolean off : k.cancelled) {
                scheduled += off ? 0 : 1;
            }
            boolean finalAttended = last >= 0 && marks[last] != null && isAttended(marks[last]);
            if (attended * 100 >= 75 * scheduled && finalAttended) {
                r.state = "COMPLETED";
                r.endedOn = k.dates[last];
            } else {
                r.state = "WITHDRAWN";
                r.reason = "DISENGAGED";
                r.endedOn = k.dates[last].plusDays(3);
            }
        }
        return marks;
    }

    private static boolean isAttended(String mark) {
        for (String a : ATTENDED) {
            if (a.equals(mark)) {
                return true;
            }
        }
        return false;
    }

    private void insertAttendanceAndResponses() throws SQLException {
        long t0 = System.nanoTime();
        try (PreparedStatement att = c.prepareStatement("INSERT INTO attendance (id, session_id, enrolment_id, status, sign_in_id,"
                + " kiosk_id, kiosk_time, server_time, marked_by, correction_reason, version) VALUES (?, ?, ?, ?, NULL, NULL, NULL, ?, ?, NULL, 0)");
             PreparedStatement resp = c.prepareStatement("INSERT INTO evaluation_response (id, enrolment_id, participant_id,"
                     + " programme_code, instrument_code, instrument_version, stage, source, kiosk_id, session_id, entered_by, answered_at,"
                     + " received_at, score, answered_items) VALUES (?, ?, ?, ?, ?, 1, ?, ?, NULL, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < refs.size(); i++) {
                Ref r = refs.get(i);
                if (r.enrolledOn == null) {
                    continue;
                }
                CohortPlan k = cohorts.get(r.cohort);
                // Drawn again exactly as settle() drew it (the state is already written).
                String state = r.state;
                LocalDate ended = r.endedOn;
                String reason = r.reason;
                r.state = "ENROLLED";
                String[] marks = settle(r, i);
                r.state = state;
                r.endedOn = ended;
                r.reason = reason;
                int firstAttended = -1;
                for (int s = 0; s < marks.length; s++) {
                    if (marks[s] == null) {
                        continue;
                    }
                    if (firstAttended < 0 && isAttended(marks[s])) {
                        firstAttended = s;
                    }
                    att.setString(1, new UUID(rnd.nextLong(), rnd.nextLong()).toString());
                    att.setLong(2, k.sessionIds[s]);
                    att.setLong(3, r.enrolmentId);
                    att.setString(4, marks[s]);
                    att.setTimestamp(5, Timestamp.valueOf(k.dates[s].atTime(10, rnd.nextInt(20))));
                    att.setString(6, "Facilitator (benchmark)");
                    add(att, "attendance");
                }
                if (firstAttended < 0) {
                    continue;
                }
                // Questionnaires: before at the first session attended, after at the end for those who completed, and
                // six months later for some of them.
                double base = 8 + rnd.nextGaussian() * 4;
                double lifeBase = 4 + rnd.nextGaussian() * 1.4;
                LocalDate pre = k.dates[firstAttended];
                if (rnd.nextDouble() < 0.9) {
                    response(resp, r, k.sessionIds[firstAttended], "RSES", "PRE", pre, clamp(base, 0, 30), 10);
                }
                if (rnd.nextDouble() < 0.85) {
                    response(resp, r, k.sessionIds[firstAttended], "LIFE_AREAS", "PRE", pre, clamp(lifeBase, 1, 10), 8);
                }
                if (r.state.equals("COMPLETED")) {
                    double gain = 4 + rnd.nextGaussian() * 4;
                    double lifeGain = 1.5 + rnd.nextGaussian() * 1.5;
                    if (rnd.nextDouble() < 0.8) {
                        response(resp, r, null, "RSES", "POST", r.endedOn, clamp(base + gain, 0, 30), 10);
                        response(resp, r, null, "LIFE_AREAS", "POST", r.endedOn, clamp(lifeBase + lifeGain, 1, 10), 8);
                        response(resp, r, null, "SESSION_FEEDBACK", "POST", r.endedOn, clamp(4.2 + rnd.nextGaussian() * 0.5, 1, 5), 5);
                    }
                    LocalDate due = r.endedOn.plusMonths(6);
                    if (!due.isAfter(END) && rnd.nextDouble() < 0.45) {
                        response(resp, r, null, "RSES", "FOLLOW_UP", due, clamp(base + gain * 0.8 + rnd.nextGaussian() * 2, 0, 30), 10);
                        response(resp, r, null, "LIFE_AREAS", "FOLLOW_UP", due, clamp(lifeBase + lifeGain * 0.8, 1, 10), 8);
                    }
                }
            }
            flush(att);
            flush(resp);
        }
        took("attendance/evaluation_response", t0);
    }

    private void response(PreparedStatement st, Ref r, Long session, String instrument, String stage, LocalDate on, double score,
                          int items) throws SQLException {
        boolean kiosk = session != null;
        st.setString(1, new UUID(rnd.nextLong(), rnd.nextLong()).toString());
        st.setLong(2, r.enrolmentId);
        st.setLong(3, participantId[r.person]);
        st.setString(4, PROGRAMMES.get(r.programme).code());
        st.setString(5, instrument);
        st.setString(6, stage);
        st.setString(7, kiosk ? "KIOSK" : "PAPER");
        if (kiosk) {
            st.setLong(8, session);
        } else {
            st.setNull(8, Types.BIGINT);
        }
        st.setString(9, kiosk ? "kiosk" : "Key worker (benchmark)");
        st.setTimestamp(10, Timestamp.valueOf(on.atTime(11, 0)));
        st.setTimestamp(11, Timestamp.valueOf(on.atTime(11, 5)));
        st.setDouble(12, Math.round(score * 10) / 10.0);
        st.setInt(13, items);
        add(st, "evaluation_response");
    }

    /** Children's status at the start, outcomes at the end (New Beginnings: children at home), partner contact notes. */
    private void insertOutcomesAndStarts() throws SQLException {
        long t0 = System.nanoTime();
        List<Ref> ended = new ArrayList<>();
        try (PreparedStatement start = c.prepareStatement("INSERT INTO enrolment_child_start (enrolment_id, child_id,"
                + " social_care_status, lived_with_participant, taken_on) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement outcome = c.prepareStatement("INSERT INTO enrolment_outcome (enrolment_id, summary, support_offered,"
                     + " support_what, support_offered_on, support_response, recorded_by, recorded_at, version)"
                     + " VALUES (?, 'Benchmark outcome (fictional)', ?, ?, ?, ?, 'Key worker (benchmark)', ?, 0)")) {
            for (Ref r : refs) {
                if (r.enrolledOn == null) {
                    continue;
                }
                String code = PROGRAMMES.get(r.programme).code();
                for (int k = 0; k < childCount[r.person]; k++) {
                    start.setLong(1, r.enrolmentId);
                    start.setLong(2, childId[firstChild[r.person] + k]);
                    start.setString(3, code.equals("NEW_BEGINNINGS") ? "CHILD_PROTECTION_PLAN" : "CHILD_IN_NEED");
                    start.setBoolean(4, !code.equals("CARING_DADS"));
                    start.setDate(5, Date.valueOf(r.enrolledOn));
                    add(start, "enrolment_child_start");
                }
                if (r.endedOn != null && (r.state.equals("COMPLETED") || rnd.nextDouble() < 0.5)) {
                    boolean support = r.state.equals("COMPLETED") && rnd.nextDouble() < 0.7;
                    outcome.setLong(1, r.enrolmentId);
                    outcome.setBoolean(2, support);
                    outcome.setString(3, support ? "Weekly support group" : null);
                    outcome.setDate(4, support ? Date.valueOf(r.endedOn) : null);
                    outcome.setString(5, support ? (rnd.nextDouble() < 0.7 ? "ACCEPTED" : "DECLINED") : null);
                    outcome.setTimestamp(6, Timestamp.valueOf(r.endedOn.atTime(16, 0)));
                    add(outcome, "enrolment_outcome");
                    ended.add(r);
                }
            }
            flush(start);
            flush(outcome);
        }
        Map<Long, Long> outcomeIds = new java.util.HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT enrolment_id, id FROM enrolment_outcome")) {
            while (rs.next()) {
                outcomeIds.put(rs.getLong(1), rs.getLong(2));
            }
        }
        try (PreparedStatement child = c.prepareStatement("INSERT INTO outcome_child (outcome_id, child_id, status_at_end, remains_at_home)"
                + " VALUES (?, ?, ?, ?)")) {
            for (Ref r : ended) {
                if (!PROGRAMMES.get(r.programme).code().equals("NEW_BEGINNINGS")) {
                    continue;
                }
                for (int k = 0; k < childCount[r.person]; k++) {
                    boolean home = rnd.nextDouble() < (r.state.equals("COMPLETED") ? 0.85 : 0.6);
                    child.setLong(1, outcomeIds.get(r.enrolmentId));
                    child.setLong(2, childId[firstChild[r.person] + k]);
                    child.setString(3, home ? (rnd.nextBoolean() ? "CHILD_IN_NEED" : "CHILD_PROTECTION_PLAN") : "LOOKED_AFTER");
                    child.setBoolean(4, home);
                    add(child, "outcome_child");
                }
            }
            flush(child);
        }
        // Caring Dads: a partner-contact note on most men who were placed (the report counts those contacted).
        long before = maxId("case_note");
        List<Ref> contacted = new ArrayList<>();
        try (PreparedStatement note = c.prepareStatement("INSERT INTO case_note (participant_id, note_type, created_at) VALUES (?, 'PARTNER_CONTACT', ?)")) {
            for (Ref r : refs) {
                if (r.enrolledOn != null && PROGRAMMES.get(r.programme).code().equals("CARING_DADS") && rnd.nextDouble() < 0.75) {
                    note.setLong(1, participantId[r.person]);
                    note.setTimestamp(2, Timestamp.valueOf(r.enrolledOn.plusDays(7).atTime(15, 0)));
                    add(note, "case_note");
                    contacted.add(r);
                }
            }
            flush(note);
        }
        long[] noteIds = ids("case_note", before, contacted.size());
        try (PreparedStatement version = c.prepareStatement("INSERT INTO case_note_version (note_id, version_number, corrects_version_id,"
                + " correction_reason, occurred_on, body, sensitive, author_id, author_name, written_at)"
                + " VALUES (?, 1, NULL, NULL, ?, 'Partner contacted; benchmark note (fictional).', FALSE, ?, 'Partner worker (benchmark)', ?)")) {
            for (int i = 0; i < noteIds.length; i++) {
                Ref r = contacted.get(i);
                version.setLong(1, noteIds[i]);
                version.setDate(2, Date.valueOf(r.enrolledOn.plusDays(7)));
                version.setLong(3, staffId);
                version.setTimestamp(4, Timestamp.valueOf(r.enrolledOn.plusDays(7).atTime(15, 0)));
                add(version, "case_note_version");
            }
            flush(version);
        }
        took("outcomes, children at start, partner contact", t0);
    }

    // ---------------------------------------------------------------- JDBC helpers

    private void add(PreparedStatement st, String table) throws SQLException {
        st.addBatch();
        rows.merge(table, 1L, Long::sum);
        if (++pending % 1_000 == 0) {
            st.executeBatch();
        }
        if (pending >= COMMIT_EVERY) {
            st.executeBatch();
            c.commit();
            pending = 0;
        }
    }

    private void flush(PreparedStatement st) throws SQLException {
        st.executeBatch();
        c.commit();
        pending = 0;
    }

    private long maxId(String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The ids Derby gave the rows just inserted, in the order they were inserted (the only writer is this one). */
    private long[] ids(String table, long after, int expected) throws SQLException {
        long[] ids = new long[expected];
        int n = 0;
        try (PreparedStatement st = c.prepareStatement("SELECT id FROM " + table + " WHERE id > ? ORDER BY id")) {
            st.setLong(1, after);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    if (n == expected) {
                        throw new IllegalStateException("More new rows in " + table + " than were inserted: another writer?");
                    }
                    ids[n++] = rs.getLong(1);
                }
            }
        }
        if (n != expected) {
            throw new IllegalStateException("Expected " + expected + " new rows in " + table + ", found " + n);
        }
        return ids;
    }

    private void took(String what, long t0) {
        log.accept(String.format("  %-45s %6.1f s", what, (System.nanoTime() - t0) / 1e9));
    }

    private int pick(int[] weights) {
        int total = Arrays.stream(weights).sum();
        int x = rnd.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
