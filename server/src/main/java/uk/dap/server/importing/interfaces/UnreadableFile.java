package uk.dap.server.importing.interfaces;

import java.io.IOException;

/** An upload that is not the file it says it is (not CSV, not XLSX, not UTF-8): answered 400, nothing written. */
class UnreadableFile extends IOException {
    UnreadableFile(String message, Throwable cause) {
        super(message, cause);
    }
}
