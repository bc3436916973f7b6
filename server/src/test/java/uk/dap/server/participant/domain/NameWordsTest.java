package uk.dap.server.participant.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameWordsTest {
    @Test
    void aNameIsStoredAsItsWordsInLowerCaseWithoutAccents() {
        assertThat(NameWords.of("Zoë", "Fakename (demo)")).containsExactly("zoe", "fakename", "demo");
    }

    @Test
    void aWordWithAnApostropheOrHyphenIsFoundByEachPartAndByTheWhole() {
        assertThat(NameWords.of("Ann-Marie", "O’Brien")).containsExactly("ann", "marie", "annmarie", "o", "brien", "obrien");
    }

    @Test
    void whatWasTypedIsSplitTheSameWayAndOnlyOnce() {
        assertThat(NameWords.typed("  O'Brien  o ZOË ")).containsExactly("o", "brien", "zoe");
    }

    @Test
    void punctuationAndWildcardsAloneAreNoWords() {
        assertThat(NameWords.typed("_ % \\ -")).isEmpty();
        assertThat(NameWords.typed(null)).isEmpty();
    }
}
