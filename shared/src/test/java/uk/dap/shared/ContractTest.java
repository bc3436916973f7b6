package uk.dap.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import uk.dap.shared.api.Problem;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.security.Role;
import uk.dap.shared.security.Roles;
import uk.dap.shared.text.UkDates;

class ContractTest {
    @Test
    void roleConstantsMatchTheRoleEnumExactly() throws Exception {
        String[] constants = Arrays.stream(Roles.class.getFields()).map(ContractTest::value).sorted().toArray(String[]::new);
        String[] roles = Arrays.stream(Role.values()).map(Enum::name).sorted().toArray(String[]::new);
        assertThat(constants).containsExactly(roles);
    }

    @Test
    void datesAreWrittenTheUkWay() {
        assertThat(UkDates.date(LocalDate.of(2026, 11, 23))).isEqualTo("23 Nov 2026");
        assertThat(UkDates.date(LocalDate.of(2026, 9, 3))).isEqualTo("3 Sep 2026");
        // 14:05 UTC in November is 14:05 in London; in July it is 15:05 (BST).
        assertThat(UkDates.dateTime(Instant.parse("2026-11-23T14:05:00Z"))).isEqualTo("23 Nov 2026, 14:05");
        assertThat(UkDates.dateTime(Instant.parse("2026-07-01T14:05:00Z"))).isEqualTo("1 Jul 2026, 15:05");
    }

    @Test
    void problemTypesAreStableUrns() {
        assertThat(ProblemType.VALIDATION_FAILED.uri()).isEqualTo("urn:dap:problem:validation-failed");
        assertThat(ProblemType.SIGN_IN_FAILED.status()).isEqualTo(401);
        assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::uri).distinct().count()).isEqualTo(ProblemType.values().length);
    }

    /** Yasson maps a record through its one constructor; a second one makes the client unable to read it. */
    @Test
    void everyApiRecordHasOneConstructorForJsonB() throws Exception {
        Path classes = Path.of(Problem.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> records;
        try (Stream<Path> files = Files.walk(classes.resolve("uk/dap/shared/api"))) {
            records = files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> classes.relativize(f).toString().replace(".class", "").replace('/', '.'))
                    .map(ContractTest::load).filter(Class::isRecord).toList();
        }
        assertThat(records).hasSizeGreaterThan(40);
        assertThat(records).allSatisfy(r -> assertThat(r.getDeclaredConstructors()).as(r.getName()).hasSize(1));
    }

    @Test
    void aProblemWithAllowedStatesReadsBackInTheClient() throws Exception {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            Problem problem = jsonb.fromJson("{\"type\":\"urn:dap:problem:illegal-transition\",\"title\":\"Not allowed\","
                    + "\"status\":409,\"detail\":\"No.\",\"errors\":[],\"allowed\":[\"ASSESSED\",\"WITHDRAWN\"]}", Problem.class);
            assertThat(problem.status()).isEqualTo(409);
            assertThat(problem.allowed()).containsExactly("ASSESSED", "WITHDRAWN");
            assertThat(jsonb.fromJson("{\"status\":401,\"detail\":\"x\"}", Problem.class).allowed()).isNull();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
