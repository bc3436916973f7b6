package uk.dap.shared.evaluation;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The instrument definitions shipped in {@code instruments/} beside this class: {@code index.txt} lists the files
 * ({@code <code>-v<version>.json}), one a line. Every version ever shipped stays, so that an old response is still
 * scored by the definition it was answered with; the newest version of each code is the one given out.
 * Each file is checked when loaded (texts in every language, a scale, items and subscales that fit together).
 */
public final class Instruments {
    private static final String FOLDER = "instruments/";

    private final Map<String, List<InstrumentDefinition>> byCode = new LinkedHashMap<>();

    private Instruments(List<InstrumentDefinition> all) {
        for (InstrumentDefinition d : all) {
            byCode.computeIfAbsent(d.code(), c -> new ArrayList<>()).add(d);
        }
        byCode.values().forEach(versions -> versions.sort((a, b) -> Integer.compare(a.version(), b.version())));
    }

    /** The definitions shipped with this build. */
    public static Instruments shipped() {
        List<InstrumentDefinition> all = new ArrayList<>();
        try (Jsonb jsonb = JsonbBuilder.create()) {
            for (String file : read("index.txt").lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
                InstrumentDefinition definition = jsonb.fromJson(read(file), InstrumentDefinition.class);
                validate(definition, file);
                all.add(definition);
            }
        } catch (Exception e) {
            if (e instanceof IllegalStateException ise) {
                throw ise;
            }
            throw new IllegalStateException("Cannot read the instrument definitions: " + e.getMessage(), e);
        }
        return new Instruments(all);
    }

    private static String read(String name) {
        try (InputStream in = Instruments.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("The instrument file " + FOLDER + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The newest version of each instrument. */
    public List<InstrumentDefinition> current() {
        return byCode.values().stream().map(v -> v.get(v.size() - 1)).toList();
    }

    public Optional<InstrumentDefinition> current(String code) {
        List<InstrumentDefinition> versions = code == null ? null : byCode.get(code);
        return versions == null ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public Optional<InstrumentDefinition> find(String code, int version) {
        return byCode.getOrDefault(code, List.of()).stream().filter(d -> d.version() == version).findFirst();
    }

    public Set<String> codes() {
        return byCode.keySet();
    }

    /** Refuses a definition that does not fit together, naming the file and what is wrong. */
    static void validate(InstrumentDefinition d, String file) {
        List<String> problems = new ArrayList<>();
        if (d.code() == null || d.code().isBlank() || d.version() < 1) {
            problems.add("a code and a version from 1 are needed");
        }
        languages(d.title(), "title", problems);
        if (d.items() == null || d.items().isEmpty()) {
            problems.add("no items");
        }
        if (d.scale() == null || d.scale().options() == null || d.scale().options().size() < 2) {
            problems.add("the scale needs at least two options");
        } else {
            Set<Integer> values = new HashSet<>();
            d.scale().options().forEach(o -> {
                languages(o.label(), "the label of " + o.value(), problems);
                if (!values.add(o.value())) {
                    problems.add("the value " + o.value() + " is on the scale twice");
                }
                if (d.forChildren() && o.face() == null) {
                    problems.add("a children's instrument needs a face for every answer (" + o.value() + " has none)");
                }
            });
        }
        Set<String> ids = new HashSet<>();
        if (d.items() != null) {
            for (InstrumentDefinition.Item item : d.items()) {
                if (item.id() == null || !ids.add(item.id())) {
                    problems.add("item ids must be present and different (" + item.id() + ")");
                }
                languages(item.text(), "item " + item.id(), problems);
            }
        }
        if (d.subscales() == null) {
            problems.add("subscales must be a list (it may be empty)");
        } else {
            d.subscales().forEach(s -> s.items().stream().filter(i -> !ids.contains(i))
                    .forEach(i -> problems.add("subscale " + s.id() + " names an unknown item " + i)));
        }
        if (d.scoring() == null || d.scoring().rule() == null || d.scoring().minAnswered() < 1
                || (d.items() != null && d.scoring().minAnswered() > d.items().size())) {
            problems.add("scoring needs a rule (SUM or MEAN) and a minimum of answered items from 1 to the number of items");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The instrument file " + file + " is not valid: " + String.join("; ", problems));
        }
    }

    private static void languages(Map<String, String> text, String what, List<String> problems) {
        for (String language : InstrumentDefinition.LANGUAGES) {
            if (text == null || text.get(language) == null || text.get(language).isBlank()) {
                problems.add(what + " has no " + language + " text");
            }
        }
    }
}
