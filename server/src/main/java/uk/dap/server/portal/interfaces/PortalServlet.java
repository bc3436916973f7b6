package uk.dap.server.portal.interfaces;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.dap.server.alert.application.Alerts;
import uk.dap.server.common.DomainException;
import uk.dap.server.portal.application.ReferralDraft;
import uk.dap.server.progress.application.ProgressPages;
import uk.dap.server.report.progress.application.ProgressReports;
import uk.dap.server.report.referrals.application.MyReferrals;
import uk.dap.server.security.application.BrowserSessions;
import uk.dap.server.security.application.SignedInBrowser;
import uk.dap.server.security.application.StaffSignIn;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.progress.EnrolmentProgress;
import uk.dap.shared.api.report.MyReferral;
import uk.dap.shared.api.report.ProgressReportRequest;
import uk.dap.shared.api.report.ReferralStage;
import uk.dap.shared.text.UkDates;

/**
 * The referrers' portal (docs/portal.md): sign-in, the referrer's own referrals, and each one's progress with its
 * report for a meeting. Every page calls the use case the REST resource calls ({@link MyReferrals},
 * {@link ProgressPages}, {@link ProgressReports}), as the signed-in referrer; what they may see is decided there.
 */
@WebServlet("/portal/*")
public class PortalServlet extends PageServlet {
    private static final Pattern REFERRAL = Pattern.compile("/referrals/(\\d{1,18})");
    private static final Pattern NEW_REFERRAL = Pattern.compile("/referrals/new/([a-z]+)");
    private static final Pattern REPORT = Pattern.compile("/referrals/(\\d{1,18})/progress-report");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    StaffSignIn signIn;
    @Inject
    BrowserSessions sessions;
    @Inject
    SignedInBrowser browser;
    @Inject
    MyReferrals myReferrals;
    @Inject
    ProgressPages progressPages;
    @Inject
    ProgressReports progressReports;
    @Inject
    ReferralPages referralPages;
    @Inject
    Alerts alerts;

