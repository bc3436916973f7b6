package uk.dap.server.portal.application;

import java.util.Set;
import uk.dap.shared.api.participant.SafeContact;

/** The safe ways to make contact, as the portal's and the self-referral page's check boxes name them. */
public final class SafeWays {
    private SafeWays() {
    }

    /** The safe-contact record for the boxes ticked: every way not ticked is "no" (safety rule 3). */
    public static SafeContact of(Set<String> ticked, String codeWord, String safeTimes) {
        return new SafeContact(ticked.contains("phone"), ticked.contains("voicemail"), ticked.contains("text"), ticked.contains("email"),
                ticked.contains("letters"), codeWord == null || codeWord.isBlank() ? null : codeWord,
                safeTimes == null || safeTimes.isBlank() ? null : safeTimes);
    }
}
