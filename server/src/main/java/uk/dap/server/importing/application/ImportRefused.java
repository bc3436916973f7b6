package uk.dap.server.importing.application;

import uk.dap.shared.api.importing.ImportResult;

/** A commit that met problems in its file: thrown so that its transaction rolls back and nothing is written. */
public class ImportRefused extends RuntimeException {
    private final transient ImportResult result;

    public ImportRefused(ImportResult result) {
        super(result.problemCount() + " problems in " + result.kind() + " file " + result.sha256());
        this.result = result;
    }

    public ImportResult result() {
        return result;
    }
}
