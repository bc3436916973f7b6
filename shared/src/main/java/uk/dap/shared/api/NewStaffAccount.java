package uk.dap.shared.api;

import uk.dap.shared.validation.Length;
import uk.dap.shared.validation.Matches;
import uk.dap.shared.validation.Required;
import uk.dap.shared.validation.RequiredText;
import uk.dap.shared.security.Role;

/**
 * An administrator creating a staff account. The person changes the initial password in a later release.
 * {@code programmes} are the programme codes a PROGRAMME_LEAD leads (ignored for other roles).
 */
public record NewStaffAccount(
        @Matches(regexp = "[a-z0-9][a-z0-9._-]{2,49}", message = "Enter a username of 3 to 50 lower-case letters, digits, dots, dashes or underscores.")
        String username,
        @RequiredText(max = 100, message = "Enter the person's name as colleagues know it (at most 100 characters).") String displayName,
        @Required(message = "Choose a role: ADMIN, PROGRAMME_LEAD, FACILITATOR, KEY_WORKER or REFERRER.") Role role,
        @Length(min = 12, max = 200, message = "Enter an initial password of 12 to 200 characters.") String initialPassword,
        java.util.List<String> programmes) {

    @Override
    public String toString() {
        return "NewStaffAccount[username=" + username + ", role=" + role + ", initialPassword=(hidden)]";
    }
}
