package uk.dap.shared.text;

import java.util.Map;

/**
 * The eligibility rules' names in a worker's words (issue 19: the rules showed as their codes, {@code WOMAN},
 * {@code MIN_AGE}). The codes stay the API's (docs/api.md, "Eligibility rules"); screens show these names and keep
 * the code for a tooltip.
 */
public final class EligibilityRuleNames {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("CD_FATHER_FIGURE", "A father or father figure"),
            Map.entry("CD_ABUSE_OR_HOSTILITY", "Abusive to the mother, or hostile since separating"),
            Map.entry("CD_RISK_LEVEL", "Medium or high risk"),
            Map.entry("CD_REGULAR_CONTACT", "Lives with or sees a child aged 0 to 16"),
            Map.entry("CD_CONSENT", "His consent to the referral"),
            Map.entry("CD_CASE_OPEN", "A child's case open to children's social care"),
            Map.entry("CD_MOTHER_AGREEMENT", "The mother agrees to partner contact"),
            Map.entry("CD_NOT_CHILD_SEXUAL_ABUSE", "Child sexual abuse is not the main concern"),
            Map.entry("NB_CHILD_PROTECTION_PLAN", "A child on a child protection plan"),
            Map.entry("WOMAN", "A woman"),
            Map.entry("EXPERIENCED_ABUSE", "Has experienced domestic abuse"),
            Map.entry("MIN_AGE", "Old enough"),
            Map.entry("CONSENT", "Consent to the referral"),
            Map.entry("GW_CRECHE", "Crèche places needed"),
            Map.entry("DART_MOTHER", "A mother"),
            Map.entry("DART_CHILD_AGE", "A child aged 7 to 14 to come too"));

    private EligibilityRuleNames() {
    }

    /** The rule's name; the code itself for a rule this version does not know. */
    public static String of(String ruleId) {
        return ruleId == null ? "" : NAMES.getOrDefault(ruleId, ruleId);
    }
}
