package uk.dap.server.portal.interfaces;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.dap.server.common.DomainException;
import uk.dap.server.portal.application.SafeWays;
import uk.dap.server.referral.application.SelfReferrals;
import uk.dap.server.security.application.BrowserSessions;
import uk.dap.shared.text.UkDates;

/**
 * The public self-referral pages for Freedom and Gateway (docs/portal.md): her safety first (how and when it is safe
 * to contact her, and whether she needs an interpreter), then only what the programme needs to decide, then check and
 * send. "Exit this page" is on every page (the layout); no personal data goes into an address or a title; every answer
 * is {@code no-store} ({@link PortalGate}). What she typed is held in memory only until it is sent ({@link AnonymousDrafts});
 * the confirmation repeats none of it.
 */
@WebServlet("/self-referral/*")
public class SelfReferralServlet extends PageServlet {
    static final String DRAFT_COOKIE = "dap-self-referral";
    static final String BASE = "/self-referral/";
    /** Where "Exit this page" leaves for: a site as ordinary as any. */
    static final String EXIT_TO = "https://www.bbc.co.uk/weather";
    /** A field no person sees or fills (hidden by the stylesheet); a program filling every field fills it too. */
    static final String HONEYPOT = "website";
    private static final List<String> STEPS = List.of("safety", "about-you", "check");
    static final List<Choice> SAFE_WAYS = List.of(Choice.of("phone", "Phone call"), Choice.of("text", "Text message"),
            Choice.of("voicemail", "Voicemail message"), Choice.of("letters", "Letter (in a plain envelope, neutrally worded)"),
            Choice.of("email", "Email"));

    @Inject
    AnonymousDrafts drafts;
    @Inject
    BrowserSessions ids;
    @Inject
    SelfReferrals selfReferrals;
    @Inject
    SelfReferralLimits limits;
    @Inject
    Clock clock;

