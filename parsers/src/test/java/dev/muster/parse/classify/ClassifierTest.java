package dev.muster.parse.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.muster.Measure;
import dev.muster.parse.TestLexicon;
import dev.muster.parse.attribution.AttributionFinder;
import dev.muster.parse.attribution.SentenceAttribution;
import dev.muster.parse.quantity.EnglishNumerals;
import dev.muster.parse.quantity.QuantityFinder;
import dev.muster.parse.quantity.QuantityMention;
import dev.muster.parse.segment.Sentence;
import dev.muster.parse.time.TimeFinder;
import dev.muster.parse.token.Token;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stage classify on single sentences, as the pipeline feeds it (quantities, time expressions and
 * attribution of the sentence; reference date 15 June 2024): each candidate figure as "mention =
 * MEASURE [origins] period /rate likelihood".
 */
class ClassifierTest {

  private static final QuantityFinder QUANTITIES =
      new QuantityFinder(TestLexicon.ENGLISH, new EnglishNumerals(TestLexicon.ENGLISH));
  private static final AttributionFinder ATTRIBUTIONS = new AttributionFinder(TestLexicon.ENGLISH);
  private static final TimeFinder TIMES = new TimeFinder(TestLexicon.ENGLISH);
  private static final Classifier CLASSIFIER = new Classifier(TestLexicon.ENGLISH, QUANTITIES, ATTRIBUTIONS);
  private static final Optional<LocalDate> JUNE_15 = Optional.of(LocalDate.of(2024, 6, 15));

  static List<Figure> figures(String text, Figure paragraphPrevious) {
    List<Token> t = TestLexicon.tokens(text);
    Sentence s = new Sentence(1, 0, text.length(), t, Optional.empty());
    SentenceAttribution a = ATTRIBUTIONS.find(t, List.of());
    List<QuantityMention> qs = CLASSIFIER.countsOfPeopleOrMoney(t, QUANTITIES.find(t));
    return CLASSIFIER.classify(s, qs, TIMES.find(t, JUNE_15), a, paragraphPrevious, JUNE_15);
  }

  static String describe(String text, List<Figure> figures) {
    return figures.stream().map(f -> text.substring(f.mentionStart(), f.mentionEnd()) + " = " + f.measure() + " "
        + f.origins() + " " + f.period() + (f.quantity().per() == null ? "" : " /" + f.quantity().per())
        + (f.likelihood() == null ? "" : " " + f.likelihood())).collect(Collectors.joining("; "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      At least 1,500 foreign nationals have been recruited since the start of the invasion.  | At least 1,500 = RECRUITED [foreign] 2022-02-24/2024-06-15
      About 300 Nepali recruits were killed in March.                                      | About 300 = KILLED [NP] 2024-03/2024-03
      Recruits from Sri Lanka are paid $2,000 a month.                                     | $2,000 = PAYMENT [LK] null /MONTH
      Russia has likely lost 1,200 soldiers a day.                                         | 1,200 = CASUALTIES [RU] null /DAY likely
      Recruits came from South and East Asia (771) and Africa (147).                       | 771 = RECRUITED [east-asia, south-asia] null; 147 = RECRUITED [africa] null
      Some 96 Nepali men have come home and 12 have been killed.                           | Some 96 = OTHER [NP] null; 12 = KILLED [NP] null
      120 Kyrgyz, 80 Kazakh and 240 Uzbek citizens signed contracts.                       | 120 = OTHER [KG] null; 80 = OTHER [KZ] null; 240 = RECRUITED [UZ] null
      The target for Chelyabinsk is 10,000 and Perm 9,000.                                 | 10,000 = FORCE_TARGET [RU] null; 9,000 = FORCE_TARGET [RU] null
      They shot down 40 drones over 48 countries.                                          | ''
      Russia's military budget will reach $145 billion.                                    | ''
      """)
  void classifiesEachFigure(String text, String expected) {
    assertEquals(expected.strip(), describe(text, figures(text, null)));
  }

  @Test
  void aBracketedConversionSharesItsAmountsRate() {
    String text = "Each recruit gets 400,000 rubles ($4,600) a month.";
    assertEquals("400,000 rubles = PAYMENT [] null /MONTH; $4,600 = PAYMENT [] null /MONTH",
        describe(text, figures(text, null)));
  }

  @Test
  void aPartitiveTakesTheFigureBeforeInTheParagraph() {
    String first = "Some 300 Nepali men were recruited.";
    Figure before = figures(first, null).get(0);
    assertEquals(Measure.RECRUITED, before.measure());
    String text = "And 12 of them have been killed.";
    assertEquals("12 = KILLED [NP] null", describe(text, figures(text, before)));
    assertEquals("", describe(text, figures(text, null)), "with no figure before, 'of them' is part of nothing");
  }

  @Test
  void countsOfThingsAreNoCandidates() {
    List<Token> t = TestLexicon.tokens("They hit 40 drones and 300 men.");
    assertEquals(1, CLASSIFIER.countsOfPeopleOrMoney(t, QUANTITIES.find(t)).size());
  }
}
