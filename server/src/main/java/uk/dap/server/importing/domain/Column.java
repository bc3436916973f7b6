package uk.dap.server.importing.domain;

import uk.dap.shared.api.importing.ImportColumn;

/** One column of a template: the heading a file must use, whether a row must fill it, what it takes, an example. */
public record Column(String heading, boolean required, String takes, String example) {
    public static Column required(String heading, String takes, String example) {
        return new Column(heading, true, takes, example);
    }

    public static Column optional(String heading, String takes, String example) {
        return new Column(heading, false, takes, example);
    }

    public ImportColumn view() {
        return new ImportColumn(heading, required, takes, example);
    }
}
