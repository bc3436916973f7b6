package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A kiosk's life: registered for a venue, enrolled once with its code, scoped to KIOSK, revoked. */
class KioskEnrolmentIT extends ServerIT {
    String admin;

    @BeforeEach
    void signInAdmin() {
        admin = api.demo("admin");
    }

    @Test
    void aOneTimeCodeEnrolsOnceAndTheKioskIsBoundToItsVenue() {
        long venueId = newVenue();
        JsonObject registered = api.post("api/kiosks", "{\"venueId\":" + venueId + ",\"label\":\"Room A\"}", admin).json();
        String code = registered.getString("enrolmentCode");

        Api.Answer first = api.post("api/kiosk-enrolments", "{\"enrolmentCode\":\"" + code.toLowerCase() + "\"}", null);
        assertThat(first.status()).isEqualTo(200);
        JsonObject credential = first.json();
        assertThat(credential.getJsonNumber("venueId").longValue()).isEqualTo(venueId);

        Api.Answer second = api.post("api/kiosk-enrolments", "{\"enrolmentCode\":\"" + code + "\"}", null);
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.problemType()).isEqualTo("urn:dap:problem:invalid-enrolment-code");

        String kioskToken = kioskSignIn(credential);
        Api.Answer me = api.get("api/kiosk/me", kioskToken);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().getJsonNumber("venueId").longValue()).isEqualTo(venueId);
        assertThat(me.json().getString("label")).isEqualTo("Room A");
    }

    @Test
    void aKioskTokenReachesNothingBeyondItsOwnScope() {
        String kioskToken = kioskSignIn(enrolNewKiosk());

        assertThat(api.get("api/programmes", kioskToken).status()).isEqualTo(403);
        assertThat(api.get("api/accounts", kioskToken).status()).isEqualTo(403);
        assertThat(api.get("api/audit", kioskToken).status()).isEqualTo(403);
        assertThat(api.get("api/me", kioskToken).status()).isEqualTo(403);
        assertThat(api.post("api/venues", "{\"name\":\"Kiosk-made venue\"}", kioskToken).status()).isEqualTo(403);
        // and staff cannot pose as a kiosk
        assertThat(api.get("api/kiosk/me", admin).status()).isEqualTo(403);
    }

    @Test
    void aRevokedKioskIsLockedOutAtOnce() {
        JsonObject credential = enrolNewKiosk();
        String kioskToken = kioskSignIn(credential);
        assertThat(api.get("api/kiosk/me", kioskToken).status()).isEqualTo(200);

        Api.Answer revoked = api.post("api/kiosks/" + credential.getJsonNumber("kioskId") + "/revocation", null, admin);
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().getString("status")).isEqualTo("REVOKED");

        Api.Answer withOldToken = api.get("api/kiosk/me", kioskToken);
        assertThat(withOldToken.status()).isEqualTo(401);
        assertThat(withOldToken.contentType()).startsWith("application/problem+json");
        Api.Answer signInAgain = api.post("api/auth/kiosk", kioskCredentialJson(credential), null);
        assertThat(signInAgain.status()).isEqualTo(401);
    }

    @Test
    void onlyAnAdminRegistersKiosks() {
        long venueId = newVenue();
        assertThat(api.post("api/kiosks", "{\"venueId\":" + venueId + ",\"label\":\"Room B\"}", api.demo("lead")).status()).isEqualTo(403);
        assertThat(api.post("api/kiosks", "{\"venueId\":" + venueId + ",\"label\":\"Room B\"}", null).status()).isEqualTo(401);
    }

    private long newVenue() {
        Api.Answer venue = api.post("api/venues", "{\"name\":\"Test Venue " + UUID.randomUUID().toString().substring(0, 8) + "\"}", admin);
        assertThat(venue.status()).isEqualTo(201);
        return venue.json().getJsonNumber("id").longValue();
    }

    private JsonObject enrolNewKiosk() {
        String code = api.post("api/kiosks", "{\"venueId\":" + newVenue() + ",\"label\":\"Room C\"}", admin).json().getString("enrolmentCode");
        return api.post("api/kiosk-enrolments", "{\"enrolmentCode\":\"" + code + "\"}", null).json();
    }

    private String kioskSignIn(JsonObject credential) {
        Api.Answer answer = api.post("api/auth/kiosk", kioskCredentialJson(credential), null);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().getString("role")).isEqualTo("KIOSK");
        return answer.json().getString("token");
    }

    private static String kioskCredentialJson(JsonObject credential) {
        return "{\"kioskId\":" + credential.getJsonNumber("kioskId") + ",\"deviceSecret\":\"" + credential.getString("deviceSecret") + "\"}";
    }
}
