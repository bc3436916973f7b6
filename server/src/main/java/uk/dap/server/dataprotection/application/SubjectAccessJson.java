package uk.dap.server.dataprotection.application;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.dap.shared.api.dataprotection.SubjectAccessItemView.PackField;

/** The machine-readable half of a subject access pack: the same items as the PDF, grouped by section. */
public final class SubjectAccessJson {
    private SubjectAccessJson() {
    }

    public record Pack(String reference, long request, LocalDate released, List<Section> sections) {
    }

    public record Section(String section, List<Item> items) {
    }

    public record Item(String title, LocalDate date, List<PackField> fields) {
    }

    static byte[] write(String reference, long requestId, LocalDate releasedOn, List<SubjectAccessPacks.Shown> items) {
        Map<String, List<Item>> bySection = new LinkedHashMap<>();
        for (SubjectAccessPacks.Shown item : items) {
            bySection.computeIfAbsent(item.section(), section -> new ArrayList<>()).add(new Item(item.title(), item.date(), item.fields()));
        }
        List<Section> sections = new ArrayList<>();
        bySection.forEach((section, list) -> sections.add(new Section(section, list)));
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
            return jsonb.toJson(new Pack(reference, requestId, releasedOn, sections)).getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException("The subject access pack could not be written as JSON", e);
        }
    }
}
