package uk.dap.kiosk;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import uk.dap.shared.api.KioskCredential;
import uk.dap.shared.api.KioskRegistered;
import uk.dap.shared.api.NewKiosk;
import uk.dap.shared.api.NewVenue;
import uk.dap.shared.api.StaffAccountView;
import uk.dap.shared.api.VenueView;
import uk.dap.shared.api.attendance.PinChange;
import uk.dap.shared.api.attendance.SessionRegister;
import uk.dap.shared.client.DapClient;

/**
 * A group room for a test, made through the real API as staff would: a venue of its own with an enrolled kiosk, and
 * Freedom cohorts that start today there, facilitated by demo-facilitator (kiosk PIN {@value #PIN}), with fictional
 * women placed in them. Every name is obviously made up.
 */
final class Classroom {
    static final ZoneId UK = ZoneId.of("Europe/London");
    static final String FACILITATOR = "demo-facilitator";
    static final String PIN = "2468";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** Someone to place: first and last name, and the preferred language as recorded (or null). */
    record Person(String first, String last, String language) {
    }

    /** One cohort today: its first session and each person's enrolment and participant ids, in the order given. */
    record Group(long cohortId, long sessionId, List<Long> enrolments, List<Long> participants) {
    }

    final KioskCredential credential;
    final List<Group> groups;
    final String venueName;

    private Classroom(KioskCredential credential, List<Group> groups, String venueName) {
        this.credential = credential;
        this.groups = groups;
        this.venueName = venueName;
    }

    static Classroom create(URI server, List<List<Person>> cohorts) {
        try (DapClient admin = client(server); DapClient lead = client(server); DapClient facilitator = client(server);
             DapClient anonymous = client(server)) {
            admin.signIn("demo-admin", "demo-admin-pw");
            String name = "Meadow View Centre (test " + System.currentTimeMillis() % 100000 + "-" + SEQUENCE.incrementAndGet() + ")";
            VenueView venue = admin.send("POST", "/api/venues", new NewVenue(name), VenueView.class);
            KioskRegistered kiosk = admin.send("POST", "/api/kiosks", new NewKiosk(venue.id(), "Group room (test)"), KioskRegistered.class);
            KioskCredential credential = anonymous.enrolKiosk(kiosk.enrolmentCode());
            @SuppressWarnings("unchecked")
            List<StaffAccountView> accounts = (List<StaffAccountView>) admin.send("GET", "/api/accounts", null, DapClient.listOf(StaffAccountView.class));
            long facilitatorId = accounts.stream().filter(a -> a.username().equals(FACILITATOR)).findFirst().orElseThrow().id();
            facilitator.signIn(FACILITATOR, "demo-facilitator-pw");
            facilitator.send("PUT", "/api/me/pin", new PinChange(PIN), Void.class);

            lead.signIn("demo-lead", "demo-lead-pw");
            LocalDate today = LocalDate.now(UK);
            LocalTime start = LocalTime.now(UK).truncatedTo(ChronoUnit.MINUTES).minusMinutes(5);
            List<Group> groups = new ArrayList<>();
            for (int i = 0; i < cohorts.size(); i++) {
                List<Person> people = cohorts.get(i);
                JsonObject cohort = lead.send("POST", "/api/cohorts", map("programme", "FREEDOM", "venueId", venue.id(),
                        "room", "Room " + (i + 1), "startDate", today.toString(), "startTime", start.plusMinutes(i).toString(),
                        "capacity", Math.max(people.size(), 1), "facilitatorIds", List.of(facilitatorId)), JsonObject.class);
                long cohortId = cohort.getJsonNumber("id").longValue();
                long sessionId = cohort.getJsonArray("sessions").getJsonObject(0).getJsonNumber("id").longValue();
                List<Long> enrolments = new ArrayList<>();
                List<Long> participants = new ArrayList<>();
                for (Person person : people) {
                    JsonObject participant = lead.send("POST", "/api/participants", map("firstName", person.first(),
                            "lastName", person.last(), "dateOfBirth", "1990-01-01", "gender", "FEMALE",
                            "preferredLanguage", person.language(),
                            // Each test seats its own class, often with the same fictional names: different people.
                            "confirmedDifferentPerson", true), JsonObject.class);
                    JsonObject referral = lead.send("POST", "/api/referrals", map("participantId", participant.getJsonNumber("id").longValue(),
                            "programme", "FREEDOM", "agencyType", "SELF_REFERRAL", "referredOn", today.toString(), "reason", "Test",
                            "answers", Map.of("experiencedDomesticAbuse", true)), JsonObject.class);
                    long referralId = referral.getJsonNumber("id").longValue();
                    long enrolmentId = referral.getJsonObject("enrolment").getJsonNumber("id").longValue();
                    lead.send("POST", "/api/referrals/" + referralId + "/eligibility-checks", null, JsonObject.class);
                    lead.send("POST", "/api/referrals/" + referralId + "/decisions",
                            map("decision", "ACCEPT", "reason", "Suitable", "justification", "Test set-up"), JsonObject.class);
                    lead.send("POST", "/api/enrolments/" + enrolmentId + "/placement", map("cohortId", cohortId), JsonObject.class);
                    enrolments.add(enrolmentId);
                    participants.add(participant.getJsonNumber("id").longValue());
                }
                groups.add(new Group(cohortId, sessionId, enrolments, participants));
            }
            return new Classroom(credential, groups, venue.name());
        }
    }