    @Override
    PageChrome.Service service() {
        return PageChrome.Service.SELF_REFERRAL;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String step = step(request);
        switch (step) {
            case "" -> pages.show(response, 200, "portal/self-start.jte", chrome(request, "Refer yourself to a programme"));
            case "sent" -> pages.show(response, 200, "portal/self-sent.jte", chrome(request, "Referral sent"));
            case "exit" -> {
                // "Exit this page" and its Shift-key shortcut come here first: what she typed is forgotten at once, so
                // that Back or the history cannot bring it up for whoever uses the device next.
                end(request, response);
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", EXIT_TO);
            }
            case "safety", "about-you", "check" -> {
                Optional<SelfReferralDraft> draft = draft(request);
                if (draft.isEmpty() && !step.equals("safety")) {
                    response.sendRedirect(BASE + "safety");
                } else {
                    SelfReferralDraft d = draft.orElseGet(SelfReferralDraft::new);
                    String missing = firstMissing(d, step);
                    if (missing != null) {
                        response.sendRedirect(BASE + missing);
                    } else {
                        show(step, d, chrome(request, title(step)), response, 200);
                    }
                }
            }
            default -> pages.problem(response, 404, chrome(request, "Page not found"), "Page not found",
                    "There is no such page. If you typed the web address, check it is correct.");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String step = step(request);
        if (!STEPS.contains(step)) {
            pages.problem(response, 404, chrome(request, "Page not found"), "Page not found", "There is no such page.");
            return;
        }
        Optional<SelfReferralDraft> found = draft(request);
        SelfReferralDraft draft = found.orElseGet(SelfReferralDraft::new);
        if (found.isEmpty()) {
            if (!step.equals("safety")) {
                response.sendRedirect(BASE + "safety");
                return;
            }
            if (!limits.startDraft(ClientAddress.of(request))) {
                busy(request, response);
                return;
            }
            String id = ids.randomId();
            drafts.start(id, draft);
            PortalGate.setCookie(request, response, DRAFT_COOKIE, id, -1);
        }
        String missing = firstMissing(draft, step);
        if (missing != null) {
            response.sendRedirect(BASE + missing);
            return;
        }
        Form form = new Form(request);
        if (step.equals("check")) {
            send(request, response, draft, form);
            return;
        }
        if (step.equals("safety")) {
            safety(form, draft);
        } else {
            aboutYou(form, draft);
        }
        if (!form.ok()) {
            show(step, draft, chrome(request, title(step)).withErrors(form.errors()), response, 400);
            return;
        }
        draft.done.add(step);
        // Once she has seen the check page, a changed answer goes back to it.
        response.sendRedirect(BASE + (draft.done.contains("checked") ? "check" : STEPS.get(STEPS.indexOf(step) + 1)));
    }

    private static String step(HttpServletRequest request) {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        return path.replaceAll("^/+|/+$", "");
    }

    private Optional<SelfReferralDraft> draft(HttpServletRequest request) {
        return PortalGate.cookie(request, DRAFT_COOKIE).flatMap(drafts::find);
    }

    private static String firstMissing(SelfReferralDraft draft, String step) {
        for (String earlier : STEPS.subList(0, STEPS.indexOf(step))) {
            if (!draft.done.contains(earlier)) {
                return earlier;
            }
        }
        return null;
    }

    static String title(String step) {
        return switch (step) {
            case "safety" -> "Contacting you safely";
            case "about-you" -> "About you";
            default -> "Check your answers before sending";
        };
    }

    private PageChrome chrome(HttpServletRequest request, String title) {
        return new PageChrome(title, PageChrome.Service.SELF_REFERRAL, (String) request.getAttribute(PortalGate.CSRF_ATTRIBUTE), null, null,
                List.of(), null);
    }

    private void show(String step, SelfReferralDraft d, PageChrome chrome, HttpServletResponse response, int status) throws IOException {
        if (step.equals("check")) {
            d.done.add("checked");
        }
        pages.show(response, status, "portal/self-" + step + ".jte", chrome, "draft", d, "ways", SAFE_WAYS);
    }

    private void safety(Form form, SelfReferralDraft d) {
        d.safeWays.clear();
        d.safeWays.addAll(form.ticked("safeWays", SAFE_WAYS.stream().map(Choice::value).collect(Collectors.toSet())));
        if (d.safeWays.isEmpty()) {
            form.error("safeWays", "Select at least one way it is safe for us to contact you");
        }
        boolean byPhone = d.safeWays.contains("phone") || d.safeWays.contains("text") || d.safeWays.contains("voicemail");
        d.phone = form.text("phone", "Phone number", 30, byPhone ? "Enter the phone number it is safe to use" : null, false);
        if (!d.phone.isEmpty() && !d.phone.matches("[0-9 +()-]{6,30}")) {
            form.error("phone", "Enter a phone number, like 07700 900 982");
        }
        d.email = form.text("email", "Email address", 200, d.safeWays.contains("email") ? "Enter the email address it is safe to use" : null, false);
        if (!d.email.isEmpty() && !d.email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            form.error("email", "Enter an email address in the correct format, like name@example.com");
        }
        d.address = form.text("address", "Address", 300, d.safeWays.contains("letters") ? "Enter the address it is safe to write to" : null, true);
        d.safeTimes = form.text("safeTimes", "Safe times", 200, null, true);
        String codeWord = form.text("codeWord", "Code word", 50, null, false);
        if (!codeWord.isEmpty()) {
            // Never shown back in the form (see self-safety.jte): an empty box keeps the one given.
            d.codeWord = codeWord;
        }
        d.interpreterNeeded = form.yesNo("interpreter", "Select yes if you need an interpreter");
        d.language = form.text("language", "Language", 40, Boolean.TRUE.equals(d.interpreterNeeded) ? "Enter the language you would like to use" : null, false);
    }

    private void aboutYou(Form form, SelfReferralDraft d) {
        String programme = form.raw("programme");
        d.programme = Set.of("FREEDOM", "GATEWAY").contains(programme) ? programme : null;
        if (d.programme == null) {
            form.error("programme", "Select the programme you would like to join");
        }
        d.firstName = form.text("firstName", "First name", 60, "Enter the first name you use", false);
        d.lastName = form.text("lastName", "Last name", 60, "Enter your last name", false);
        d.dateOfBirthTyped = form.typedDate("dateOfBirth");
        d.dateOfBirth = form.date("dateOfBirth", "your date of birth", "Date of birth", true);
        LocalDate today = LocalDate.now(clock.withZone(UkDates.UK));
        if (d.dateOfBirth != null && (d.dateOfBirth.isAfter(today.minusYears(16)) || d.dateOfBirth.getYear() < 1900)) {
            form.error("dateOfBirth-day", "Date of birth must be a real date: you must be 16 or over to refer yourself");
        }
        d.area = form.text("area", "Town or area", 60, "Enter the town or area you live in", false);
        d.children = form.text("children", "Number of children", 2, "Enter how many children you have, or 0", false);
        if (!d.children.isEmpty() && !d.children.matches("\\d{1,2}")) {
            form.error("children", "Number of children must be a number, like 2");
        }
        d.crechePlaces = form.text("crechePlaces", "Crèche places", 2, null, false);
        if (!d.crechePlaces.isEmpty() && (!d.crechePlaces.matches("\\d{1,2}")
                || (d.children.matches("\\d{1,2}") && Integer.parseInt(d.crechePlaces) > Integer.parseInt(d.children)))) {
            form.error("crechePlaces", "Crèche places must be a number, no more than the number of children");
        }
    }

    private void send(HttpServletRequest request, HttpServletResponse response, SelfReferralDraft d, Form form) throws IOException {
        if (!form.raw(HONEYPOT).isEmpty()) {
            // Only a program fills the hidden field: it is told what a person is told, and nothing is kept.
            end(request, response);
            response.sendRedirect(BASE + "sent");
            return;
        }
        String address = ClientAddress.of(request);
        if (!limits.take(address)) {
            busy(request, response);
            return;
        }
        try {
            selfReferrals.receive(new SelfReferrals.SelfReferral(d.programme, d.firstName, d.lastName, d.dateOfBirth, d.area,
                    SafeWays.of(d.safeWays, d.codeWord, d.safeTimes),
                    blankToNull(d.phone), blankToNull(d.email), blankToNull(d.address), d.interpreterNeeded, blankToNull(d.language),
                    d.children.isEmpty() ? 0 : Integer.parseInt(d.children), d.crechePlaces.isEmpty() ? 0 : Integer.parseInt(d.crechePlaces)));
        } catch (DomainException refused) {
            limits.giveBack(address);
            show("check", d, chrome(request, title("check")).withErrors(List.of(new PageChrome.FieldError("send", refused.getMessage()))), response, 400);
            return;
        }
        end(request, response);
        response.sendRedirect(BASE + "sent");
    }

    private void end(HttpServletRequest request, HttpServletResponse response) {
        PortalGate.cookie(request, DRAFT_COOKIE).ifPresent(drafts::end);
        PortalGate.setCookie(request, response, DRAFT_COOKIE, "", 0);
    }

    private void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        pages.problem(response, 429, chrome(request, "Please try again later"), "Please try again later",
                "The page cannot take your referral just now. Nothing you typed has been kept. Please try again in an hour, or ask any"
                        + " professional you are in touch with (a GP, health visitor or support worker) to refer you. If you are in"
                        + " danger now, call 999.");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
