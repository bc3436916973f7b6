package uk.dap.server.participant.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names are compared as a person would read them: case, accents, spaces, hyphens and apostrophes do not matter. */
class DuplicateNamesTest {
    @Test
    void namesThatReadTheSameMatch() {
        assertThat(DuplicateRecords.name("Anne-Marie", "O'Neil")).isEqualTo(DuplicateRecords.name(" anne marie ", "ONEIL"));
        assertThat(DuplicateRecords.name("Zoë", "Brontë")).isEqualTo(DuplicateRecords.name("Zoe", "Bronte"));
        assertThat(DuplicateRecords.name("Anne", "Marie Smith")).isEqualTo(DuplicateRecords.name("Anne Marie", "Smith"));
    }

    @Test
    void differentNamesDoNot() {
        assertThat(DuplicateRecords.name("Ann", "Smith")).isNotEqualTo(DuplicateRecords.name("Anne", "Smith"));
    }
}
