package uk.dap.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.dap.server.attendance.application.KioskScope;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.StaffDirectory;
import uk.dap.shared.security.Role;

/**
 * Each rule that protects people lives in one place (docs/architecture.md, "Where each rule lives"), and capabilities
 * do not come to depend on each other both ways. These fail the build when a change writes a rule a second time.
 */
class ArchitectureTest {
    private static final String ROOT = "uk.dap.server";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void onlyTheKioskScopeReadsAKiosksVenueOutsideSecurity() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".security..").and().doNotHaveFullyQualifiedName(KioskScope.class.getName())
                .should().callMethod(Caller.class, "venueId")
                .because("what a kiosk may reach (today, its venue, the roster; safety rule 5) is decided in KioskScope alone")
                .check(classes);
    }

    @Test
    void whetherSomeoneLeadsAProgrammeIsAskedOfProgrammeLeadsAlone() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".security..")
                .should().callMethod(StaffDirectory.class, "programmesLedBy", Long.class)
                .because("\"is the caller a lead of this programme\" has one form, ProgrammeLeads, for every use case and front door")
                .check(classes);
    }

    @Test
    void onlySecurityDecidesWhatARoleMayDo() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".security..", ROOT + ".demo..")
                .should().callMethod(Caller.class, "role")
                .orShould().dependOnClassesThat().belongToAnyOf(Role.class)
                .because("who may see or do what is decided by Access, Permission and ParticipantAccess's scopes, never by a use case"
                        + " comparing roles (the demo data only creates accounts with their roles)")
                .check(classes);
    }

    /**
     * What counts as attended is {@code AttendanceStatus.attended()}, and which sessions a person was expected at is
     * {@code Stay.expected}, applied in Java by every count (the progress page, the registers, the completion rule, the
     * report's prepared rows and its live part). SQL that names the attended marks would be a second copy of the rule.
     */
    @Test
    void noStatementNamesTheMarksThatCountAsAttended() throws IOException {
        Pattern attendedMark = Pattern.compile("'(PRESENT|LATE|ATTENDED_PAPER|LEFT_EARLY)'");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".sql")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (attendedMark.matcher(lines.get(i)).find()) {
                        found.add(file + ":" + (i + 1));
                    }
                }
            }
        }
        assertThat(found).as("statements that decide what counts as attended; ask AttendanceStatus.attended() in Java instead").isEmpty();
    }

    @Test
    void capabilitiesDependOnEachOtherWithoutCycles() {
        Map<String, Set<String>> edges = new TreeMap<>();
        for (JavaClass c : classes) {
            String from = capability(c);
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String to = capability(d.getTargetClass());
                if (from != null && to != null && !from.equals(to)) {
                    edges.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
                }
            }
        }
        assertThat(cycles(edges)).as("capabilities that depend on each other round a cycle (issue 16 removed the last of them):"
                + " announce what happened with a CDI event, or declare what you need as an interface the other implements").isEmpty();
    }

    /** Each cycle found by a depth-first walk, as "a -> b -> a". */
    private static List<String> cycles(Map<String, Set<String>> edges) {
        List<String> found = new ArrayList<>();
        Set<String> done = new TreeSet<>();
        for (String start : edges.keySet()) {
            walk(start, new ArrayList<>(), edges, done, found);
        }
        return found;
    }

    private static void walk(String node, List<String> path, Map<String, Set<String>> edges, Set<String> done, List<String> found) {
        int at = path.indexOf(node);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
            cycle.add(node);
            found.add(String.join(" -> ", cycle));
            return;
        }
        if (done.contains(node)) {
            return;
        }
        path.add(node);
        for (String next : edges.getOrDefault(node, Set.of())) {
            walk(next, path, edges, done, found);
        }
        path.remove(path.size() - 1);
        done.add(node);
    }

    /** The capability package a class belongs to (the first package under the root), or null outside the server. */
    private static String capability(JavaClass c) {
        String name = c.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return null;
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