    @Override
    PageChrome.Service service() {
        return PageChrome.Service.PORTAL;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = path(request);
        if (path.equals("/sign-in")) {
            showSignIn(request, response, "", List.of(), null);
            return;
        }
        if (path.equals("/sign-out")) {
            signOut(request, response);
            return;
        }
        if (browser.session().isEmpty()) {
            response.sendRedirect("/portal/sign-in");
            return;
        }
        Matcher referral = REFERRAL.matcher(path);
        Matcher newReferral = NEW_REFERRAL.matcher(path);
        if (path.equals("/") || path.isEmpty()) {
            response.sendRedirect("/portal/referrals");
        } else if (path.equals("/referrals")) {
            showReferrals(request, response);
        } else if (path.equals("/referrals/new")) {
            // A referral part-made in this session is taken up where it was; one sent starts afresh (draft()).
            response.sendRedirect(ReferralPages.BASE + ReferralPages.STEPS.get(0));
        } else if (newReferral.matches() && ReferralPages.isStep(newReferral.group(1))) {
            String step = newReferral.group(1);
            referralPages.get(step, draft(), signedIn(request, ReferralPages.title(step), "new"), response);
        } else if (referral.matches()) {
            showReferral(request, response, Long.parseLong(referral.group(1)), "", "", "", List.of());
        } else {
            notFound(request, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = path(request);
        if (path.equals("/sign-in")) {
            signIn(request, response);
            return;
        }
        if (browser.session().isEmpty()) {
            response.sendRedirect("/portal/sign-in");
            return;
        }
        Matcher report = REPORT.matcher(path);
        Matcher newReferral = NEW_REFERRAL.matcher(path);
        if (newReferral.matches() && ReferralPages.isStep(newReferral.group(1))) {
            String step = newReferral.group(1);
            referralPages.post(step, draft(), signedIn(request, ReferralPages.title(step), "new"), request, response);
        } else if (report.matches()) {
            downloadReport(request, response, Long.parseLong(report.group(1)));
        } else {
            notFound(request, response);
        }
    }

    /** The referral this browser is making; a fresh one once the last was sent. */
    private ReferralDraft draft() {
        BrowserSessions.Session session = browser.session().orElseThrow();
        if (session.work(ReferralDraft.WORK, ReferralDraft.class, ReferralDraft::new).sent) {
            session.endWork(ReferralDraft.WORK);
        }
        return session.work(ReferralDraft.WORK, ReferralDraft.class, ReferralDraft::new);
    }

    private static String path(HttpServletRequest request) {
        return request.getPathInfo() == null ? "" : request.getPathInfo();
    }

    private void showSignIn(HttpServletRequest request, HttpServletResponse response, String username, List<PageChrome.FieldError> errors,
                            String notice) throws IOException {
        pages.show(response, errors.isEmpty() ? 200 : 400, "portal/sign-in.jte", anonymous(request, "Sign in").withErrors(errors),
                "username", username, "notice", notice);
    }

    private void signIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = Optional.ofNullable(request.getParameter("username")).orElse("").strip();
        String password = Optional.ofNullable(request.getParameter("password")).orElse("");
        String code = request.getParameter("code");
        if (username.isEmpty() || password.isEmpty()) {
            List<PageChrome.FieldError> errors = new ArrayList<>();
            if (username.isEmpty()) {
                errors.add(new PageChrome.FieldError("username", "Enter your username"));
            }
            if (password.isEmpty()) {
                errors.add(new PageChrome.FieldError("password", "Enter your password"));
            }
            showSignIn(request, response, username, errors, null);
            return;
        }
        StaffSignIn.Outcome<StaffSignIn.BrowserSignIn> outcome = signIn.signInToBrowser(username, password, code);
        if (outcome.value() == null) {
            String field = outcome.refusal() == ProblemType.SECOND_FACTOR_REQUIRED ? "code"
                    : outcome.refusal() == ProblemType.FORBIDDEN ? "username" : "password";
            String sentence = outcome.refusal() == ProblemType.SECOND_FACTOR_SETUP_REQUIRED
                    ? outcome.sentence() + " Set it up in the staff client, or ask the service's administrator."
                    : outcome.sentence();
            showSignIn(request, response, username, List.of(new PageChrome.FieldError(field, sentence)), null);
            return;
        }
        // A new session id and a new CSRF token at sign-in: nothing set before it carries over.
        PortalGate.cookie(request, PortalGate.SESSION_COOKIE).ifPresent(sessions::end);
        PortalGate.setCookie(request, response, PortalGate.SESSION_COOKIE, sessions.start(outcome.value()), -1);
        PortalGate.setCookie(request, response, PortalGate.CSRF_COOKIE, sessions.randomId(), -1);
        response.sendRedirect("/portal/referrals");
    }

    private void signOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean wasSignedIn = browser.session().isPresent();
        PortalGate.cookie(request, PortalGate.SESSION_COOKIE).ifPresent(sessions::end);
        PortalGate.setCookie(request, response, PortalGate.SESSION_COOKIE, "", 0);
        pages.show(response, 200, "portal/signed-out.jte", anonymous(request, "Signed out"),
                "heading", wasSignedIn ? "You have signed out" : "You are not signed in",
                "sentence", wasSignedIn ? "Nothing about the people you referred is kept in this browser." : "You may have been signed out after a time without activity.");
    }

    private void showReferrals(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String asked = Optional.ofNullable(request.getParameter("stage")).orElse("");
        ReferralStage stage = null;
        List<PageChrome.FieldError> errors = List.of();
        if (!asked.isEmpty()) {
            try {
                stage = ReferralStage.valueOf(asked);
            } catch (IllegalArgumentException unknown) {
                errors = List.of(new PageChrome.FieldError("stage", "Choose a stage from the list"));
            }
        }
        List<MyReferral> all = myReferrals.list();
        ReferralStage chosen = stage;
        List<MyReferral> shown = chosen == null ? all : all.stream().filter(r -> r.stage() == chosen).toList();
        // The alerts meant for the referrer (non-engagement), as GET /api/alerts gives them, counted per referral's person and programme.
        Map<String, Long> alertCounts = alerts.forCaller().stream().filter(a -> a.acknowledgedAt() == null)
                .collect(Collectors.groupingBy(a -> a.participantReference() + "/" + a.programme(), Collectors.counting()));
        pages.show(response, errors.isEmpty() ? 200 : 400, "portal/referrals.jte", signedIn(request, "My referrals", "referrals").withErrors(errors),
                "referrals", errors.isEmpty() ? shown : all, "stage", chosen, "all", all.size(), "alerts", alertCounts);
    }

