package uk.dap.server.participant.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a person is found by, and the words of what a worker typed. A name is found when every typed word is the
 * start of one of its words, in any order: "fake ami" finds Amira Fakename. Case and accents do not matter (Zoë is
 * found by "zoe"), and a name written with an apostrophe or hyphen is found with or without it: O'Brien by "o'brien",
 * "brien" and "obrien"; Smith-Jones by "jones" and "smithjones".
 */
public final class NameWords {
    /** A run of letters and digits, with the apostrophes and hyphens that join such runs into one written word. */
    private static final Pattern WRITTEN_WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");
    private static final Pattern PART = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    private NameWords() {
    }

    /** The words of a first and last name, as stored for the search. */
    public static Set<String> of(String firstName, String lastName) {
        Set<String> words = new LinkedHashSet<>();
        Matcher written = WRITTEN_WORD.matcher(plain(firstName + " " + lastName));
        while (written.find()) {
            List<String> parts = parts(written.group());
            words.addAll(parts);
            if (parts.size() > 1) {
                words.add(String.join("", parts));
            }
        }
        return words;
    }

    /** The words of what was typed into a search; empty when it has no letter or digit (a search for "_" finds no one). */
    public static List<String> typed(String query) {
        return query == null ? List.of() : List.copyOf(new LinkedHashSet<>(parts(plain(query))));
    }

    private static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        Matcher part = PART.matcher(text);
        while (part.find()) {
            parts.add(part.group());
        }
        return parts;
    }

    private static String plain(String text) {
        return ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
