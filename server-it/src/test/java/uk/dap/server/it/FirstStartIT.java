package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.dap.shared.client.DapClient.listOf;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import uk.dap.server.testing.PayaraProcess;
import uk.dap.shared.api.ProgrammeView;
import uk.dap.shared.api.StaffAccountView;
import uk.dap.shared.api.VenueView;
import uk.dap.shared.client.ApiException;
import uk.dap.shared.client.DapClient;
import uk.dap.shared.security.Totp;

/**
 * A real first start without the demo flag, as an operator would do it: nothing is seeded but the programme
 * catalogue, and the first administrator comes from DAP_BOOTSTRAP_ADMIN_PASSWORD, who must set up a second factor
 * first, as administrators and programme leads must by default (issue 18, item 15).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstStartIT {
    private static final String ADMIN_PASSWORD = "first-start-admin-pw";
    private static PayaraProcess server;
    /** The administrator's recovery codes from setting the second factor up in the first test. */
    private static List<String> recoveryCodes = List.of();

    @BeforeAll
    static void start() throws Exception {
        server = PayaraProcess.start(ServerIT.PAYARA, ServerIT.WAR, Api.IT_DIR.resolve("first-start"), Map.of("dap.demo", "false",
                "dap.bootstrap.adminPassword", ADMIN_PASSWORD), PayaraProcess.BRIEF);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void withoutTheDemoFlagOnlyTheCatalogueAndTheBootstrapAdministratorExist() throws Exception {
        try (DapClient client = new DapClient(server.uri(), Duration.ofSeconds(10))) {
            assertThatThrownBy(() -> client.signIn("demo-admin", "demo-admin-pw"))
                    .isInstanceOfSatisfying(ApiException.class, refused -> assertThat(refused.status()).isEqualTo(401));

            client.useToken(signInWithSecondFactor(new Api(server.uri().toURL())));
            List<StaffAccountView> accounts = client.send("GET", "/api/accounts", null, listOf(StaffAccountView.class));
            assertThat(accounts).extracting(StaffAccountView::username).containsExactly("admin");
            assertThat(client.<List<VenueView>>send("GET", "/api/venues", null, listOf(VenueView.class))).isEmpty();
            assertThat(client.<List<?>>send("GET", "/api/kiosks", null, listOf(Object.class))).isEmpty();
            assertThat(client.programmes()).extracting(ProgrammeView::code).hasSize(5);

            String log = Files.readString(server.log(), StandardCharsets.UTF_8);
            assertThat(log).doesNotContain("DEMO MODE").contains("Created the first administrator account 'admin'")
                    .doesNotContain(ADMIN_PASSWORD);
        }
    }

    @Test
    @Order(2)
    void anAdministratorSetsUpASecondFactorThenSignsInWithACodeOrARecoveryCodeOnce() throws Exception {
        Api api = new Api(server.uri().toURL());
        assertThat(recoveryCodes).as("set up by the first test").hasSize(10);
        String token = api.post("api/auth/staff", credentials(recoveryCodes.get(9)), null).json().getString("token");
        long me = api.get("api/accounts", token).array().getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(api.get("api/accounts", token).array().getJsonObject(0).getBoolean("secondFactor")).isTrue();

        Api.Answer withoutCode = api.post("api/auth/staff", credentials(null), null);
        assertThat(withoutCode.status()).isEqualTo(401);
        assertThat(withoutCode.problemType()).isEqualTo("urn:dap:problem:second-factor-required");
        assertThat(api.post("api/auth/staff/second-factor", credentials(null), null).status()).as("set up already").isEqualTo(409);

        // The recovery codes, shown once: each signs in once.
        Api.Answer reset = api.post("api/accounts/" + me + "/second-factor/reset", null, token);
        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.json().getBoolean("secondFactor")).isFalse();
        assertThat(api.post("api/auth/staff", credentials(null), null).problemType()).as("after a reset, set up again")
                .isEqualTo("urn:dap:problem:second-factor-setup-required");
        String secret = api.post("api/auth/staff/second-factor", credentials(null), null).json().getString("secret");
        JsonObject setUp = api.post("api/auth/staff/second-factor/confirmation", credentials(Totp.code(secret, Totp.step(Instant.now()))), null).json();
        String recovery = setUp.getJsonArray("recoveryCodes").getString(0);
        assertThat(setUp.getJsonArray("recoveryCodes")).hasSize(10);
        assertThat(api.post("api/auth/staff", credentials(recovery.toLowerCase()), null).status()).as("a recovery code, any case").isEqualTo(200);
        assertThat(api.post("api/auth/staff", credentials(recovery), null).status()).as("the same recovery code again").isEqualTo(401);

        // Five wrong codes lock the account, as five wrong passwords do; the right code does not help while locked.
        for (int i = 0; i < 5; i++) {
            assertThat(api.post("api/auth/staff", credentials("000000"), null).problemType()).isEqualTo("urn:dap:problem:sign-in-failed");
        }
        assertThat(api.post("api/auth/staff", credentials(Totp.code(secret, Totp.step(Instant.now()) + 1)), null).status())
                .as("locked").isEqualTo(401);
    }

    /** Signs the bootstrap administrator in, setting the second factor up first if it is not yet. */
    private static String signInWithSecondFactor(Api api) {
        Api.Answer first = api.post("api/auth/staff", credentials(null), null);
        if ("urn:dap:problem:second-factor-setup-required".equals(first.problemType())) {
            Api.Answer offer = api.post("api/auth/staff/second-factor", credentials(null), null);
            assertThat(offer.status()).as(offer.body()).isEqualTo(200);
            String secret = offer.json().getString("secret");
            assertThat(offer.json().getString("otpauthUri")).startsWith("otpauth://totp/").contains("admin").contains(secret);
            Api.Answer wrong = api.post("api/auth/staff/second-factor/confirmation", credentials("123456"), null);
            assertThat(wrong.status()).as("a wrong code sets nothing up").isEqualTo(400);
            Api.Answer confirmed = api.post("api/auth/staff/second-factor/confirmation", credentials(Totp.code(secret, Totp.step(Instant.now()))), null);
            assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
            recoveryCodes = confirmed.json().getJsonArray("recoveryCodes").getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).toList();
            // The code just used is never taken again; the next step's is (one step either side is allowed).
            Api.Answer again = api.post("api/auth/staff", credentials(Totp.code(secret, Totp.step(Instant.now()) + 1)), null);
            assertThat(again.status()).as(again.body()).isEqualTo(200);
            return again.json().getString("token");
        }
        throw new AssertionError("Expected the administrator to be asked to set up a second factor: " + first.body());
    }

    private static String credentials(String code) {
        return "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"" + (code == null ? "" : ",\"code\":\"" + code + "\"") + "}";
    }
}
