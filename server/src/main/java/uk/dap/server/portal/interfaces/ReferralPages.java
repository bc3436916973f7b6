package uk.dap.server.portal.interfaces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import uk.dap.server.common.DomainException;
import uk.dap.server.participant.application.Participants;
import uk.dap.server.portal.application.PortalReferrals;
import uk.dap.server.portal.application.ReferralDraft;
import uk.dap.server.programme.application.ProgrammeCatalogue;
import uk.dap.server.report.referrals.application.MyReferrals;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.ProgrammeView;
import uk.dap.shared.api.participant.Gender;
import uk.dap.shared.api.participant.SocialCareStatus;
import uk.dap.shared.api.referral.AgencyType;
import uk.dap.shared.api.referral.RiskLevel;
import uk.dap.shared.api.report.MyReferral;
import uk.dap.shared.text.DashQuestions;
import uk.dap.shared.text.ReferralQuestions;
import uk.dap.shared.text.UkDates;

/**
 * "Make a referral" in the portal (docs/portal.md): one question area per page, as the Design System's question pages
 * do (the person; how to contact them safely; children; programme and reason; that programme's questions; consent; the
 * DASH checklist), then check your answers, then send. Each page's answers are kept in the browser session's
 * {@link ReferralDraft} and nothing is written until it is sent, all of it at once ({@link PortalReferrals#send}).
 */
@ApplicationScoped
public class ReferralPages {
    static final String BASE = "/portal/referrals/new/";
    static final List<String> STEPS = List.of("who", "person", "contact", "children", "programme", "questions", "consent", "risk");
    static final List<Choice> SAFE_WAYS = List.of(Choice.of("phone", "Phone calls"), Choice.of("voicemail", "Voicemail messages"),
            Choice.of("text", "Text messages"), Choice.of("email", "Email"), Choice.of("letters", "Letters (neutrally worded)"));

    @Inject
    Pages pages;
    @Inject
    ProgrammeCatalogue catalogue;
    @Inject
    PortalReferrals referrals;
    @Inject
    Clock clock;
    @Inject
    MyReferrals myReferrals;
    @Inject
    Participants participants;

    /** The pages' own answers to one request: a step shown or saved, or the check page. */
    void get(String step, ReferralDraft draft, PageChrome chrome, HttpServletResponse response) throws IOException {
        String missing = firstMissing(draft, step);
        if (missing != null) {
            response.sendRedirect(BASE + missing);
            return;
        }
        if (!step.equals("check") && skipped(step, draft)) {
            response.sendRedirect(BASE + next(step, draft));
            return;
        }
        if (step.equals("check")) {
            draft.checking = true;
        }
        show(step, draft, chrome, response, 200);
    }

    void post(String step, ReferralDraft draft, PageChrome chrome, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String missing = firstMissing(draft, step);
        if (missing != null) {
            response.sendRedirect(BASE + missing);
            return;
        }
        Form form = new Form(request);
        if (step.equals("check")) {
            send(draft, form, chrome, request, response);
            return;
        }
        boolean stay = switch (step) {
            case "who" -> who(form, draft);
            case "person" -> person(form, draft);
            case "contact" -> contact(form, draft);
            case "children" -> children(form, draft);
            case "programme" -> programme(form, draft);
            case "questions" -> questions(form, draft);
            case "consent" -> consent(form, draft);
            case "risk" -> risk(form, draft);
            default -> throw new IllegalArgumentException(step);
        };
        draft.version++;
        if (!form.ok()) {
            show(step, draft, chrome.withErrors(form.errors()), response, 400);
        } else if (stay) {
            response.sendRedirect(BASE + step);
        } else {
            draft.done.add(step);
            boolean checking = draft.checking && firstMissing(draft, "check") == null;
            response.sendRedirect(BASE + (checking ? "check" : next(step, draft)));
        }
    }

    /** The safe ways ticked, in words, in the order the page lists them. */
    public static String safeWaysInWords(Set<String> ticked) {
        return SAFE_WAYS.stream().filter(w -> ticked.contains(w.value())).map(Choice::label).collect(Collectors.joining(", "));
    }

