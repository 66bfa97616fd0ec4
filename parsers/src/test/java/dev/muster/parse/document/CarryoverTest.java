package dev.muster.parse.document;

import static dev.muster.parse.document.Figures.figure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.muster.Measure;
import dev.muster.Origin;
import dev.muster.Period;
import dev.muster.Source;
import dev.muster.parse.TestLexicon;
import dev.muster.parse.attribution.AttributionFinder;
import dev.muster.parse.classify.Figure;
import dev.muster.parse.segment.Sentence;
import dev.muster.parse.time.TimeFinder;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Stage document, sentence by sentence, on its own: what {@link Carryover#next} makes of a
 * sentence's attribution and figures given the context before it.
 */
class CarryoverTest {

  private static final AttributionFinder ATTRIBUTIONS = new AttributionFinder(TestLexicon.ENGLISH);
  private static final Carryover CARRYOVER =
      new Carryover(TestLexicon.ENGLISH, ATTRIBUTIONS, new TimeFinder(TestLexicon.ENGLISH));
  private static final Source KREMLIN = TestLexicon.ENGLISH.sources.longest(TestLexicon.tokens("Kremlin"), 0).value;
  private static final DocumentTopic NO_TOPIC = new DocumentTopic(Optional.empty(), new HashMap<>(), 0,
      List.of(List.of(), List.of(), List.of()));
  private static final DocumentContext START = DocumentContext.start(
      DocumentDate.of(Optional.of(LocalDate.of(2024, 6, 15)), Optional.empty()), NO_TOPIC);

  private static Sentence sentence(int paragraph, String text) {
    return new Sentence(paragraph, 0, text.length(), TestLexicon.tokens(text), Optional.empty());
  }

  /** The context after {@code text}, with {@code found} as its figures, after {@code before}. */
  private static DocumentContext next(DocumentContext before, int paragraph, String text, Figure... found) {
    Sentence s = sentence(paragraph, text);
    DocumentContext ctx = before.enter(s);
    return CARRYOVER.next(ctx, s, ATTRIBUTIONS.find(s.tokens(), ctx.seen()), List.of(found));
  }

  private static List<String> chains(List<Figure> figures) {
    return figures.stream().map(f -> f.chain().stream().map(Source::name).collect(Collectors.joining(" > ")))
        .toList();
  }

  @Test
  void aSentenceWithItsOwnSourceAttributesItsFiguresAndBecomesTheLastChain() {
    DocumentContext ctx = next(START, 1, "The Kremlin said 300 men had signed up.",
        figure(Measure.RECRUITED, 300, Set.of(), 0));
    assertEquals(List.of("Kremlin"), chains(ctx.pending()));
    assertEquals(true, ctx.pending().get(0).chainOwn());
    assertEquals(List.of(KREMLIN), ctx.lastChain());
    assertEquals(List.of(KREMLIN), ctx.paragraphChain());
    assertEquals(1, ctx.lastChainSentence());
    assertEquals(Optional.of(KREMLIN), ctx.seen().latest());
  }

  @Test
  void anAnaphoricSpeakerTakesTheLastChain() {
    DocumentContext first = next(START, 1, "The Kremlin said 300 men had signed up.",
        figure(Measure.RECRUITED, 300, Set.of(), 0));
    DocumentContext ctx = next(first, 1, "It said 40 soldiers had been killed.",
        figure(Measure.KILLED, 40, Set.of(), 50));
    assertEquals(List.of("Kremlin"), chains(ctx.pending()));
    assertEquals(List.of("Kremlin"), chains(ctx.settled()), "the figures before are final now");
  }

  @Test
  void aSentenceThatGoesOnWithTheReportTakesTheParagraphsChainUnlessItHedges() {
    DocumentContext first = next(START, 1, "The Kremlin said 300 men had signed up.",
        figure(Measure.RECRUITED, 300, Set.of(), 0));
    Figure forty = figure(Measure.KILLED, 40, Set.of(), 50);
    assertEquals(List.of("Kremlin"),
        chains(next(first, 1, "Of these, 40 are believed to have been killed.", forty).pending()));
    assertEquals(false, next(first, 1, "Of these, 40 are believed to have been killed.", forty)
        .pending().get(0).chainOwn());
    assertEquals(List.of(""),
        chains(next(first, 1, "Of these, 40 have reportedly been killed.", forty).pending()));
    assertEquals(List.of(""), chains(next(first, 2, "Of these, 40 are believed to have been killed.", forty)
        .pending()), "a new paragraph has no chain yet");
  }

  @Test
  void aPartitiveSentenceTakesTheOriginsAndPeriodOfTheFigureBefore() {
    Period march = Period.parse("2024-03/2024-03");
    DocumentContext first = next(START, 1, "Some 300 Nepali men were recruited in March.",
        figure(Measure.RECRUITED, 300, Set.of(Origin.of("NP")), true, march, List.of(), 1, 0));
    Figure twelve = figure(Measure.KILLED, 12, Set.of(Origin.of("RU")), false, null, List.of(), 1, 50);
    Figure f = next(first, 1, "Of them, 12 have been killed.", twelve).pending().get(0);
    assertEquals(Set.of(Origin.of("NP")), f.origins());
    assertEquals(true, f.originExplicit());
    assertEquals(march, f.period());
  }

  @Test
  void aFigureLessSentenceAttributesTheFiguresBefore() {
    DocumentContext first = next(START, 1, "Some 300 Nepali men have been killed.",
        figure(Measure.KILLED, 300, Set.of(Origin.of("NP")), 0));
    DocumentContext ctx = next(first, 1, "The data comes from research by Mediazona.");
    assertEquals(List.of("Mediazona"), chains(ctx.settled()));
    assertEquals(List.of(), ctx.pending());
    assertEquals(List.of("Mediazona"), chains(List.of(ctx.lastFigure().get())), "the last figure is the new one");
  }

  @Test
  void aFigureLessSentenceDatesTheFiguresBefore() {
    DocumentContext first = next(START, 1, "Recruits get a bonus of $2,000.",
        figure(Measure.PAYMENT, 2000, Set.of(), 0));
    DocumentContext ctx = next(first, 1,
        "A decree offers the bonus to anyone who signs from Aug. 1 until the end of 2024.");
    assertEquals(Period.parse("2024-08-01/2024-12"), ctx.settled().get(0).period());
  }

  @Test
  void aSourceLineGivesTheDefaultChain() {
    Sentence s = sentence(1, "Source: Reuters");
    assertEquals(true, CARRYOVER.isSourceLine(s));
    assertEquals(false, CARRYOVER.isSourceLine(sentence(1, "The source said 300 men died.")));
    assertEquals(List.of("Reuters"), CARRYOVER.sourceLine(START.enter(s), s).defaultChain().stream()
        .map(Source::name).toList());
  }

  @Test
  void aNewParagraphOrASkippedSentenceSettlesThePendingFigures() {
    DocumentContext first = next(START, 1, "The Kremlin said 300 men had signed up.",
        figure(Measure.RECRUITED, 300, Set.of(), 0));
    DocumentContext entered = first.enter(sentence(2, "Another paragraph."));
    assertEquals(1, entered.settled().size());
    assertEquals(List.of(), entered.pending());
    assertEquals(List.of(), entered.paragraphChain());
    DocumentContext skipped = first.enter(sentence(1, "Skipped.")).skip();
    assertEquals(1, skipped.settled().size());
    assertEquals(List.of(), skipped.pending());
    assertEquals(List.of(KREMLIN), skipped.paragraphChain());
  }
}