    /** A DART family in a cohort of its own starting today at the classroom's venue: the mother's enrolment and her children. */
    record Family(Classroom room, long sessionId, long enrolment, long participant, List<Long> children) {
    }

    /**
     * A room with one DART group starting today and one family in it: a mother (referred by an IDVA service, with
     * consent, checked and accepted) and the children named, aged 8 upwards, who come with her.
     */
    static Family family(URI server, Person mother, String... children) {
        Classroom empty = create(server, List.of());
        try (DapClient lead = client(server); DapClient admin = client(server)) {
            lead.signIn("demo-lead", "demo-lead-pw");
            admin.signIn("demo-admin", "demo-admin-pw");
            @SuppressWarnings("unchecked")
            List<StaffAccountView> accounts = (List<StaffAccountView>) admin.send("GET", "/api/accounts", null, DapClient.listOf(StaffAccountView.class));
            long facilitatorId = accounts.stream().filter(a -> a.username().equals(FACILITATOR)).findFirst().orElseThrow().id();
            @SuppressWarnings("unchecked")
            List<VenueView> venues = (List<VenueView>) admin.send("GET", "/api/venues", null, DapClient.listOf(VenueView.class));
            long venue = venues.stream().filter(v -> v.name().equals(empty.venueName)).findFirst().orElseThrow().id();
            LocalDate today = LocalDate.now(UK);
            JsonObject cohort = lead.send("POST", "/api/cohorts", map("programme", "DART", "venueId", venue, "room", "Family room",
                    "startDate", today.toString(), "startTime", LocalTime.now(UK).truncatedTo(ChronoUnit.MINUTES).minusMinutes(5).toString(),
                    "capacity", 8, "facilitatorIds", List.of(facilitatorId)), JsonObject.class);
            long cohortId = cohort.getJsonNumber("id").longValue();
            long sessionId = cohort.getJsonArray("sessions").getJsonObject(0).getJsonNumber("id").longValue();
            JsonObject participant = lead.send("POST", "/api/participants", map("firstName", mother.first(), "lastName", mother.last(),
                    "dateOfBirth", "1988-01-01", "gender", "FEMALE", "preferredLanguage", mother.language(), "confirmedDifferentPerson", true),
                    JsonObject.class);
            long participantId = participant.getJsonNumber("id").longValue();
            List<Long> childIds = new ArrayList<>();
            for (int i = 0; i < children.length; i++) {
                JsonObject child = lead.send("POST", "/api/participants/" + participantId + "/children", map("firstName", children[i],
                        "dateOfBirth", today.minusYears(8 + i).minusMonths(3).toString(), "livesWithParticipant", true,
                        "socialCareStatus", "CHILD_IN_NEED", "needsCreche", false), JsonObject.class);
                childIds.add(child.getJsonNumber("id").longValue());
            }
            JsonObject referral = lead.send("POST", "/api/referrals", map("participantId", participantId, "programme", "DART",
                    "agencyType", "IDVA_SERVICE", "externalAgency", "Example IDVA (fictional)", "externalContact", "I. Advocate (fictional)",
                    "referredOn", today.toString(), "reason", "Test", "answers", Map.of("experiencedDomesticAbuse", true),
                    "familyChildIds", childIds), JsonObject.class);
            long referralId = referral.getJsonNumber("id").longValue();
            long enrolmentId = referral.getJsonObject("enrolment").getJsonNumber("id").longValue();
            lead.send("POST", "/api/referrals/" + referralId + "/consents", map("purpose", "REFERRAL"), JsonObject.class);
            lead.send("POST", "/api/referrals/" + referralId + "/eligibility-checks", null, JsonObject.class);
            lead.send("POST", "/api/referrals/" + referralId + "/decisions",
                    map("decision", "ACCEPT", "reason", "Suitable", "justification", "Test set-up"), JsonObject.class);
            lead.send("POST", "/api/enrolments/" + enrolmentId + "/placement", map("cohortId", cohortId), JsonObject.class);
            Classroom room = new Classroom(empty.credential, List.of(new Group(cohortId, sessionId, List.of(enrolmentId), List.of(participantId))),
                    empty.venueName);
            return new Family(room, sessionId, enrolmentId, participantId, childIds);
        }
    }

    /** The session's register as its facilitator sees it. */
    static SessionRegister register(URI server, long sessionId) {
        try (DapClient facilitator = client(server)) {
            facilitator.signIn(FACILITATOR, "demo-facilitator-pw");
            return facilitator.send("GET", "/api/sessions/" + sessionId + "/register", null, SessionRegister.class);
        }
    }

    static DapClient client(URI server) {
        return new DapClient(server, Duration.ofSeconds(30));
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return map;
    }
}