    /** Each page's title: what it asks, never whom it is about. */
    static String title(String step) {
        return switch (step) {
            case "who" -> "Who you are referring";
            case "person" -> "The person you are referring";
            case "contact" -> "Contacting them safely";
            case "children" -> "Their children";
            case "programme" -> "Programme and reason";
            case "questions" -> "What you know";
            case "consent" -> "Consent";
            case "risk" -> "Risk: the DASH checklist";
            default -> "Check your answers before sending the referral";
        };
    }

    static boolean isStep(String name) {
        return STEPS.contains(name) || name.equals("check");
    }

    /** The first page before this one still to answer; null when all are done. */
    private String firstMissing(ReferralDraft draft, String step) {
        int upTo = step.equals("check") ? STEPS.size() : STEPS.indexOf(step);
        for (String earlier : STEPS.subList(0, upTo)) {
            if (!draft.done.contains(earlier) && !skipped(earlier, draft)) {
                return earlier;
            }
        }
        return null;
    }

    private String next(String step, ReferralDraft draft) {
        int i = STEPS.indexOf(step) + 1;
        while (i < STEPS.size() && skipped(STEPS.get(i), draft)) {
            i++;
        }
        return i < STEPS.size() ? STEPS.get(i) : "check";
    }

    /**
     * A page with nothing to ask: "who" for a referrer who has referred nobody yet; the person's details, contact and
     * children for someone already on record; the programme's questions for a programme that asks none.
     */
    private boolean skipped(String step, ReferralDraft draft) {
        return switch (step) {
            case "who" -> !referredBefore(draft);
            case "person", "contact", "children" -> draft.existingParticipantId != null;
            case "questions" -> questionsOf(draft).isEmpty();
            default -> false;
        };
    }

    /**
     * Whether the referrer has referred anyone before, asked once per draft: the pages' order asks it several times a
     * request, and each asking would read (and audit) the referrer's whole list again.
     */
    private boolean referredBefore(ReferralDraft draft) {
        if (draft.referredBefore == null) {
            draft.referredBefore = !referredBefore().isEmpty();
        }
        return draft.referredBefore;
    }

    /** The people the referrer referred before, each once, newest first: whom they may refer again. */
    private List<MyReferral> referredBefore() {
        Map<Long, MyReferral> people = new LinkedHashMap<>();
        myReferrals.list().forEach(r -> people.putIfAbsent(r.participantId(), r));
        return List.copyOf(people.values());
    }

    private List<String> questionsOf(ReferralDraft draft) {
        return draft.programme == null ? List.of() : programme(draft.programme).referralQuestions().stream()
                .filter(q -> ReferralQuestions.isYesNo(q) || (q.equals("familyChildIds") && !draft.children.isEmpty())).toList();
    }

