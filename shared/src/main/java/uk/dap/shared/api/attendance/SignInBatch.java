package uk.dap.shared.api.attendance;

import jakarta.validation.Valid;
import java.util.List;
import uk.dap.shared.validation.Items;
import uk.dap.shared.validation.Required;

/** Up to 500 queued sign-ins sent together by a kiosk catching up after working offline; each is checked as a single one is. */
public record SignInBatch(
        @Required(message = "Send the sign-ins as a list.")
        @Items(max = SignInBatch.MAX, message = "Send at most 500 sign-ins at once, none of them empty.")
        @Valid List<KioskSignIn> signIns) {
    public static final int MAX = 500;
}
