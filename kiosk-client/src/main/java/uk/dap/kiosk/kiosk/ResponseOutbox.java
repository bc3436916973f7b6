package uk.dap.kiosk.kiosk;

import java.nio.file.Path;
import java.util.Comparator;
import uk.dap.shared.api.evaluation.KioskResponse;

/**
 * Questionnaire responses waiting to be sent, in {@code <home>/outbox/responses}: written durably before the
 * participant is thanked, deleted only once the server has acknowledged them (see {@link DurableQueue}). The only
 * place on the kiosk where answers exist after a questionnaire is submitted; the folder is readable by the kiosk's
 * own user only.
 */
public class ResponseOutbox extends DurableQueue<KioskResponse> {
    public ResponseOutbox(Path home) {
        super(home.resolve("outbox").resolve("responses"), KioskResponse.class, KioskResponse::id,
                Comparator.comparing(KioskResponse::answeredAt).thenComparing(KioskResponse::id));
    }
}
