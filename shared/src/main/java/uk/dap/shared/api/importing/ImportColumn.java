package uk.dap.shared.api.importing;

/** One column of an import template: its heading as the file must have it, what it takes, and an example value. */
public record ImportColumn(String heading, boolean required, String takes, String example) {
}
