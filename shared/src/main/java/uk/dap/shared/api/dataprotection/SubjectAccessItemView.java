package uk.dap.shared.api.dataprotection;

import java.time.LocalDate;
import java.util.List;

/**
 * One item of a subject access pack as the reviewer sees it before release: what the pack would say (other people's
 * details already taken out, staff shown by role), and whether the reviewer withholds it and under which exemption.
 */
public record SubjectAccessItemView(String key, String section, String title, LocalDate date, List<PackField> fields, boolean withheld,
                                    String exemption) {

    /** A label and its value, as printed. */
    public record PackField(String label, String value) {
    }
}
