package uk.dap.shared.api.evaluation;

import java.util.List;
import uk.dap.shared.validation.Required;

/** Up to 100 queued questionnaire responses sent together by a kiosk catching up after working offline. */
public record ResponseBatch(@Required(message = "Send the responses as a list.") List<KioskResponse> responses) {
}
