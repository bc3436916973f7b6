package uk.dap.server.portal.interfaces;

import java.util.List;

/**
 * What every page around its content needs: its title (never a person's name or other personal data, which would stay
 * in the browser's history), the service it belongs to, the CSRF token its forms carry, who is signed in and until
 * when, whether "Exit this page" is shown, and the problems to list in the error summary.
 *
 * @param signedInAs null on pages for someone not signed in
 * @param signedOutAt the time of day ("14:32") the session ends if nothing more is asked; null when not signed in
 */
public record PageChrome(String title, Service service, String csrfToken, String signedInAs, String signedOutAt,
                         List<FieldError> errors, String activeNavigation) {
    /** The two front doors the pages belong to. */
    public enum Service {
        PORTAL("Referrals portal", "/portal/"),
        SELF_REFERRAL("Refer yourself", "/self-referral/");

        private final String name;
        private final String home;

        Service(String name, String home) {
            this.name = name;
            this.home = home;
        }

        public String serviceName() {
            return name;
        }

        public String home() {
            return home;
        }
    }

    /** A problem with one field: the error summary links to {@code fieldId}, and the field shows {@code message}. */
    public record FieldError(String fieldId, String message) {
    }

    /** The browser tab's text: "Error: " first when the page shows problems, as the Design System asks. */
    public String fullTitle() {
        return (errors.isEmpty() ? "" : "Error: ") + title + " – " + service.serviceName();
    }

    public boolean signedIn() {
        return signedInAs != null;
    }

    public boolean exitThisPage() {
        return service == Service.SELF_REFERRAL;
    }

    /** The message for one field, or null when it has none. */
    public String errorFor(String fieldId) {
        return errors.stream().filter(e -> e.fieldId().equals(fieldId)).map(FieldError::message).findFirst().orElse(null);
    }

    /** A field's {@code aria-describedby}: its hint and its error message, where it has them; null when neither. */
    public String describedBy(String fieldId, boolean hasHint) {
        String ids = ((hasHint ? fieldId + "-hint " : "") + (errorFor(fieldId) == null ? "" : fieldId + "-error")).trim();
        return ids.isEmpty() ? null : ids;
    }

    public PageChrome withErrors(List<FieldError> found) {
        return new PageChrome(title, service, csrfToken, signedInAs, signedOutAt, List.copyOf(found), activeNavigation);
    }
}
