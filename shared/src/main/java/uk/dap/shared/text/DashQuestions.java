package uk.dap.shared.text;

import java.util.List;

/**
 * The 24 questions of the DASH risk identification checklist (SafeLives, 2009), as a referrer asks them of the person
 * at risk; "the abuser" stands for the name. The score is the number answered yes, and the programme's bands turn it
 * into a level (docs/portal.md).
 */
public final class DashQuestions {
    public static final List<String> ALL = List.of(
            "Has the current incident resulted in injury?",
            "Are you very frightened?",
            "Are you afraid of further injury or violence?",
            "Do you feel isolated from family or friends?",
            "Are you feeling depressed or having suicidal thoughts?",
            "Have you separated or tried to separate from the abuser within the past year?",
            "Is there conflict over child contact?",
            "Does the abuser constantly text, call, contact, follow, stalk or harass you?",
            "Are you pregnant or have you recently had a baby (within the last 18 months)?",
            "Is the abuse happening more often?",
            "Is the abuse getting worse?",
            "Does the abuser try to control everything you do, or are they excessively jealous?",
            "Has the abuser ever used weapons or objects to hurt you?",
            "Has the abuser ever threatened to kill you or someone else, and you believed them?",
            "Has the abuser ever attempted to strangle, choke, suffocate or drown you?",
            "Does the abuser do or say things of a sexual nature that make you feel bad or that physically hurt you or someone else?",
            "Is there any other person who has threatened you or who you are afraid of?",
            "Do you know if the abuser has hurt anyone else?",
            "Has the abuser ever mistreated an animal or the family pet?",
            "Are there any financial issues?",
            "Has the abuser had problems in the past year with drugs, alcohol or mental health leading to problems in leading a normal life?",
            "Has the abuser ever threatened or attempted suicide?",
            "Has the abuser ever broken bail, an injunction or a formal agreement about when they can see you or the children?",
            "Do you know if the abuser has ever been in trouble with the police or has a criminal history?");

    private DashQuestions() {
    }
}
