package uk.dap.server.evaluation.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.dap.server.common.DomainException;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.evaluation.ItemAnswer;
import uk.dap.shared.evaluation.InstrumentDefinition;
import uk.dap.shared.evaluation.Instruments;
import uk.dap.shared.evaluation.Scorer;

/** The instrument definitions shipped in {@code shared}, read once at start, and the checks on answers against them. */
@ApplicationScoped
public class InstrumentCatalogue {
    private Instruments instruments;

    @PostConstruct
    void load() {
        instruments = Instruments.shipped();
    }

    public List<InstrumentDefinition> current() {
        return instruments.current();
    }

    public boolean exists(String code) {
        return instruments.current(code).isPresent();
    }

    /** The newest version of the instrument, or a 400 naming the codes there are. */
    public InstrumentDefinition require(String code) {
        return instruments.current(code).orElseThrow(() -> new DomainException(ProblemType.VALIDATION_FAILED,
                "There is no instrument '" + code + "'. The codes are " + String.join(", ", instruments.codes()) + "."));
    }

    /** The version a stored response was answered with (kept for ever, so this cannot fail for stored data). */
    public InstrumentDefinition version(String code, int version) {
        return instruments.find(code, version).orElseGet(() -> require(code));
    }

    /** A version the kiosk says it used; a version that was never shipped is refused. */
    public InstrumentDefinition requireVersion(String code, Integer version) {
        require(code);
        return instruments.find(code, version == null ? -1 : version).orElseThrow(() -> new DomainException(ProblemType.VALIDATION_FAILED,
                "There is no version " + version + " of the instrument " + code + "."));
    }

    /**
     * The answers by item, checked against the definition: every item known, given once, and each value on the
     * instrument's scale (or null, skipped). Any problem is a 400 naming the item; nothing is stored.
     */
    public Map<String, Integer> answers(InstrumentDefinition instrument, List<ItemAnswer> given) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (ItemAnswer answer : given) {
            if (answer == null || answer.item() == null || answer.item().isBlank()) {
                throw new DomainException(ProblemType.VALIDATION_FAILED, "Each answer needs the item's id.");
            }
            if (!seen.add(answer.item())) {
                throw new DomainException(ProblemType.VALIDATION_FAILED, "The item " + answer.item() + " is answered twice.");
            }
            answers.put(answer.item(), answer.value());
        }
        try {
            Scorer.check(instrument, answers);
        } catch (IllegalArgumentException e) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, capitalise(e.getMessage()));
        }
        return answers;
    }

    /** Refuses a total score the instrument cannot give: outside its scale's least and greatest total. */
    public void requirePossibleTotal(InstrumentDefinition instrument, double total) {
        int items = instrument.scoring().rule() == InstrumentDefinition.Rule.MEAN ? 1 : instrument.items().size();
        int least = instrument.scale().min() * items;
        int most = instrument.scale().max() * items;
        if (total < least || total > most) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "A total score of " + instrument.code() + " is from " + least
                    + " to " + most + "; " + java.math.BigDecimal.valueOf(total).stripTrailingZeros().toPlainString() + " is outside it.");
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /**
     * The instrument language for a language as recorded on a participant's record ("Polish", "polski", "pl",
     * "Urdu", ...): {@code pl}, {@code ur}, or {@code en} for anything else.
     */
    public static String languageFor(String recorded) {
        if (recorded == null) {
            return "en";
        }
        String name = recorded.trim().toLowerCase(Locale.ROOT);
        if (name.equals("pl") || name.startsWith("polish") || name.startsWith("polski")) {
            return "pl";
        }
        if (name.equals("ur") || name.startsWith("urdu") || name.startsWith("اردو")) {
            return "ur";
        }
        return "en";
    }
}
