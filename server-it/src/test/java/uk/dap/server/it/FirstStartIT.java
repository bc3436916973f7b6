package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.dap.shared.client.DapClient.listOf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.dap.server.testing.PayaraProcess;
import uk.dap.shared.api.ProgrammeView;
import uk.dap.shared.api.StaffAccountView;
import uk.dap.shared.api.VenueView;
import uk.dap.shared.client.ApiException;
import uk.dap.shared.client.DapClient;

/**
 * A real first start without the demo flag, as an operator would do it: nothing is seeded but the programme
 * catalogue, and the first administrator comes from DAP_BOOTSTRAP_ADMIN_PASSWORD.
 */
class FirstStartIT {

    @Test
    void withoutTheDemoFlagOnlyTheCatalogueAndTheBootstrapAdministratorExist() throws Exception {
        try (PayaraProcess server = PayaraProcess.start(ServerIT.PAYARA, ServerIT.WAR, Api.IT_DIR.resolve("first-start"),
                Map.of("dap.demo", "false", "dap.bootstrap.adminPassword", "first-start-admin-pw"), PayaraProcess.BRIEF);
             DapClient client = new DapClient(server.uri(), Duration.ofSeconds(10))) {

            assertThatThrownBy(() -> client.signIn("demo-admin", "demo-admin-pw"))
                    .isInstanceOfSatisfying(ApiException.class, refused -> assertThat(refused.status()).isEqualTo(401));

            client.signIn("admin", "first-start-admin-pw");
            List<StaffAccountView> accounts = client.send("GET", "/api/accounts", null, listOf(StaffAccountView.class));
            assertThat(accounts).extracting(StaffAccountView::username).containsExactly("admin");
            assertThat(client.<List<VenueView>>send("GET", "/api/venues", null, listOf(VenueView.class))).isEmpty();
            assertThat(client.<List<?>>send("GET", "/api/kiosks", null, listOf(Object.class))).isEmpty();
            assertThat(client.programmes()).extracting(ProgrammeView::code).hasSize(5);

            String log = Files.readString(server.log(), StandardCharsets.UTF_8);
            assertThat(log).doesNotContain("DEMO MODE").contains("Created the first administrator account 'admin'")
                    .doesNotContain("first-start-admin-pw");
        }
    }
}
