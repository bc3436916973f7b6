package uk.dap.kiosk.kiosk;

import java.nio.file.Path;
import java.util.Comparator;
import uk.dap.shared.api.attendance.KioskSignIn;

/**
 * The kiosk's durable outbox of sign-ins: one small JSON file per sign-in in {@code <home>/outbox}, named by the
 * sign-in's id, written and removed as {@link DurableQueue} describes. Questionnaire responses wait beside it in
 * {@link ResponseOutbox}; {@link OutboxSender} sends both.
 */
public class Outbox extends DurableQueue<KioskSignIn> {
    public Outbox(Path home) {
        super(home.resolve("outbox"), KioskSignIn.class, KioskSignIn::id,
                Comparator.comparing(KioskSignIn::signedInAt).thenComparing(KioskSignIn::id));
    }
}
