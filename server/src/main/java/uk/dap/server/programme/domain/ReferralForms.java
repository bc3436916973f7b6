package uk.dap.server.programme.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.dap.shared.api.participant.Gender;

/**
 * What a referral form asks for each programme (issue 19; the portal's form, issue 20, asks the same): who may be
 * referred, as the eligibility rules' gender rules leave it, and which of the referral's answers its rules read. The
 * eligibility rules themselves decide; this only keeps a form from offering Caring Dads for a woman or asking about a
 * father figure on a referral to Freedom. EligibilityFormsTest holds the two together.
 */
public final class ReferralForms {
    /** The names of the referral's fields (ReferralAnswers, and the children attending for DART). */
    public static final String FATHER_FIGURE = "fatherFigure";
    public static final String ABUSIVE_TO_MOTHER = "abusiveToMother";
    public static final String HOSTILE_AFTER_SEPARATION = "hostileAfterSeparation";
    public static final String MAIN_CONCERN_CSA = "mainConcernChildSexualAbuse";
    public static final String EXPERIENCED_ABUSE = "experiencedDomesticAbuse";
    public static final String FAMILY_CHILDREN = "familyChildIds";

    private ReferralForms() {
    }

    /** The genders the programme's rules do not refuse (a woman's programme cannot tell when gender is not said). */
    public static Set<Gender> genders(String programmeCode) {
        return switch (programmeCode) {
            case "CARING_DADS" -> EnumSet.complementOf(EnumSet.of(Gender.FEMALE));
            case "FREEDOM", "GATEWAY", "DART" -> EnumSet.of(Gender.FEMALE, Gender.NOT_SAID);
            default -> EnumSet.allOf(Gender.class);
        };
    }

    /** The referral's fields the programme's rules read, in the order a form asks them. */
    public static List<String> questions(String programmeCode) {
        return switch (programmeCode) {
            case "CARING_DADS" -> List.of(FATHER_FIGURE, ABUSIVE_TO_MOTHER, HOSTILE_AFTER_SEPARATION, MAIN_CONCERN_CSA);
            case "FREEDOM", "GATEWAY" -> List.of(EXPERIENCED_ABUSE);
            case "DART" -> List.of(EXPERIENCED_ABUSE, FAMILY_CHILDREN);
            default -> List.of();
        };
    }
}