    /** The caller's own referral with this id, from the same list as My referrals; empty when it is not theirs. */
    private Optional<MyReferral> ownReferral(long referralId) {
        return myReferrals.list().stream().filter(r -> r.referralId() == referralId).findFirst();
    }

    /** The referral's enrolment as the referrer's progress view shows it; null when there is none to show. */
    private EnrolmentProgress progressOf(MyReferral referral) {
        return progressPages.progress(referral.participantId()).enrolments().stream()
                .filter(e -> e.referralId().equals(referral.referralId())).findFirst().orElse(null);
    }

    private void showReferral(HttpServletRequest request, HttpServletResponse response, long referralId, String day, String month,
                              String year, List<PageChrome.FieldError> errors) throws IOException {
        Optional<MyReferral> referral = ownReferral(referralId);
        if (referral.isEmpty()) {
            notFound(request, response);
            return;
        }
        EnrolmentProgress progress = progressOf(referral.get());
        pages.show(response, errors.isEmpty() ? 200 : 400, "portal/referral.jte", signedIn(request, "A referral", "referrals").withErrors(errors),
                "referral", referral.get(), "progress", progress, "day", day, "month", month, "year", year,
                "sent", "1".equals(request.getParameter("sent")));
    }

    private void downloadReport(HttpServletRequest request, HttpServletResponse response, long referralId) throws IOException {
        String day = Optional.ofNullable(request.getParameter("meeting-day")).orElse("").strip();
        String month = Optional.ofNullable(request.getParameter("meeting-month")).orElse("").strip();
        String year = Optional.ofNullable(request.getParameter("meeting-year")).orElse("").strip();
        Optional<MyReferral> referral = ownReferral(referralId);
        if (referral.isEmpty()) {
            notFound(request, response);
            return;
        }
        DateField.Parsed meeting = DateField.parse("the date of the meeting", "Date of the meeting", day, month, year);
        if (meeting.error() != null) {
            showReferral(request, response, referralId, day, month, year, List.of(new PageChrome.FieldError("meeting-day", meeting.error())));
            return;
        }
        EnrolmentProgress progress = progressOf(referral.get());
        ProgressReports.Report report;
        try {
            report = progressReports.generate(referral.get().participantId(),
                    new ProgressReportRequest(progress == null ? null : progress.enrolmentId(), meeting.date(), null));
        } catch (DomainException refused) {
            showReferral(request, response, referralId, day, month, year, List.of(new PageChrome.FieldError("meeting-day", refused.getMessage())));
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + report.fileName() + "\"");
        response.getOutputStream().write(report.pdf());
    }

    private void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageChrome chrome = browser.session().isPresent() ? signedIn(request, "Page not found", null) : anonymous(request, "Page not found");
        pages.problem(response, 404, chrome, "Page not found",
                "There is no such page, or it is about someone you did not refer. If you typed the web address, check it is correct.");
    }

    private PageChrome anonymous(HttpServletRequest request, String title) {
        return new PageChrome(title, PageChrome.Service.PORTAL, csrf(request), null, null, List.of(), null);
    }

    private PageChrome signedIn(HttpServletRequest request, String title, String navigation) {
        BrowserSessions.Session session = browser.session().orElseThrow();
        ZonedDateTime ends = session.endsAt(sessions.idle()).atZone(UkDates.UK);
        return new PageChrome(title, PageChrome.Service.PORTAL, csrf(request), session.displayName(), CLOCK.format(ends.toLocalTime()),
                List.of(), navigation);
    }

    private static String csrf(HttpServletRequest request) {
        return (String) request.getAttribute(PortalGate.CSRF_ATTRIBUTE);
    }
}
