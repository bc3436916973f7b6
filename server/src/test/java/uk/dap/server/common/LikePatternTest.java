package uk.dap.server.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternTest {
    @Test
    void wildcardsTypedIntoASearchAreMatchedLiterally() {
        assertThat(LikePattern.containing(" Ann ")).isEqualTo("%ann%");
        assertThat(LikePattern.containing("_")).isEqualTo("%\\_%");
        assertThat(LikePattern.containing("50%")).isEqualTo("%50\\%%");
        assertThat(LikePattern.containing("a\\b")).isEqualTo("%a\\\\b%");
    }
}
