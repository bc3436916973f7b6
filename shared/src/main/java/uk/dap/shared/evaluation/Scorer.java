package uk.dap.shared.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores answers by an instrument's definition: reverse-scored items are turned round, skipped items (absent or
 * null) are left out, and a score is given only when at least the definition's minimum number of items was answered.
 * Plain Java, so that the server and the tests score alike.
 */
public final class Scorer {
    private Scorer() {
    }

    /**
     * @param answers the answer per item id; a missing or null answer is a skipped item
     * @throws IllegalArgumentException for an unknown item or a value the scale does not offer
     */
    public static Score score(InstrumentDefinition instrument, Map<String, Integer> answers) {
        check(instrument, answers);
        List<String> all = instrument.items().stream().map(InstrumentDefinition.Item::id).toList();
        Part total = part(instrument, all, instrument.scoring().minAnswered(), answers);
        Map<String, Double> subscales = new LinkedHashMap<>();
        for (InstrumentDefinition.Subscale subscale : instrument.subscales()) {
            subscales.put(subscale.id(), part(instrument, subscale.items(), subscale.minAnswered(), answers).value);
        }
        return new Score(total.value, total.value != null, total.answered, all.size(), total.prorated, subscales);
    }

    /** Refuses answers that do not belong to the instrument, with a message fit for the person who entered them. */
    public static void check(InstrumentDefinition instrument, Map<String, Integer> answers) {
        List<String> problems = new ArrayList<>();
        answers.forEach((item, value) -> {
            if (instrument.item(item).isEmpty()) {
                problems.add("'" + item + "' is not an item of " + instrument.code() + " version " + instrument.version());
            } else if (value != null && !instrument.scale().allows(value)) {
                problems.add("the answer to " + item + " must be from " + instrument.scale().min() + " to "
                        + instrument.scale().max() + ", not " + value);
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems) + ".");
        }
    }

    private record Part(Double value, int answered, boolean prorated) {
    }

    private static Part part(InstrumentDefinition instrument, List<String> items, int minAnswered, Map<String, Integer> answers) {
        int min = instrument.scale().min();
        int max = instrument.scale().max();
        double sum = 0;
        int answered = 0;
        for (String id : items) {
            Integer value = answers.get(id);
            if (value == null) {
                continue;
            }
            boolean reverse = instrument.item(id).orElseThrow().reverse();
            sum += reverse ? max + min - value : value;
            answered++;
        }
        if (answered == 0 || answered < minAnswered) {
            return new Part(null, answered, false);
        }
        InstrumentDefinition.Scoring scoring = instrument.scoring();
        boolean prorated = false;
        double value;
        if (scoring.rule() == InstrumentDefinition.Rule.MEAN) {
            value = sum / answered;
        } else if (scoring.prorate() && answered < items.size()) {
            value = sum / answered * items.size();
            prorated = true;
        } else {
            value = sum;
        }
        return new Part(round(value), answered, prorated);
    }

    /** Two decimal places, half up: what is stored and shown. */
    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