    private ProgrammeView programme(String code) {
        return catalogue.list().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    private List<ProgrammeView> programmesFor(Gender gender) {
        return catalogue.list().stream().filter(p -> gender == null || p.genders().contains(gender)).toList();
    }

    /** The page before this one that asked something: where its back link goes (My referrals before the first). */
    private String back(String step, ReferralDraft draft) {
        int i = step.equals("check") ? STEPS.size() - 1 : STEPS.indexOf(step) - 1;
        while (i >= 0 && skipped(STEPS.get(i), draft)) {
            i--;
        }
        return i < 0 ? "/portal/referrals" : BASE + STEPS.get(i);
    }

    private void show(String step, ReferralDraft d, PageChrome chrome, HttpServletResponse response, int status) throws IOException {
        String template = "portal/new-" + step + ".jte";
        String back = back(step, d);
        switch (step) {
            case "who" -> pages.show(response, status, template, chrome, "back", back, "draft", d, "people", referredBefore().stream()
                    .map(r -> new Choice(String.valueOf(r.participantId()), r.firstName() + " " + r.lastName() + " (" + r.reference() + ")",
                            "Referred to " + r.programmeName() + " on " + UkDates.date(r.referredOn()))).toList());
            case "person" -> pages.show(response, status, template, chrome, "back", back, "draft", d,
                    "genders", Arrays.stream(Gender.values()).map(g -> Choice.of(g.name(), g.label())).toList());
            case "contact" -> pages.show(response, status, template, chrome, "back", back, "draft", d, "ways", SAFE_WAYS);
            case "children" -> pages.show(response, status, template, chrome, "back", back, "draft", d,
                    "statuses", Arrays.stream(SocialCareStatus.values()).map(s -> Choice.of(s.name(), s.label())).toList());
            case "programme" -> pages.show(response, status, template, chrome, "back", back, "draft", d,
                    "programmes", programmesFor(d.gender).stream().map(p -> new Choice(p.code(), p.name(), p.audience())).toList(),
                    "agencies", Arrays.stream(AgencyType.values()).filter(a -> a != AgencyType.SELF_REFERRAL)
                            .map(a -> Choice.of(a.name(), a.label())).toList());
            case "questions" -> pages.show(response, status, template, chrome, "back", back, "draft", d, "programmeName", programme(d.programme).name(),
                    "questions", questionsOf(d));
            case "consent" -> pages.show(response, status, template, chrome, "back", back, "draft", d);
            case "risk" -> pages.show(response, status, template, chrome, "back", back, "draft", d,
                    "dash", IntStream.range(0, DashQuestions.ALL.size()).mapToObj(i -> Choice.of(String.valueOf(i), DashQuestions.ALL.get(i))).toList(),
                    "levels", List.of(Choice.of("", "No: the level the score gives"), Choice.of(RiskLevel.MEDIUM.name(), "Yes: medium"),
                            Choice.of(RiskLevel.HIGH.name(), "Yes: high")));
            case "check" -> pages.show(response, status, template, chrome, "back", back, "draft", d,
                    "programmeName", programme(d.programme).name(), "questions", questionsOf(d),
                    // The level by the programme's own bands, the rule the server applies when the referral arrives.
                    "scoreLevel", d.dashAnswered ? catalogue.require(d.programme).riskLevelFor(d.dashYes.size()) : null);
            default -> throw new IllegalArgumentException(step);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UkDates.UK));
    }

    private boolean who(Form form, ReferralDraft d) {
        String chosen = form.raw("who");
        if (chosen.equals("new")) {
            if (d.existingParticipantId != null) {
                d.existingParticipantId = null;
                d.gender = null;
                d.done.removeAll(List.of("person", "contact", "children", "programme", "questions"));
            }
            return false;
        }
        Optional<MyReferral> person = referredBefore().stream().filter(r -> String.valueOf(r.participantId()).equals(chosen)).findFirst();
        if (person.isEmpty()) {
            form.error("who", "Select who you are referring");
            return false;
        }
        if (!person.get().participantId().equals(d.existingParticipantId)) {
            d.existingParticipantId = person.get().participantId();
            d.existingName = person.get().firstName() + " " + person.get().lastName() + " (" + person.get().reference() + ")";
            // Their gender, from their record, decides which programmes are offered.
            d.gender = participants.read(d.existingParticipantId).gender();
            d.children.clear();
            d.familyChildren.clear();
            d.programme = null;
            d.done.removeAll(List.of("programme", "questions"));
        }
        return false;
    }

    private boolean person(Form form, ReferralDraft d) {
        // A confirmation that this is someone else was for the details then given, not for new ones.
        d.confirmedDifferentPerson = false;
        d.firstName = form.text("firstName", "First name", 60, "Enter their first name", false);
        d.lastName = form.text("lastName", "Last name", 60, "Enter their last name", false);
        d.dateOfBirthTyped = form.typedDate("dateOfBirth");
        d.dateOfBirth = form.date("dateOfBirth", "their date of birth", "Date of birth", true);
        if (d.dateOfBirth != null && (d.dateOfBirth.isAfter(today()) || d.dateOfBirth.getYear() < 1900)) {
            form.error("dateOfBirth-day", "Date of birth must be in the past");
        }
        d.gender = form.choice("gender", Gender.class, "Select their gender");
        d.language = form.text("language", "Preferred language", 40, null, false);
        d.interpreterNeeded = form.yesNo("interpreter", "Select yes if they need an interpreter");
        if (d.programme != null && programmesFor(d.gender).stream().noneMatch(p -> p.code().equals(d.programme))) {
            // A programme chosen before the gender changed may no longer take them: ask again.
            d.programme = null;
            d.done.remove("programme");
            d.done.remove("questions");
        }
        return false;
    }

