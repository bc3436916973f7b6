package uk.dap.server.portal.interfaces;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/** A self-referral being made, page by page, as she typed it; in memory only, and only until sent or left for half an hour. */
public class SelfReferralDraft {
    public final Set<String> safeWays = new TreeSet<>();
    public String safeTimes = "";
    public String codeWord = "";
    public String phone = "";
    public String email = "";
    public String address = "";
    public Boolean interpreterNeeded;
    public String language = "";
    public String programme;
    public String firstName = "";
    public String lastName = "";
    public String[] dateOfBirthTyped = {"", "", ""};
    public LocalDate dateOfBirth;
    public String area = "";
    public String children = "";
    public String crechePlaces = "";
    public final Set<String> done = new TreeSet<>();
}
