package uk.dap.shared.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A questionnaire instrument as data: read from a versioned definition file in this package's {@code instruments}
 * folder (see {@link Instruments}), never written in code. Texts are maps from a language code ({@code en}, {@code pl},
 * {@code ur}) to the text in that language; English is always present and is used when a language is missing.
 *
 * @param code       stable code, e.g. {@code RSES}
 * @param version    the definition's version; a response keeps the version it was answered with
 * @param title      the instrument's title per language
 * @param intro      what the participant is told before the first question, per language
 * @param source     where the instrument comes from and its licence (for staff and auditors)
 * @param items      the questions, in the order they are asked
 * @param scale      the answers every item offers
 * @param subscales  named groups of items scored on their own (may be empty)
 * @param scoring    how a score is made from the answers
 * @param respondent who answers it: an adult (the participant; the default when a file does not say) or each child of
 *                   a family programme, on the kiosk's child-friendly screens
 */
public record InstrumentDefinition(String code, int version, Map<String, String> title, Map<String, String> intro, String source,
                                   List<Item> items, Scale scale, List<Subscale> subscales, Scoring scoring, Respondent respondent) {

    /** Who answers an instrument. */
    public enum Respondent { ADULT, CHILD }

    public InstrumentDefinition {
        respondent = respondent == null ? Respondent.ADULT : respondent;
    }

    /** Whether each child answers it, rather than the participant. */
    public boolean forChildren() {
        return respondent == Respondent.CHILD;
    }

    /** The languages every text must be given in. */
    public static final List<String> LANGUAGES = List.of("en", "pl", "ur");

    /** One question; {@code reverse} items are scored as (max + min - answer). */
    public record Item(String id, Map<String, String> text, boolean reverse) {
    }

    /** The answers on offer, lowest value first, with optional words for the two ends ("Not at all" ... "Very well"). */
    public record Scale(List<Option> options, Map<String, String> lowAnchor, Map<String, String> highAnchor) {
        public int min() {
            return options.stream().mapToInt(Option::value).min().orElseThrow();
        }

        public int max() {
            return options.stream().mapToInt(Option::value).max().orElseThrow();
        }

        public boolean allows(int value) {
            return options.stream().anyMatch(o -> o.value() == value);
        }
    }

    /**
     * One answer; {@code face} (children's instruments) is the face drawn for it on the kiosk, from VERY_SAD to
     * VERY_HAPPY, so that a child who cannot read every word can still answer.
     */
    public record Option(int value, Map<String, String> label, Face face) {
    }

    /** The faces of a children's scale, saddest first. */
    public enum Face { VERY_SAD, SAD, MIDDLE, HAPPY, VERY_HAPPY }

    /** A group of items with its own score, and the fewest answered items that still give one. */
    public record Subscale(String id, Map<String, String> title, List<String> items, int minAnswered) {
    }

    /**
     * {@code rule} SUM or MEAN over the scored answers; {@code minAnswered} is the fewest answered items that give a
     * score; with {@code prorate} a SUM over fewer items than there are is scaled up to all items (the mean of the
     * answered items times the number of items), so that a skipped item does not lower the score.
     */
    public record Scoring(Rule rule, int minAnswered, boolean prorate, Map<String, String> meaning) {
    }

    public enum Rule { SUM, MEAN }

    public Optional<Item> item(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The text in the language, or the English text when that language has none. */
    public static String in(Map<String, String> text, String language) {
        if (text == null) {
            return "";
        }
        String found = language == null ? null : text.get(language);
        return found == null || found.isBlank() ? text.getOrDefault("en", "") : found;
    }
}