    private boolean contact(Form form, ReferralDraft d) {
        d.safeWays.clear();
        d.safeWays.addAll(form.ticked("safeWays", SAFE_WAYS.stream().map(Choice::value).collect(Collectors.toSet())));
        d.safeTimes = form.text("safeTimes", "Safe times", 200, null, true);
        d.codeWord = form.text("codeWord", "Code word", 50, null, false);
        d.phone = form.text("phone", "Phone number", 30, null, false);
        d.email = form.text("email", "Email address", 200, null, false);
        d.address = form.text("address", "Address", 300, null, true);
        d.postcode = form.text("postcode", "Postcode", 10, null, false);
        d.confidential = !form.ticked("confidential", Set.of("yes")).isEmpty();
        d.confidentialReason = form.text("confidentialReason", "Reason", 300,
                d.confidential ? "Say why their contact details must be kept confidential" : null, true);
        if (!d.email.isEmpty() && !d.email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            form.error("email", "Enter an email address in the correct format, like name@example.com");
        }
        return false;
    }

    /** Adding or removing a child keeps the page; "Continue" moves on. */
    private boolean children(Form form, ReferralDraft d) {
        String action = form.action();
        if (action.startsWith("remove-")) {
            int index = Integer.parseInt(action.substring("remove-".length()));
            if (index >= 0 && index < d.children.size()) {
                d.children.remove(index);
                d.familyChildren.clear();
            }
            return true;
        }
        boolean typedAChild = !(form.raw("childFirstName") + form.raw("childLastName") + String.join("", form.typedDate("childDateOfBirth"))
                + form.raw("childLivesWith") + form.raw("childStatus")).isEmpty();
        if (!action.equals("add") && !typedAChild) {
            return false;
        }
        // "Continue" with a child typed in adds that child first: what was typed is never dropped without a word.
        ReferralDraft.ChildDraft child = new ReferralDraft.ChildDraft();
        child.firstName = form.text("childFirstName", "First name", 60, "Enter the child's first name", false);
        child.lastName = form.text("childLastName", "Last name", 60, null, false);
        d.pendingChildBirthTyped = form.typedDate("childDateOfBirth");
        child.dateOfBirth = form.date("childDateOfBirth", "the child's date of birth", "Child's date of birth", true);
        if (child.dateOfBirth != null && child.dateOfBirth.isAfter(today())) {
            form.error("childDateOfBirth-day", "Child's date of birth must be in the past");
        }
        child.livesWith = form.yesNo("childLivesWith", "Select yes if the child lives with them");
        child.status = form.choice("childStatus", SocialCareStatus.class, "Select the child's status with children's social care");
        child.needsCreche = !form.ticked("childCreche", Set.of("yes")).isEmpty();
        if (form.ok()) {
            d.children.add(child);
            d.pendingChild = new ReferralDraft.ChildDraft();
            d.pendingChildBirthTyped = new String[] {"", "", ""};
        } else {
            d.pendingChild = child;
        }
        return action.equals("add");
    }

    private boolean programme(Form form, ReferralDraft d) {
        String code = form.raw("programme");
        if (programmesFor(d.gender).stream().noneMatch(p -> p.code().equals(code))) {
            form.error("programme", "Select the programme");
        } else if (!code.equals(d.programme)) {
            d.programme = code;
            d.answers.clear();
            d.familyChildren.clear();
            d.done.remove("questions");
        }
        d.agencyType = form.choice("agencyType", AgencyType.class, "Select the kind of agency you work for");
        if (d.agencyType == AgencyType.SELF_REFERRAL) {
            d.agencyType = null;
            form.error("agencyType", "Select the kind of agency you work for");
        }
        d.reason = form.text("reason", "Reason for the referral", 2000, "Enter the reason for the referral", true);
        return false;
    }

    private boolean questions(Form form, ReferralDraft d) {
        for (String question : questionsOf(d)) {
            if (question.equals("familyChildIds")) {
                d.familyChildren.clear();
                form.ticked("familyChildren", IntStream.range(0, d.children.size()).mapToObj(String::valueOf).collect(Collectors.toSet()))
                        .forEach(i -> d.familyChildren.add(Integer.valueOf(i)));
            } else if (form.raw(question).isEmpty()) {
                form.error(question, "Select yes, no or not known");
            } else {
                d.answers.put(question, form.yesNo(question, null));
            }
        }
        return false;
    }

