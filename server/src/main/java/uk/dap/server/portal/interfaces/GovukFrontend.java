package uk.dap.server.portal.interfaces;

/**
 * Where the pages find GOV.UK Frontend: its compiled CSS and JavaScript, served by the container from the WebJar
 * ({@code org.webjars.npm:govuk-frontend}, pinned in the parent POM). {@code GovukFrontendTest} fails when the two
 * versions part.
 */
public final class GovukFrontend {
    public static final String VERSION = "5.14.0";
    public static final String DIST = "/webjars/govuk-frontend/" + VERSION + "/dist/govuk";
    public static final String CSS = DIST + "/govuk-frontend.min.css";
    public static final String JS = DIST + "/govuk-frontend.min.js";

    private GovukFrontend() {
    }
}
