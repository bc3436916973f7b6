package uk.dap.shared.client;

/**
 * A file the server answered with (a PDF, a spreadsheet, a CSV).
 *
 * @param fileName the name the server suggests in Content-Disposition, or null when it gave none
 * @param contentType the media type the server gave, e.g. "application/pdf"
 */
public record Download(String fileName, String contentType, byte[] bytes) {

    /** The suggested file name with anything that could leave the chosen folder taken out; {@code fallback} if none. */
    public String safeFileName(String fallback) {
        if (fileName == null || fileName.isBlank()) {
            return fallback;
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}:*?\"<>|]", "_").trim();
        return name.isEmpty() || name.startsWith(".") ? fallback : name;
    }
}
