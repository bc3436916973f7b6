package uk.dap.shared.api.attendance;

import java.util.List;
import uk.dap.shared.validation.Required;

/** Up to 500 queued sign-ins sent together by a kiosk catching up after working offline; each is checked as a single one is. */
public record SignInBatch(@Required(message = "Send the sign-ins as a list.") List<KioskSignIn> signIns) {
}
