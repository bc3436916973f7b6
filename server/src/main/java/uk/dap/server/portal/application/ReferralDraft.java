package uk.dap.server.portal.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import uk.dap.shared.api.participant.Gender;
import uk.dap.shared.api.participant.SocialCareStatus;
import uk.dap.shared.api.referral.AgencyType;
import uk.dap.shared.api.referral.RiskLevel;

/**
 * A referral being made in the portal, page by page, as the referrer typed it (the boxes of a date as typed, so that a
 * page shown again shows what was there). Held in the browser session only, never written until it is sent, all of it
 * at once ({@link PortalReferrals#send}).
 */
public class ReferralDraft {
    public static final String WORK = "referral-draft";

    /** One child as typed. */
    public static class ChildDraft {
        public String firstName = "";
        public String lastName = "";
        public LocalDate dateOfBirth;
        public Boolean livesWith;
        public SocialCareStatus status;
        public boolean needsCreche;
    }

    /** Whether the referrer had referred anyone when this draft began (so whether "who" is asked); null until asked. */
    public Boolean referredBefore;
    /** Someone the referrer referred before, chosen instead of a new record; null for someone new. */
    public Long existingParticipantId;
    public String existingName;
    // The person (someone new)
    public String firstName = "";
    public String lastName = "";
    public String[] dateOfBirthTyped = {"", "", ""};
    public LocalDate dateOfBirth;
    public Gender gender;
    public String language = "";
    public Boolean interpreterNeeded;
    // How to contact them safely, and where
    public final Set<String> safeWays = new TreeSet<>();
    public String safeTimes = "";
    public String codeWord = "";
    public String phone = "";
    public String email = "";
    public String address = "";
    public String postcode = "";
    public boolean confidential;
    public String confidentialReason = "";
    // Children
    public final List<ChildDraft> children = new ArrayList<>();
    /** A child being added whose answers had a problem, shown again as typed. */
    public ChildDraft pendingChild = new ChildDraft();
    public String[] pendingChildBirthTyped = {"", "", ""};
    // Programme and reason
    public String programme;
    public AgencyType agencyType;
    public String reason = "";
    public final Map<String, Boolean> answers = new LinkedHashMap<>();
    public final Set<Integer> familyChildren = new TreeSet<>();
    // Consent
    /** Their consent to the referral, which every referral needs (only information sharing may rest on safeguarding). */
    public Boolean consented;
    public String consentObtainedBy = "";
    public String[] consentOnTyped = {"", "", ""};
    public LocalDate consentObtainedOn;
    /** Sharing information with other agencies: "consent" (with the agencies), "safeguarding" (with the reason), or "none". */
    public String sharing;
    public String sharingAgencies = "";
    public String safeguardingReason = "";
    public String safeguardingDecidedBy = "";
    // Risk
    public final Set<Integer> dashYes = new TreeSet<>();
    public boolean dashAnswered;
    public RiskLevel judgedLevel;
    public String judgementReason = "";
    public Boolean maracOpen;
    /** The referrer has read the warning that the person may already be known and says this is someone else. */
    public boolean confirmedDifferentPerson;
    /** Counts the changes: the check page sends the count it showed, so a change made meanwhile in another tab is caught. */
    public int version;
    /** Shown the check page once: a page changed after it goes back to it. */
    public boolean checking;
    /** Sent: the session's next "Make a referral" starts afresh. */
    public boolean sent;
    /** The pages done, so that the check page is reached only with every one of them. */
    public final Set<String> done = new TreeSet<>();
}
