package uk.dap.server.it;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds case data through the real API, so integration tests read as the steps a worker takes. Every name it makes
 * is obviously fictional, and every username is unique, because all test classes share one database.
 */
final class Cases {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

    private final Api api;
    private final String admin;

    Cases(Api api) {
        this.api = api;
        this.admin = api.demo("admin");
    }

    /** A fresh account of the role (leading the given programmes, for a lead) and its id; returns its token. */
    Account account(String role, String... programmes) {
        String username = ("t" + RUN + "-" + SEQUENCE.incrementAndGet() + "-" + role).toLowerCase().replace('_', '-');
        String programmeList = programmes.length == 0 ? "null" : "[\"" + String.join("\",\"", programmes) + "\"]";
        Api.Answer created = api.post("api/accounts", """
                {"username":"%s","displayName":"Test %s (fictional)","role":"%s","initialPassword":"a-long-test-password","programmes":%s}
                """.formatted(username, role, role, programmeList), admin);
        expect(created, 201);
        return new Account(created.json().getJsonNumber("id").longValue(), username, () -> api.signIn(username, "a-long-test-password"));
    }

    /**
     * A test account. It signs in when its token is first wanted: many are made only for their id (facilitators of a
     * cohort), and every sign-in is a deliberately slow password hash on the shared server.
     */
    static final class Account {
        private final long id;
        private final String username;
        private final java.util.function.Supplier<String> signIn;
        private String token;

        Account(long id, String username, java.util.function.Supplier<String> signIn) {
            this.id = id;
            this.username = username;
            this.signIn = signIn;
        }

        long id() {
            return id;
        }

        String username() {
            return username;
        }

        synchronized String token() {
            if (token == null) {
                token = signIn.get();
            }
            return token;
        }
    }

    long participant(String token, String first, String gender, LocalDate born) {
        return participant(token, """
                {"firstName":"%s","lastName":"Example-%d","dateOfBirth":"%s","gender":"%s"}
                """.formatted(first, SEQUENCE.incrementAndGet(), born, gender));
    }

    long participant(String token, String json) {
        Api.Answer answer = api.post("api/participants", json, token);
        expect(answer, 201);
        return id(answer);
    }

    long child(String token, long participant, LocalDate born, boolean livesWith, Boolean regularContact, String status, boolean creche) {
        Api.Answer answer = api.post("api/participants/" + participant + "/children", """
                {"firstName":"Child","dateOfBirth":"%s","livesWithParticipant":%s,"regularContact":%s,"socialCareStatus":"%s","needsCreche":%s}
                """.formatted(born, livesWith, regularContact, status, creche), token);
        expect(answer, 201);
        return id(answer);
    }

    /** A referral; returns the referral as the API answered it. */
    JsonObject referral(String token, String json) {
        Api.Answer answer = api.post("api/referrals", json, token);
        expect(answer, 201);
        return answer.json();
    }

    long consent(String token, long referral, String purpose) {
        Api.Answer answer = api.post("api/referrals/" + referral + "/consents", "{\"purpose\":\"" + purpose + "\"}", token);
        expect(answer, 201);
        return id(answer);
    }

    JsonObject check(String token, long referral) {
        Api.Answer answer = api.post("api/referrals/" + referral + "/eligibility-checks", null, token);
        expect(answer, 201);
        return answer.json();
    }

    void accept(String leadToken, long referral) {
        expect(api.post("api/referrals/" + referral + "/decisions",
                "{\"decision\":\"ACCEPT\",\"reason\":\"Suitable\",\"justification\":\"Test set-up\"}", leadToken), 201);
    }

    long venue(String name) {
        Api.Answer answer = api.post("api/venues", "{\"name\":\"" + name + " " + RUN + "-" + SEQUENCE.incrementAndGet() + " (test)\"}", admin);
        expect(answer, 201);
        return id(answer);
    }

    JsonObject cohort(String leadToken, String programme, long venue, LocalDate start, String time, int capacity, long... facilitators) {
        StringBuilder ids = new StringBuilder();
        for (long f : facilitators) {
            ids.append(ids.length() == 0 ? "" : ",").append(f);
        }
        Api.Answer answer = api.post("api/cohorts", """
                {"programme":"%s","venueId":%d,"room":"Room 1","startDate":"%s","startTime":"%s","capacity":%d,"facilitatorIds":[%s]}
                """.formatted(programme, venue, start, time, capacity, ids), leadToken);
        expect(answer, 201);
        return answer.json();
    }

    /** A woman referred to Freedom by staff as a self-referral, checked and accepted: ready to place. */
    Ready eligibleForFreedom(String leadToken, String first, LocalDate referredOn) {
        long participant = participant(leadToken, first, "FEMALE", LocalDate.of(1990, 1, 1));
        return eligible(leadToken, participant, "FREEDOM", referredOn);
    }

