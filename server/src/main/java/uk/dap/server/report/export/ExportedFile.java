package uk.dap.server.report.export;

/** A rendered export, ready to send: the bytes, their media type and the file name to offer. */
public record ExportedFile(byte[] body, String mediaType, String fileName) {

    /** A {@code Content-Disposition} value; file names are plain ASCII by construction, so no encoding is needed. */
    public String contentDisposition() {
        return "attachment; filename=\"" + fileName + "\"";
    }
}
