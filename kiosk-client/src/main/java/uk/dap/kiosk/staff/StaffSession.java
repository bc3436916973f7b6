package uk.dap.kiosk.staff;

import java.util.List;
import uk.dap.shared.api.CurrentUser;
import uk.dap.shared.api.ProgrammeView;
import uk.dap.shared.api.SignedIn;

/** What staff mode fetches at sign-in, in one round of calls off the event thread. */
record StaffSession(SignedIn signedIn, CurrentUser user, List<ProgrammeView> programmes) {
}
