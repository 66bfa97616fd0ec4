package dev.muster.parse.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.util.ULocale;
import dev.muster.Source;
import dev.muster.parse.TestLexicon;
import dev.muster.parse.attribution.AttributionFinder;
import dev.muster.parse.attribution.SentenceAttribution;
import dev.muster.parse.classify.Classifier;
import dev.muster.parse.classify.Figure;
import dev.muster.parse.quantity.EnglishNumerals;
import dev.muster.parse.quantity.QuantityFinder;
import dev.muster.parse.quantity.QuantityMention;
import dev.muster.parse.read.DocumentReader;
import dev.muster.parse.segment.Segmenter;
import dev.muster.parse.segment.Segments;
import dev.muster.parse.segment.Sentence;
import dev.muster.parse.time.TimeFinder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Stage document, sentence by sentence, on short texts run through the stages before it as the
 * pipeline runs them: each figure as "mention = sources | period".
 */
class CarryoverTest {

  private static final Segmenter SEGMENTER = new Segmenter(TestLexicon.ENGLISH, new ULocale("en@ss=standard"));
  private static final AttributionFinder ATTRIBUTIONS = new AttributionFinder(TestLexicon.ENGLISH);
  private static final QuantityFinder QUANTITIES =
      new QuantityFinder(TestLexicon.ENGLISH, new EnglishNumerals(TestLexicon.ENGLISH));
  private static final TimeFinder TIMES = new TimeFinder(TestLexicon.ENGLISH);
  private static final Classifier CLASSIFIER = new Classifier(TestLexicon.ENGLISH, QUANTITIES, ATTRIBUTIONS);
  private static final Carryover CARRYOVER = new Carryover(TestLexicon.ENGLISH, ATTRIBUTIONS, TIMES);
  private static final Topics TOPICS = new Topics(TestLexicon.ENGLISH);

  /** The figures of {@code text} after the sentence-by-sentence rules, and the final context. */
  private static String run(String text) {
    Segments segments = SEGMENTER.split(DocumentReader.of("t.txt", text));
    DocumentContext ctx = DocumentContext.start(DocumentDate.of(Optional.of(LocalDate.of(2024, 6, 15)),
        Optional.empty()), TOPICS.of(segments));
    List<Figure> figures = new ArrayList<>();
    for (Sentence s : segments.sentences()) {
      ctx = ctx.enter(s);
      figures.addAll(ctx.settled());
      if (s.skipped()) {
        ctx = ctx.skip();
      } else if (CARRYOVER.isSourceLine(s)) {
        ctx = CARRYOVER.sourceLine(ctx, s);
      } else {
        SentenceAttribution a = ATTRIBUTIONS.find(s.tokens(), ctx.seen(), ctx.topic().hints(ctx.sentenceIndex()));
        List<QuantityMention> qs = CLASSIFIER.countsOfPeopleOrMoney(s.tokens(), QUANTITIES.find(s.tokens()));
        List<Figure> found = qs.isEmpty() ? List.of() : CLASSIFIER.classify(s, qs,
            TIMES.find(s.tokens(), ctx.reference()), a, ctx.paragraphPrevious(), ctx.reference());
        ctx = CARRYOVER.next(ctx, s, a, found);
      }
      figures.addAll(ctx.settled());
    }
    figures.addAll(ctx.pending());
    String defaults = ctx.defaultChain().isEmpty() ? ""
        : " || default " + ctx.defaultChain().stream().map(Source::name).collect(Collectors.joining(" > "));
    return figures.stream().map(f -> text.substring(f.mentionStart(), f.mentionEnd()) + " = "
        + f.chain().stream().map(Source::name).collect(Collectors.joining(" > ")) + " | " + f.period())
        .collect(Collectors.joining("; ")) + defaults;
  }

  @Test
  void anAnaphoricSpeakerTakesTheLastChain() {
    assertEquals("300 = Kremlin | null; 40 = Kremlin | null",
        run("The Kremlin said 300 men had signed up. It said 40 soldiers had been killed."));
  }

  @Test
  void aSentenceThatGoesOnWithTheReportTakesTheParagraphsChain() {
    assertEquals("300 = Kremlin | null; 40 = Kremlin | null",
        run("The Kremlin said 300 men had signed up. Of these, 40 soldiers are believed to have been killed."));
    assertEquals("300 = Kremlin | null; 40 =  | null",
        run("The Kremlin said 300 men had signed up.\nOf these, 40 soldiers are believed to have been killed."),
        "not across paragraphs");
  }

  @Test
  void aPartitiveSentenceTakesTheOriginsAndPeriodOfTheFigureBefore() {
    assertEquals("Some 300 = [NP] 2024-03/2024-03; 12 = [NP] 2024-03/2024-03",
        origins("Some 300 Nepali men were recruited in March. Of them, 12 have been killed."));
    assertEquals("12 = [RU] null", origins("Of them, 12 have been killed."));
  }

  private static String origins(String text) {
    Segments segments = SEGMENTER.split(DocumentReader.of("t.txt", text));
    DocumentContext ctx = DocumentContext.start(DocumentDate.of(Optional.of(LocalDate.of(2024, 6, 15)),
        Optional.empty()), TOPICS.of(segments));
    List<Figure> figures = new ArrayList<>();
    for (Sentence s : segments.sentences()) {
      ctx = ctx.enter(s);
      SentenceAttribution a = ATTRIBUTIONS.find(s.tokens(), ctx.seen());
      List<QuantityMention> qs = QUANTITIES.find(s.tokens());
      ctx = CARRYOVER.next(ctx, s, a, CLASSIFIER.classify(s, qs, TIMES.find(s.tokens(), ctx.reference()), a,
          ctx.paragraphPrevious(), ctx.reference()));
      figures.addAll(ctx.settled());
    }
    figures.addAll(ctx.pending());
    return figures.stream().map(f -> text.substring(f.mentionStart(), f.mentionEnd()) + " = " + f.origins() + " "
        + f.period()).collect(Collectors.joining("; "));
  }

  @Test
  void aFigureLessSentenceAttributesTheFiguresBefore() {
    assertEquals("Some 300 = Mediazona | null",
        run("Some 300 Nepali men have been killed. The data comes from research by Mediazona."));
  }

  @Test
  void aFigureLessSentenceDatesTheFiguresBefore() {
    assertEquals("$2,000 =  | 2024-08-01/2024-12",
        run("Recruits get a bonus of $2,000. A decree offers the bonus to anyone who signs from Aug. 1 "
            + "until the end of 2024."));
  }

  @Test
  void aSourceLineGivesTheDefaultChain() {
    assertEquals("Some 300 =  | null || default Reuters", run("Some 300 men were killed.\nSource: Reuters"));
  }
}
