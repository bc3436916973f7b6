package uk.dap.shared.text;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The words for the referral's questions that the eligibility rules read ({@code ProgrammeView.referralQuestions}), one
 * wording for the staff client's referral form and the web portal's alike.
 */
public final class ReferralQuestions {
    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("fatherFigure", "Father or father figure to the children");
        LABELS.put("abusiveToMother", "Abusive to the children's mother");
        LABELS.put("hostileAfterSeparation", "Separated, and hostile towards her");
        LABELS.put("mainConcernChildSexualAbuse", "Main concern is child sexual abuse");
        LABELS.put("experiencedDomesticAbuse", "Has experienced domestic abuse");
    }

    private ReferralQuestions() {
    }

    /** The question's words; the field's own name for one this class does not know (never blank). */
    public static String label(String field) {
        return LABELS.getOrDefault(field, field);
    }

    /** Whether the field is a yes / no / not known question (DART's {@code familyChildIds} is not). */
    public static boolean isYesNo(String field) {
        return LABELS.containsKey(field);
    }
}
