package uk.dap.kiosk.staff;

import java.util.List;
import java.util.Optional;
import uk.dap.shared.api.ProgrammeView;
import uk.dap.shared.security.Role;

/** What every staff screen needs: the server, who is signed in, the catalogue, and a way to open another screen. */
final class StaffContext {
    /** Opens one screen from another, carrying what it should show. */
    interface Navigator {
        void openParticipant(long participantId);

        void openReferral(long referralId);

        void newReferralFor(uk.dap.shared.api.participant.ParticipantSummary participant);

        void openEligibility(long referralId);

        void openCohort(long cohortId);

        void openRoster(long cohortId);

        void openCohortRegister(long cohortId);

        void openNotes(long participantId);

        void openProgress(long participantId);

        void openRegister(long cohortId, long sessionId);

        void openAlerts();

        void openAccounts();

        void openKiosks();
    }

    private final StaffSession session;
    private final StaffApi api;
    private Navigator navigator;

    StaffContext(StaffSession session, StaffApi api) {
        this.session = session;
        this.api = api;
    }

    StaffApi api() {
        return api;
    }

    Role role() {
        return session.user().role();
    }

    boolean is(Role... roles) {
        for (Role r : roles) {
            if (r == role()) {
                return true;
            }
        }
        return false;
    }

    List<ProgrammeView> programmes() {
        return session.programmes();
    }

    /** The programme's name for its code, or the code when the catalogue does not know it. */
    String programmeName(String code) {
        return programme(code).map(ProgrammeView::name).orElse(code == null ? "" : code);
    }

    Optional<ProgrammeView> programme(String code) {
        return session.programmes().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    Navigator navigator() {
        return navigator;
    }

    void navigator(Navigator navigator) {
        this.navigator = navigator;
    }
}
