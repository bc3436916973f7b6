package uk.dap.server.common;

import java.util.Locale;

/**
 * What a person typed into a search box, as a LIKE pattern that finds it anywhere in a value and nothing else: the
 * LIKE wildcards they typed ({@code %}, {@code _}) and the escape character itself are matched literally. Use with
 * {@code LIKE :p ESCAPE '\'}. Before issue 18 a search for "_" or "%" listed everyone the caller may see.
 */
public final class LikePattern {
    /** The escape character the pattern uses; the query must name it ({@code ESCAPE '\'}). */
    public static final char ESCAPE = '\\';

    private LikePattern() {
    }

    /** "%text%", lower case, with the wildcards in the text escaped. */
    public static String containing(String text) {
        StringBuilder pattern = new StringBuilder("%");
        for (char c : text.strip().toLowerCase(Locale.UK).toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
