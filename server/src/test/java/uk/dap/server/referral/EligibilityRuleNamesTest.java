package uk.dap.server.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.dap.shared.text.EligibilityRuleNames;

/** Every rule the server can answer has a name in words on the screens (issue 19), read from the rules' own source. */
class EligibilityRuleNamesTest {
    private static final Set<String> PROGRAMMES = Set.of("CARING_DADS", "NEW_BEGINNINGS", "FREEDOM", "GATEWAY", "DART");

    @Test
    void everyRuleHasANameInWords() throws Exception {
        String source = Files.readString(Path.of("src/main/java/uk/dap/server/referral/domain/EligibilityRules.java"));
        Set<String> ruleIds = Pattern.compile("\"([A-Z][A-Z_]+[A-Z])\"").matcher(source).results().map(m -> m.group(1))
                .filter(id -> !PROGRAMMES.contains(id)).collect(Collectors.toSet());

        assertThat(ruleIds).hasSizeGreaterThan(12).allSatisfy(id -> assertThat(EligibilityRuleNames.of(id)).as(id).isNotEqualTo(id)
                .matches("[A-Z].*[a-z0-9].*"));
    }
}
