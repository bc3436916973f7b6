package uk.dap.kiosk.kiosk;

import java.util.List;
import uk.dap.shared.api.attendance.KioskRoster;
import uk.dap.shared.api.attendance.KioskSession;
import uk.dap.shared.api.attendance.KioskSignIn;
import uk.dap.shared.api.attendance.SessionOpening;
import uk.dap.shared.api.attendance.SignInAck;
import uk.dap.shared.api.attendance.SignInBatch;
import uk.dap.shared.api.attendance.StaffCheck;
import uk.dap.shared.api.evaluation.KioskDue;
import uk.dap.shared.api.evaluation.KioskQuestionnaire;
import uk.dap.shared.api.evaluation.KioskResponse;
import uk.dap.shared.api.evaluation.ResponseAck;
import uk.dap.shared.api.evaluation.ResponseBatch;
import uk.dap.shared.client.DapClient;

/**
 * The kiosk's calls to the server, typed, in one place (as {@code StaffApi} is for the staff client). Every method
 * blocks: call them off the event thread. Errors arrive as {@code ApiException} (with the server's problem) or
 * {@code ServerUnreachableException}.
 */
public class KioskApi {
    private final DapClient client;

    public KioskApi(DapClient client) {
        this.client = client;
    }

    /** Today's sessions at the kiosk's venue. */
    public List<KioskSession> sessionsToday() {
        return client.send("GET", "/api/kiosk/sessions", null, DapClient.listOf(KioskSession.class));
    }

    /** A facilitator or lead opens a session with their PIN; the answer is its roster. */
    public KioskRoster open(long sessionId, SessionOpening opening) {
        return client.send("POST", "/api/kiosk/sessions/" + sessionId + "/opening", opening, KioskRoster.class);
    }

    public KioskRoster roster(long sessionId) {
        return client.send("GET", "/api/kiosk/sessions/" + sessionId + "/roster", null, KioskRoster.class);
    }

    /** Checks a member of staff's PIN (to unlock kiosk mode); a wrong one is an {@code ApiException} 403. */
    public void staffCheck(StaffCheck check) {
        client.send("POST", "/api/kiosk/staff-check", check, Void.class);
    }

    /** The questionnaires due at an opened session, for the people on its roster. */
    public List<KioskDue> due(long sessionId) {
        return client.send("GET", "/api/kiosk/questionnaires/sessions/" + sessionId, null, DapClient.listOf(KioskDue.class));
    }

    /** One due questionnaire; {@code childId}: the child who answers a children's questionnaire, null for the mother's own. */
    public KioskQuestionnaire questionnaire(long sessionId, long enrolmentId, String instrument, Long childId) {
        return client.send("GET", "/api/kiosk/questionnaires/sessions/" + sessionId + "/people/" + enrolmentId + "/" + instrument
                + (childId == null ? "" : "?child=" + childId), null, KioskQuestionnaire.class);
    }

    public SignInAck signIn(KioskSignIn signIn) {
        return client.send("POST", "/api/kiosk/sign-ins", signIn, SignInAck.class);
    }

    /** At most {@link SignInBatch#MAX}; one acknowledgement each, in order. */
    public List<SignInAck> signIns(List<KioskSignIn> signIns) {
        return client.send("POST", "/api/kiosk/sign-ins/batch", new SignInBatch(signIns), DapClient.listOf(SignInAck.class));
    }

    /**
     * At most {@link ResponseBatch#MAX}; one acknowledgement each, in order. Always the batch endpoint, even for one: it
     * acknowledges a response the kiosk may no longer deliver (the person left the group, the session is too old) as
     * REJECTED, where the single endpoint answers 403.
     */
    public List<ResponseAck> responses(List<KioskResponse> responses) {
        return client.send("POST", "/api/kiosk/questionnaires/responses/batch", new ResponseBatch(responses), DapClient.listOf(ResponseAck.class));
    }
}
