package uk.dap.server.importing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/import.md documents every column of every template, as the templates describe them. */
class ImportDocsTest {
    static final List<RecordImporter> KINDS = List.<RecordImporter>of(new ParticipantImporter(), new ChildImporter(), new LinkImporter(),
            new ReferralImporter(), new CohortImporter(), new AttendanceImporter(), new QuestionnaireImporter(), new CompletionImporter(),
            new WithdrawalImporter(), new OutcomeImporter()).stream().sorted(Comparator.comparingInt(RecordImporter::step)).toList();

    @Test
    void everyTemplateColumnIsInTheDocsAsTheTemplateDescribesIt() throws IOException {
        String docs = Files.readString(Path.of("../docs/import.md"));
        for (RecordImporter kind : KINDS) {
            assertThat(docs).as(kind.kind()).contains("(`" + kind.kind() + "`)").contains(table(kind));
        }
    }

    /** The kind's table of columns, in the docs' form. */
    static String table(RecordImporter kind) {
        return "| Column | Must be filled in | What it takes | Example |\n|---|---|---|---|\n" + kind.columns().stream()
                .map(c -> "| " + c.heading() + " | " + (c.required() ? "yes" : "no") + " | " + c.takes() + " | " + c.example() + " |")
                .map(line -> line.replace("|  |", "| |")).collect(Collectors.joining("\n")) + "\n";
    }

    public static void main(String[] args) {
        KINDS.forEach(kind -> System.out.println("## " + kind.title() + " (`" + kind.kind() + "`)\n\n" + kind.description() + "\n\n" + table(kind)));
    }
}