    private boolean consent(Form form, ReferralDraft d) {
        d.consented = form.yesNo("consented", "Select yes if they consented to this referral");
        if (Boolean.FALSE.equals(d.consented)) {
            // The service's rule (Referrals.addConsent): a referral rests on consent; only information sharing may rest on safeguarding.
            form.error("consented", "A referral needs their consent. Without it, talk to the programme's lead about sharing information for safeguarding");
        }
        d.consentObtainedBy = form.text("consentObtainedBy", "Who obtained it", 100, "Enter who obtained their consent", false);
        d.consentOnTyped = form.typedDate("consentOn");
        d.consentObtainedOn = form.date("consentOn", "the date consent was given", "Date consent was given", true);
        if (d.consentObtainedOn != null && d.consentObtainedOn.isAfter(today())) {
            form.error("consentOn-day", "Date consent was given must be today or in the past");
        }
        String sharing = form.raw("sharing");
        d.sharing = Set.of("consent", "safeguarding", "none").contains(sharing) ? sharing : null;
        if (d.sharing == null) {
            form.error("sharing", "Select whether information may be shared with other agencies");
        }
        d.sharingAgencies = form.text("sharingAgencies", "Agencies", 300,
                "none".equals(d.sharing) || d.sharing == null ? null : "Enter the agencies information may be shared with", false);
        d.safeguardingReason = form.text("safeguardingReason", "Reason", 500,
                "safeguarding".equals(d.sharing) ? "Enter the safeguarding reason for sharing without consent" : null, true);
        d.safeguardingDecidedBy = form.text("safeguardingDecidedBy", "Who decided", 100,
                "safeguarding".equals(d.sharing) ? "Enter who decided to share without consent" : null, false);
        return false;
    }

    private boolean risk(Form form, ReferralDraft d) {
        d.dashYes.clear();
        form.ticked("dash", IntStream.range(0, DashQuestions.ALL.size()).mapToObj(String::valueOf).collect(Collectors.toSet()))
                .forEach(i -> d.dashYes.add(Integer.valueOf(i)));
        d.dashAnswered = form.yesNo("dashAsked", "Select yes if the DASH checklist was completed with them") == Boolean.TRUE;
        if (!d.dashAnswered) {
            d.dashYes.clear();
        }
        String level = form.raw("judgedLevel");
        d.judgedLevel = level.equals(RiskLevel.MEDIUM.name()) ? RiskLevel.MEDIUM : level.equals(RiskLevel.HIGH.name()) ? RiskLevel.HIGH : null;
        d.judgementReason = form.text("judgementReason", "Reason for the judgement", 500,
                d.judgedLevel == null ? null : "Enter the reason for raising the level", true);
        d.maracOpen = form.yesNo("marac", null);
        if (!form.raw("marac").isEmpty() && !form.raw("marac").equals("not-known") && !d.dashAnswered && d.judgedLevel == null) {
            // MARAC is recorded with a risk assessment, which needs a score or a judged level: never dropped unsaid.
            form.error("marac", "To record MARAC, complete the DASH checklist or raise the level by judgement; otherwise select not known");
        }
        return false;
    }

    private void send(ReferralDraft draft, Form form, PageChrome chrome, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!form.raw("version").equals(String.valueOf(draft.version))) {
            // One draft per browser session: a page of it changed in another tab since this check page was shown.
            show("check", draft, chrome.withErrors(List.of(new PageChrome.FieldError("send", "This referral was changed in another tab or"
                    + " window after this page was shown. Check the answers below again, then send."))), response, 409);
            return;
        }
        draft.confirmedDifferentPerson |= !form.ticked("confirmedDifferentPerson", Set.of("yes")).isEmpty();
        long referralId;
        try {
            referralId = referrals.send(draft);
        } catch (DomainException refused) {
            String field = refused.type() == ProblemType.POSSIBLE_DUPLICATE ? "confirmedDifferentPerson" : "send";
            List<PageChrome.FieldError> errors = new ArrayList<>(List.of(new PageChrome.FieldError(field, refused.getMessage())));
            show("check", draft, chrome.withErrors(errors), response, refused.type().status() >= 500 ? 500 : 400);
            return;
        }
        draft.done.clear();
        draft.sent = true;
        response.sendRedirect("/portal/referrals/" + referralId + "?sent=1");
    }
}
