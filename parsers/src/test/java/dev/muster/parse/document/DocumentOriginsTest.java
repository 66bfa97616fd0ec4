package dev.muster.parse.document;

import static dev.muster.parse.document.Figures.figure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.muster.Measure;
import dev.muster.Origin;
import dev.muster.parse.classify.Figure;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The origins that depend on the whole document. */
class DocumentOriginsTest {

  private static final DocumentOrigins RULE = new DocumentOrigins();
  private static final Origin NP = Origin.of("NP");
  private static final Origin RU = Origin.of("RU");

  private static DocumentTopic topic(Origin about, Map<Origin, Integer> places, int russia) {
    return new DocumentTopic(Optional.ofNullable(about), new HashMap<>(places), russia, List.of());
  }

  @Test
  void figuresWithoutAnOriginOfTheirOwnAreTheTopics() {
    Figure bare = figure(Measure.KILLED, 12, Set.of(), 0);
    Figure russian = figure(Measure.KILLED, 30, Set.of(RU), false, null, List.of(), 1, 20);
    Figure drafted = figure(Measure.CONSCRIPTED, 300, Set.of(RU), false, null, List.of(), 1, 40);
    Figure own = figure(Measure.KILLED, 40, Set.of(Origin.of("LK")), 60);
    List<Figure> out = RULE.apply(List.of(bare, russian, drafted, own), topic(NP, Map.of(NP, 4), 0));
    assertEquals(List.of(Set.of(NP), Set.of(NP), Set.of(RU), Set.of(Origin.of("LK"))),
        out.stream().map(f -> (Set<Origin>) f.origins()).toList());
  }

  @Test
  void withoutATopicRussiasLossesAreRussiasInAStoryAboutRussia() {
    Figure losses = figure(Measure.KILLED, 1200, Set.of(), 0);
    Figure other = figure(Measure.OTHER, 5, Set.of(), 20);
    assertEquals(Set.of(RU), RULE.apply(List.of(losses), topic(null, Map.of(), 3)).get(0).origins());
    assertEquals(Set.of(), RULE.apply(List.of(losses), topic(null, Map.of(), 2)).get(0).origins());
    assertEquals(Set.of(), RULE.apply(List.of(other), topic(null, Map.of(), 3)).get(0).origins());
  }

  @Test
  void moneyInAStoryAboutOneForeignCountryIsItsPay() {
    Figure pay = figure(Measure.PAYMENT, 2000, Set.of(), 0);
    assertEquals(Set.of(NP), RULE.apply(List.of(pay), topic(null, Map.of(NP, 3, RU, 9), 0)).get(0).origins());
    assertEquals(Set.of(), RULE.apply(List.of(pay), topic(null, Map.of(NP, 3, Origin.of("IN"), 3), 0))
        .get(0).origins(), "no country dominates");
    assertEquals(Set.of(), RULE.apply(List.of(pay), topic(null, Map.of(NP, 3), 5)).get(0).origins(),
        "a country aside in a story about Russia");
    assertEquals(Set.of(NP), RULE.apply(List.of(pay), topic(NP, Map.of(NP, 3), 5)).get(0).origins(),
        "the story's topic");
  }
}
