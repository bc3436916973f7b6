package uk.dap.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
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

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