    /** The participant referred to the programme, checked and accepted (with a justification if the check needs one). */
    Ready eligible(String leadToken, long participant, String programme, LocalDate referredOn) {
        boolean self = programme.equals("FREEDOM") || programme.equals("GATEWAY");
        JsonObject referral = referral(leadToken, """
                {"participantId":%d,"programme":"%s","agencyType":"%s","externalAgency":%s,"externalContact":%s,"referredOn":"%s",
                 "reason":"Test","answers":{"experiencedDomesticAbuse":true}}
                """.formatted(participant, programme, self ? "SELF_REFERRAL" : "PROBATION",
                self ? "null" : "\"Example Probation (fictional)\"", self ? "null" : "\"P. Officer (fictional)\"", referredOn));
        long referralId = referral.getJsonNumber("id").longValue();
        check(leadToken, referralId);
        accept(leadToken, referralId);
        return new Ready(participant, referralId, referral.getJsonObject("enrolment").getJsonNumber("id").longValue());
    }

    record Ready(long participant, long referral, long enrolment) {
    }

    /**
     * A woman referred to Freedom by an IDVA service (the referrer), with her key worker assigned and her preferred
     * language (null for none), checked and accepted by the lead and placed in the cohort.
     */
    Ready placedInFreedom(String referrerToken, String leadToken, long keyWorkerId, long cohort, String first, String last, String language) {
        return placedInFreedom(referrerToken, leadToken, keyWorkerId, cohort, first, last, language, null);
    }

    /** The same, referred on the day given (at most 90 days back; today when null). */
    Ready placedInFreedom(String referrerToken, String leadToken, long keyWorkerId, long cohort, String first, String last, String language,
                         LocalDate referredOn) {
        long participant = participant(referrerToken, """
                {"firstName":"%s","lastName":"%s","dateOfBirth":"1990-01-01","gender":"FEMALE","preferredLanguage":%s,"keyWorkerId":%d,"confirmedDifferentPerson":true}
                """.formatted(first, last, language == null ? "null" : "\"" + language + "\"", keyWorkerId));
        long referral = referral(referrerToken, """
                {"participantId":%d,"programme":"FREEDOM","agencyType":"IDVA_SERVICE","reason":"Fictional","answers":{"experiencedDomesticAbuse":true}%s}
                """.formatted(participant, referredOn == null ? "" : ",\"referredOn\":\"" + referredOn + "\"")).getJsonNumber("id").longValue();
        check(leadToken, referral);
        accept(leadToken, referral);
        long enrolment = api.get("api/referrals/" + referral, leadToken).json().getJsonObject("enrolment").getJsonNumber("id").longValue();
        Api.Answer placed = place(leadToken, enrolment, cohort);
        expect(placed, 200);
        if (!placed.json().getString("state").equals("ENROLLED")) {
            throw new AssertionError("Not enrolled: " + placed.body());
        }
        return new Ready(participant, referral, enrolment);
    }

    /** A plan change (PUT /api/evaluation/plans/{code}) that keeps the plan's entries, with these follow-up months. */
    static String planChange(JsonObject plan, int followUpMonths, long version) {
        return "{\"followUpMonths\":" + followUpMonths + ",\"entries\":" + plan.getJsonArray("entries") + ",\"version\":" + version + "}";
    }

    Api.Answer place(String leadToken, long enrolment, long cohort) {
        return api.post("api/enrolments/" + enrolment + "/placement", "{\"cohortId\":" + cohort + "}", leadToken);
    }

    void link(String token, long one, String oneRole, long other, String otherRole) {
        expect(api.post("api/participants/" + one + "/links", """
                {"otherParticipantId":%d,"relationship":"EX_PARTNER","thisRole":"%s","otherRole":"%s"}
                """.formatted(other, oneRole, otherRole), token), 201);
    }

    /** A kiosk registered and enrolled at the venue, signed in: its bearer token. */
    String kiosk(long venue) {
        Api.Answer registered = api.post("api/kiosks", "{\"venueId\":" + venue + ",\"label\":\"Test kiosk " + SEQUENCE.incrementAndGet() + "\"}", admin);
        expect(registered, 201);
        Api.Answer enrolled = api.post("api/kiosk-enrolments", "{\"enrolmentCode\":\"" + registered.json().getString("enrolmentCode") + "\"}", null);
        expect(enrolled, 200);
        Api.Answer signedIn = api.post("api/auth/kiosk", "{\"kioskId\":" + enrolled.json().getJsonNumber("kioskId") + ",\"deviceSecret\":\""
                + enrolled.json().getString("deviceSecret") + "\"}", null);
        expect(signedIn, 200);
        return signedIn.json().getString("token");
    }

    static long id(Api.Answer answer) {
        return answer.json().getJsonNumber("id").longValue();
    }

    static Api.Answer expect(Api.Answer answer, int status) {
        if (answer.status() != status) {
            throw new AssertionError("Expected HTTP " + status + " but got " + answer.status() + ": " + answer.body());
        }
        return answer;
    }
}
