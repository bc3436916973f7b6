package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: a service's history brought in from its spreadsheets. The participants' template, a dry run that lists
 * every problem by row, column and value and writes nothing, a commit of all or nothing, a second import that creates
 * nothing twice, and an audit entry that names the file but not its rows.
 */
class ImportIT extends ServerIT {
    private static final String CSV = "text/csv";
    private static final String HEADINGS = "Service reference,First name,Last name,Date of birth,Gender,Key worker,"
            + "Contact details confidential,Why confidential,Address\n";

    /** Letters no other test uses, so that the people made here are found by name and no one else is. */
    private static final String UNIQUE = letters();

    private static String letters() {
        StringBuilder letters = new StringBuilder("Imp");
        for (int i = 0; i < 7; i++) {
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }

    @Test
    void theTemplatesSayWhatEachColumnTakesAndComeAsCsvAndXlsx() {
        String lead = api.demo("lead");
        JsonObject participants = api.get("api/imports", lead).array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("kind").equals("participants")).findFirst().orElseThrow();
        JsonObject born = participants.getJsonArray("columns").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("heading").equals("Date of birth")).findFirst().orElseThrow();
        assertThat(born.getBoolean("required")).isTrue();
        assertThat(born.getString("takes")).contains("4 Mar 1988", "1988-03-04");

