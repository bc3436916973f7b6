package uk.dap.shared.api.evaluation;

import jakarta.validation.Valid;
import java.util.List;
import uk.dap.shared.validation.Items;
import uk.dap.shared.validation.Required;

/** Up to 100 queued questionnaire responses sent together by a kiosk catching up after working offline. */
public record ResponseBatch(
        @Required(message = "Send the responses as a list.")
        @Items(max = ResponseBatch.MAX, message = "Send at most 100 responses at once, none of them empty.")
        @Valid List<KioskResponse> responses) {
    public static final int MAX = 100;
}
