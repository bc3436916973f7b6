package uk.dap.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParticipantReferencesTest {
    @Test
    void readsWhatPeopleTypeAndRefusesAnythingElse() {
        assertThat(ParticipantReferences.of(123)).isEqualTo("P-000123");
        assertThat(ParticipantReferences.parse(" p-000123 ")).hasValue(123);
        assertThat(ParticipantReferences.parse("P123")).hasValue(123);
        assertThat(ParticipantReferences.parse("42")).hasValue(42);
        assertThat(ParticipantReferences.parse("Dilys")).isEmpty();
        assertThat(ParticipantReferences.parse("")).isEmpty();
        assertThat(ParticipantReferences.parse(null)).isEmpty();
    }
}