        Api.Download csv = api.download("api/imports/participants/template", lead);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.disposition()).contains("participants-template.csv");
        List<String> lines = csv.text().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("Service reference,First name,Last name,Date of birth,Gender,");
        assertThat(lines.get(1)).startsWith("CD-2019-0042,Testy,Example,4 Mar 1988,Female,");

        // The XLSX template read back as an upload: its headings fit, and its example row is refused, not imported.
        Api.Download xlsx = api.download("api/imports/participants/template?format=xlsx", lead);
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        JsonObject dryRun = api.upload("api/imports/participants?fileName=template.xlsx", xlsx.body(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", lead).json();
        assertThat(dryRun.getJsonNumber("rows").longValue()).isEqualTo(1);
        assertThat(dryRun.getJsonNumber("created").longValue()).isZero();
        assertThat(problems(dryRun)).containsExactly("row 2: This is the template's example row: delete it before importing.");

        assertThat(api.get("api/imports", api.demo("facilitator")).status()).isEqualTo(403);
        assertThat(api.get("api/imports", api.demo("keyworker")).status()).isEqualTo(403);
        assertThat(api.upload("api/imports/participants", csv.body(), CSV, api.demo("keyworker")).status()).isEqualTo(403);
    }

    @Test
    void aDryRunListsEveryProblemByRowColumnAndValueAndWritesNothing() {
        String lead = api.demo("lead");
        String name = UNIQUE + "d";
        String file = HEADINGS
                + "D-1," + name + "," + "Dryrun,4 Mar 1988,Female,demo-keyworker,No,,\n"
                + "D-2," + name + ",Badday,31/02/1985,Female,,,,\n"
                + "D-3," + name + ",Nogender,1985-02-03,Woman,,,,\n"
                + "D-4," + name + ",,1985-02-03,Female,,,,\n"
                + "D-1," + name + ",Twice,1 Jan 1990,Male,,,,\n"
                + "D-6," + name + ",Nokeyworker,1 Jan 1990,Male,nobody-here,,,\n"
                + "D-7," + name + ",Secret,1 Jan 1990,Female,,Yes,,\"1 Fictional Street,\nExampletown\"\n"
                + "D-8," + name + ",Future,1 Jan 2099,Female,,,,\n";
        JsonObject dryRun = api.upload("api/imports/participants?fileName=people.csv", file.getBytes(StandardCharsets.UTF_8), CSV, lead).json();

        assertThat(dryRun.getBoolean("committed")).isFalse();
        assertThat(dryRun.getJsonNumber("rows").longValue()).isEqualTo(8);
        assertThat(dryRun.getJsonNumber("created").longValue()).as("only the first row is fit to import").isEqualTo(1);
        assertThat(problems(dryRun)).containsExactly(
                "row 3, 'Date of birth', '31/02/1985': 31/02/1985 is not a date: write it as 23 Nov 2026 or 2026-11-23.",
                "row 4, 'Gender', 'Woman': Woman is not one of Female, Male, Non-binary, Other, Prefers not to say.",
                "row 5, 'Last name': Fill in 'Last name' (up to 60 characters).",
                "row 6, 'Service reference', 'D-1': This is on row 2 too: give each record one row and its own 'Service reference'.",
                "row 7, 'Key worker', 'nobody-here': There is no active key worker with the username nobody-here.",
                "row 8: Give the reason the contact details are confidential, for example \"moved to a refuge\".",
                "row 9, 'Date of birth', '1 Jan 2099': Give a date from 1 Jan 1900 to " + uk.dap.shared.text.UkDates.date(
                        java.time.LocalDate.now(uk.dap.shared.text.UkDates.UK)) + "; 1 Jan 2099 is outside it.");
        assertThat(found(name, lead)).as("a dry run writes nothing").isEmpty();
    }

    @Test
    void aCommitWritesTheWholeFileOrNothingAndASecondImportCreatesNothingTwice() throws Exception {
        String lead = api.demo("lead");
        String name = UNIQUE + "c";
        String withAProblem = HEADINGS
                + "C-1," + name + ",First,4 Mar 1988,Female,demo-keyworker,,,\n"
                + "C-2," + name + ",Second,4 Mar 198,Female,,,,\n";
        Api.Answer refused = api.upload("api/imports/participants?commit=true&fileName=bad.csv",
                withAProblem.getBytes(StandardCharsets.UTF_8), CSV, lead);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.problemType()).isEqualTo("urn:dap:problem:import-refused");
        assertThat(refused.json().getString("detail")).startsWith("1 problem in the file, so nothing was imported.");
        assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class)).singleElement().satisfies(e -> {
            assertThat(e.getString("field")).isEqualTo("row 3, 'Date of birth'");
            assertThat(e.getString("message")).startsWith("'4 Mar 198': ");
        });
        assertThat(found(name, lead)).as("the good row was not written either").isEmpty();

        String good = HEADINGS
                + "C-1," + name + ",First,4 Mar 1988,Female,demo-keyworker,Yes,Moved to a refuge,\"1 Fictional Street,\nExampletown\"\n"
                + "C-2," + name + ",Second,1988-03-05,Male,,,,\n";
        byte[] bytes = good.getBytes(StandardCharsets.UTF_8);
        JsonObject committed = api.upload("api/imports/participants?commit=true&fileName=history%202019.csv", bytes, CSV, lead).json();
        assertThat(committed.getBoolean("committed")).isTrue();
        assertThat(committed.getJsonNumber("created").longValue()).isEqualTo(2);
        assertThat(committed.getString("sha256")).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        List<JsonObject> people = found(name, lead);
        assertThat(people).extracting(p -> p.getString("lastName")).containsExactly("First", "Second");
        // Her confidential address as her key worker sees it (the lead's view withholds it, as for any record).
        JsonObject first = api.get("api/participants/" + people.get(0).getJsonNumber("id").longValue(), api.demo("keyworker")).json();
        assertThat(first.getString("dateOfBirth")).isEqualTo("1988-03-04");
        assertThat(first.getJsonObject("keyWorker").getString("displayName")).isEqualTo("Kay Fictional (demo key worker)");
        assertThat(first.getJsonObject("contact").getBoolean("confidential")).isTrue();
        assertThat(first.getJsonObject("contact").getString("address")).isEqualTo("1 Fictional Street,\nExampletown");

        JsonObject again = api.upload("api/imports/participants?commit=true&fileName=again.csv", bytes, CSV, lead).json();
        assertThat(again.getJsonNumber("created").longValue()).isZero();
        assertThat(again.getJsonNumber("alreadyImported").longValue()).isEqualTo(2);
        String overlapping = HEADINGS + "C-2," + name + ",Second,1988-03-05,Male,,,,\n" + "C-3," + name + ",Third,1988-03-06,Female,,,,\n";
        JsonObject overlap = api.upload("api/imports/participants?commit=true&fileName=overlap.csv",
                overlapping.getBytes(StandardCharsets.UTF_8), CSV, lead).json();
        assertThat(overlap.getJsonNumber("created").longValue()).isEqualTo(1);
        assertThat(overlap.getJsonNumber("alreadyImported").longValue()).isEqualTo(1);
        assertThat(found(name, lead)).extracting(p -> p.getString("lastName")).containsExactly("First", "Second", "Third");

        // Audited: who imported which file, its SHA-256 and counts; never what its rows said.
        List<JsonObject> audit = api.get("api/audit?limit=200", api.demo("admin")).array().getValuesAs(JsonObject.class);
        JsonObject entry = audit.stream().filter(e -> e.getString("action").equals("IMPORT_COMMIT")
                && e.getString("detail", "").contains("named history 2019.csv")).findFirst().orElseThrow();
        assertThat(entry.getString("actor")).isEqualTo("demo-lead");
        assertThat(entry.getString("detail")).isEqualTo("participants file sha256 " + committed.getString("sha256")
                + " named history 2019.csv: 2 rows, 2 created, 0 imported before, 0 problems");
        assertThat(audit).anySatisfy(e -> assertThat(e.getString("detail", "")).isEqualTo("participants file sha256 "
                + committed.getString("sha256") + " named again.csv: 2 rows, 0 created, 2 imported before, 0 problems"));
        assertThat(audit.stream().filter(e -> e.getString("action").startsWith("IMPORT_")).map(e -> e.getString("detail", "")))
                .noneMatch(detail -> detail.contains(name) || detail.contains("Fictional Street"));
        assertThat(audit).anySatisfy(e -> assertThat(e.getString("action") + " " + e.getString("outcome") + " " + e.getString("detail", ""))
                .startsWith("IMPORT_COMMIT FAILURE participants file sha256 ").contains("named bad.csv", "1 problems"));
    }

    @Test
    void anExportIsTheTemplateFilledInWithWhatTheCallerMaySeeAndComesBackInAsItIs() {
        String lead = api.demo("lead");
        String name = UNIQUE + "x";
        String file = HEADINGS + "X-1," + name + ",Open,4 Mar 1988,Female,demo-keyworker,No,,2 Fictional Road\n"
                + "X-2," + name + ",Hidden,1 Sep 1990,Female,demo-keyworker,Yes,Moved to a refuge,3 Fictional Close\n";
        assertThat(api.upload("api/imports/participants?commit=true&fileName=x.csv", file.getBytes(StandardCharsets.UTF_8), CSV, lead)
                .json().getJsonNumber("created").longValue()).isEqualTo(2);

        Api.Download export = api.download("api/imports/participants/export", lead);
        assertThat(export.contentType()).startsWith("text/csv");
        List<String> lines = export.text().lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFF" + String.join(",", api.download("api/imports/participants/template", lead).text()
                .lines().findFirst().orElseThrow()));
        // Contact details as the record shows them to this lead: only for people referred to a programme she leads. The
        // two imported here are not referred yet, so neither address is hers to see, confidential or not.
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("X-1," + name + ",Open,4 Mar 1988,Female,,No,,,").doesNotContain("Fictional Road"))
                .anySatisfy(l -> assertThat(l).startsWith("X-2," + name + ",Hidden,1 Sep").doesNotContain("Fictional Close").doesNotContain("refuge"))
                .anySatisfy(l -> assertThat(l).as("a record made here, named by its own reference, with the contact its lead may see")
                        .startsWith("P-000001,Dana,Sample (demo),14 Mar 1990,Female,English,No,,\"1 Nowhere Lane, Exampletown\",ZZ1 1ZZ,"));
        assertThat(lines.stream().filter(l -> l.contains(name))).allSatisfy(l -> assertThat(l).endsWith(",demo-keyworker"));

        // The export comes back in as it is: nothing twice, whether imported or made here.
        JsonObject again = api.upload("api/imports/participants?fileName=export.csv", export.body(), CSV, lead).json();
        assertThat(again.getJsonNumber("problemCount").longValue()).isZero();
        assertThat(again.getJsonNumber("created").longValue()).isZero();
        assertThat(again.getJsonNumber("alreadyImported").longValue()).isEqualTo(again.getJsonNumber("rows").longValue()).isEqualTo(lines.size() - 1);
        assertThat(api.get("api/audit?limit=50", api.demo("admin")).array().getValuesAs(JsonObject.class))
                .anySatisfy(e -> assertThat(e.getString("action") + " " + e.getString("detail", "")).startsWith("EXPORT participants: "));
    }

    @Test
    void childrenComeInNamedToTheirParentByTheParentsServiceReference() {
        String lead = api.demo("lead");
        String name = UNIQUE + "k";
        String parents = HEADINGS + "K-1," + name + ",Mother,4 Mar 1988,Female,demo-keyworker,,,\n";
        assertThat(api.upload("api/imports/participants?commit=true", parents.getBytes(StandardCharsets.UTF_8), CSV, lead).json()
                .getJsonNumber("created").longValue()).isEqualTo(1);

        String children = "Child reference,Parent's service reference,First name,Date of birth,Lives with the parent,Social care status\n"
                + "K-1-1,K-1,Wren,1 Jun 2016,Yes,Child in need\n"
                + "K-1-2,K-9,Nobody,1 Jun 2017,Yes,None (no open case)\n"
                + "K-1-3,K-1,Ash,1 Jun 2018,,Worried\n";
        JsonObject dryRun = api.upload("api/imports/children", children.getBytes(StandardCharsets.UTF_8), CSV, lead).json();
        assertThat(problems(dryRun)).containsExactly(
                "row 3, 'Parent's service reference', 'K-9': No participant has the service reference K-9: import the participants' file"
                        + " first, or give their reference here (P-000123).",
                "row 4, 'Lives with the parent': Fill in 'Lives with the parent' (Yes or No).",
                "row 4, 'Social care status', 'Worried': Worried is not one of None (no open case), Early help, Child in need,"
                        + " Child protection plan, Looked after.");

        String good = "Child reference,Parent's service reference,First name,Date of birth,Lives with the parent,Social care status\n"
                + "K-1-1,K-1,Wren,1 Jun 2016,Yes,Child in need\n";
        assertThat(api.upload("api/imports/children?commit=true", good.getBytes(StandardCharsets.UTF_8), CSV, lead).json()
                .getJsonNumber("created").longValue()).isEqualTo(1);
        long mother = found(name, lead).get(0).getJsonNumber("id").longValue();
        assertThat(api.get("api/participants/" + mother, api.demo("keyworker")).json().getJsonArray("children").getValuesAs(JsonObject.class))
                .singleElement().satisfies(c -> {
                    assertThat(c.getString("firstName")).isEqualTo("Wren");
                    assertThat(c.getString("dateOfBirth")).isEqualTo("2016-06-01");
                    assertThat(c.getString("socialCareStatus")).isEqualTo("CHILD_IN_NEED");
                });
        assertThat(api.upload("api/imports/children?commit=true", good.getBytes(StandardCharsets.UTF_8), CSV, lead).json()
                .getJsonNumber("alreadyImported").longValue()).isEqualTo(1);
    }

    @Test
    void aFileThatIsNotTheTemplateIsRefusedSayingWhatToChange() {
        String lead = api.demo("lead");
        JsonObject wrongHeadings = api.upload("api/imports/participants", "Ref,First name,Surname\nX-1,A,B\n".getBytes(StandardCharsets.UTF_8),
                CSV, lead).json();
        assertThat(problems(wrongHeadings)).contains(
                "row 1, 'Ref', 'Ref': 'Ref' is not a column of the Participants template: rename it to one of the template's headings, or remove it.",
                "row 1, 'Last name': The file has no 'Last name' column: add it (up to 60 characters).");

        Api.Answer notUtf8 = api.upload("api/imports/participants", (HEADINGS + "L-1,Zo\u00eb,Latin,1 Jan 1990,Female,,,,\n")
                .getBytes(StandardCharsets.ISO_8859_1), CSV, lead);
        assertThat(notUtf8.status()).isEqualTo(400);
        assertThat(notUtf8.json().getString("detail")).contains("not UTF-8", "CSV UTF-8", "Nothing was imported.");

        Api.Answer notXlsx = api.upload("api/imports/participants", "not a workbook".getBytes(StandardCharsets.UTF_8),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", lead);
        assertThat(notXlsx.status()).isEqualTo(400);
        assertThat(notXlsx.json().getString("detail")).contains("cannot be read as an Excel workbook");

        assertThat(api.upload("api/imports/nonsense", HEADINGS.getBytes(StandardCharsets.UTF_8), CSV, lead).status()).isEqualTo(404);
    }

    @Test
    void anImportsFileMayBeLargerThanTheOneMegabyteOtherRequestsAreHeldTo() {
        StringBuilder file = new StringBuilder("Service reference,First name,Last name,Date of birth,Gender,Accessibility needs\n");
        for (int i = 0; i < 2_600; i++) {
            file.append("B-").append(i).append(',').append(UNIQUE).append("b,Big,1 Jan 1990,Female,").append("a".repeat(480)).append('\n');
        }
        byte[] body = file.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(body.length).isGreaterThan(1_200_000);
        Api.Answer dryRun = api.upload("api/imports/participants?fileName=big.csv", body, CSV, api.demo("lead"));
        assertThat(dryRun.status()).isEqualTo(200);
        assertThat(dryRun.json().getJsonNumber("rows").longValue()).isEqualTo(2_600);
        assertThat(dryRun.json().getJsonNumber("problemCount").longValue()).isZero();
    }

    @Test
    void aServiceReferenceThatOnlyLooksLikeOneOfOursIsNeverTakenForOurRecord() {
        String lead = api.demo("lead");
        String name = UNIQUE + "l";
        // Records 1 to 3 exist (demo data) and the lead may see them; a service numbering its people so has people of its own.
        String file = HEADINGS + "1," + name + ",Numbered,4 Mar 1988,Female,,,,\n" + "P2," + name + ",Lettered,4 Mar 1988,Female,,,,\n"
                + "p-000003," + name + ",Lowercase,4 Mar 1988,Female,,,,\n";
        JsonObject dryRun = api.upload("api/imports/participants?fileName=numbered.csv", file.getBytes(StandardCharsets.UTF_8), CSV, lead).json();
        assertThat(dryRun.getJsonNumber("created").longValue()).isEqualTo(3);
        assertThat(dryRun.getJsonNumber("alreadyImported").longValue()).isZero();
    }

    /** Each problem as "row N, 'Column', 'value': message", as a person reads the dry run's table. */
    private static List<String> problems(JsonObject result) {
        return result.getJsonArray("problems").getValuesAs(JsonObject.class).stream().map(p -> "row " + p.getJsonNumber("row").longValue()
                + (p.containsKey("column") ? ", '" + p.getString("column") + "'" : "") + (p.containsKey("value") ? ", '" + p.getString("value") + "'" : "")
                + ": " + p.getString("message")).toList();
    }

    private List<JsonObject> found(String name, String token) {
        return api.get("api/participants?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8), token).array().getValuesAs(JsonObject.class);
    }
}
