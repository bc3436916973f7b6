package uk.dap.shared.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorerTest {
    private final Instruments instruments = Instruments.shipped();
    private final InstrumentDefinition rses = instruments.current("RSES").orElseThrow();
    private final InstrumentDefinition life = instruments.current("LIFE_AREAS").orElseThrow();

    /** Every RSES item answered with the same value. */
    private static Map<String, Integer> all(int value) {
        Map<String, Integer> answers = new HashMap<>();
        for (int i = 1; i <= 10; i++) {
            answers.put("rses" + i, value);
        }
        return answers;
    }

    @Test
    void theShippedInstrumentsLoadInEveryLanguage() {
        assertThat(instruments.codes()).containsExactly("RSES", "LIFE_AREAS", "SESSION_FEEDBACK", "CHILD_FEELINGS");
        assertThat(rses.items()).hasSize(10);
        assertThat(rses.items()).filteredOn(InstrumentDefinition.Item::reverse).extracting(InstrumentDefinition.Item::id)
                .containsExactly("rses2", "rses5", "rses6", "rses8", "rses9");
        assertThat(rses.item("rses1").orElseThrow().text().get("en")).isEqualTo("On the whole, I am satisfied with myself.");
        assertThat(life.items()).extracting(InstrumentDefinition.Item::id)
                .containsExactly("safety", "children", "wellbeing", "support", "anger", "housing", "health", "confidence");
        assertThat(life.scale().min()).isEqualTo(1);
        assertThat(life.scale().max()).isEqualTo(10);
        assertThat(InstrumentDefinition.in(rses.title(), "ur")).contains("روزنبرگ");
        assertThat(InstrumentDefinition.in(rses.title(), "de")).isEqualTo(rses.title().get("en"));
        assertThat(rses.forChildren()).as("a file that does not say is for adults").isFalse();
    }

    @Test
    void theChildrensQuestionnaireIsShortWithAFaceForEveryAnswer() {
        InstrumentDefinition children = instruments.current("CHILD_FEELINGS").orElseThrow();
        assertThat(children.forChildren()).isTrue();
        assertThat(children.items()).hasSize(6).allSatisfy(i -> assertThat(i.text().get("en").length()).isLessThan(60));
        assertThat(children.scale().options()).extracting(InstrumentDefinition.Option::face).containsExactly(
                InstrumentDefinition.Face.VERY_SAD, InstrumentDefinition.Face.SAD, InstrumentDefinition.Face.MIDDLE,
                InstrumentDefinition.Face.HAPPY, InstrumentDefinition.Face.VERY_HAPPY);
        assertThat(children.source()).contains("await review by native speakers");
    }

    @Test
    void reverseScoredItemsAreTurnedRound() {
        // "Strongly agree" (3) to everything: 5 positive items give 15, 5 reversed give 0.
        assertThat(Scorer.score(rses, all(3)).total()).isEqualTo(15.0);
        // Agreeing strongly with the positive items and disagreeing strongly with the negative ones is the top score.
        Map<String, Integer> best = all(3);
        for (String reversed : new String[] {"rses2", "rses5", "rses6", "rses8", "rses9"}) {
            best.put(reversed, 0);
        }
        Score top = Scorer.score(rses, best);
        assertThat(top.total()).isEqualTo(30.0);
        assertThat(top.valid()).isTrue();
        assertThat(top.prorated()).isFalse();
        assertThat(top.answered()).isEqualTo(10);
    }

    @Test
    void aSkippedItemIsProratedSoItDoesNotLowerTheSum() {
        Map<String, Integer> answers = all(2); // positive 5 x 2 = 10, reversed 5 x (3 - 2) = 5: 15
        answers.put("rses1", null); // skipped: 13 over 9 items, scaled to 10 items
        Score score = Scorer.score(rses, answers);
        assertThat(score.answered()).isEqualTo(9);
        assertThat(score.prorated()).isTrue();
        assertThat(score.total()).isEqualTo(14.44);
    }

    @Test
    void tooManySkippedItemsGiveNoScore() {
        Map<String, Integer> answers = all(2);
        answers.remove("rses1");
        answers.put("rses2", null);
        answers.put("rses3", null);
        Score score = Scorer.score(rses, answers);
        assertThat(score.answered()).isEqualTo(7);
        assertThat(score.valid()).isFalse();
        assertThat(score.total()).isNull();
    }

    @Test
    void meansAndSubscalesFollowTheirOwnMinimum() {
        Map<String, Integer> answers = new HashMap<>(Map.of("safety", 4, "children", 6, "wellbeing", 5, "anger", 8, "health", 7, "confidence", 3));
        Score score = Scorer.score(life, answers);
        assertThat(score.total()).isEqualTo(5.5);
        assertThat(score.subscales()).containsEntry("family", 6.0).containsEntry("self", 5.0);
        assertThat(score.subscales().get("practical")).as("neither support nor housing answered").isNull();
        answers.remove("health");
        assertThat(Scorer.score(life, answers).valid()).as("5 of 8 answered, 6 needed").isFalse();
    }

    @Test
    void answersOutsideTheScaleOrForUnknownItemsAreRefused() {
        assertThatThrownBy(() -> Scorer.score(rses, Map.of("rses1", 4))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from 0 to 3");
        assertThatThrownBy(() -> Scorer.score(rses, Map.of("rses11", 1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an item");
    }

    @Test
    void aDefinitionThatDoesNotFitTogetherIsRefused() {
        InstrumentDefinition broken = new InstrumentDefinition("X", 1, Map.of("en", "X"), Map.of(), "", rses.items(), rses.scale(),
                java.util.List.of(new InstrumentDefinition.Subscale("s", Map.of(), java.util.List.of("nope"), 1)), rses.scoring(), null);
        assertThatThrownBy(() -> Instruments.validate(broken, "x-v1.json")).hasMessageContaining("title has no pl text")
                .hasMessageContaining("unknown item nope");
    }
}
