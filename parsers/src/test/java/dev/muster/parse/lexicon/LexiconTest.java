package dev.muster.parse.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.muster.Measure;
import dev.muster.Origin;
import dev.muster.parse.TestLexicon;
import dev.muster.parse.token.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A language's lexicon loaded from its folder: its word classes, phrases, and what it refuses. */
class LexiconTest {

  private static final Lexicon EN = TestLexicon.ENGLISH;

  @Test
  void wordClassesAnswerForTokensOfTheirWords() {
    List<Token> t = TestLexicon.tokens("Officials SAID that 300 men died");
    assertEquals(true, EN.words("attribution.say-verbs").has(t.get(1)));
    assertEquals(false, EN.words("attribution.say-verbs").has(t.get(0)));
    assertEquals(true, EN.words("time.months").contains("sept"), "the months of time.month-1 to -12, in one class");
    assertEquals(true, EN.words("quantity.number-starts").contains("twenty"), "number words start numbers");
    assertEquals(true, EN.words("quantity.number-starts").contains("half"));
  }

  @Test
  void aMissingWordClassIsAClearError() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> EN.words("time.no-such-class"));
    assertEquals("lexicon 'en' has no word class 'time.no-such-class': expected a line "
        + "'no-such-class<TAB>words' in /dev/muster/parse/lexicon/en/time.tsv", e.getMessage());
  }

  @Test
  void aMissingLanguageIsAClearError() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Lexicon.load("xx"));
    assertEquals("lexicon resource missing from the class path: /dev/muster/parse/lexicon/xx/segment.tsv",
        e.getMessage());
  }

  @Test
  void aWordClassSplitByAnotherIsRefusedWithItsLine() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Lexicon.load("zz"));
    assertEquals("/dev/muster/parse/lexicon/zz/segment.tsv:4: word class 'one' goes on after other classes:"
        + " keep its lines together", e.getMessage());
  }

  @Test
  void phrasesNumberWordsAndSources() {
    List<Token> t = TestLexicon.tokens("300 contract soldiers killed in action, the Kremlin said");
    assertEquals(2, EN.nouns.longest(t, 1).length);
    assertEquals(Measure.KILLED, EN.triggers.longest(t, 3).value);
    assertEquals("Kremlin", EN.sources.longest(t, 8).value.name());
    assertEquals(1_000_000L, EN.numberWord("million").value);
    assertNull(EN.numberWord("soldiers"));
    assertEquals(true, EN.placeWords(Origin.of("NP")).contains("nepali"));
    assertEquals(List.of(), EN.placeWords(Origin.FOREIGN));
  }

  @Test
  void theCohortOfOneOriginIsMadeOnce() {
    assertSame(EN.cohortOf(Origin.of("NP")), EN.cohortOf(Origin.of("NP")));
    assertEquals(List.of(Origin.FOREIGN), List.copyOf(EN.cohortOf(Origin.FOREIGN).origins()));
  }

  @Test
  void theTokenizerKnowsEveryWordOfTheLexicon() {
    for (String word : EN.words("classify.copulas")) {
      assertEquals(true, EN.vocabulary().idOf(word) >= 0, word);
    }
    assertEquals(EN.vocabulary(), EN.tokenizer().vocabulary());
  }

  /** The classes the shared rules read through optionalWords that only other languages define. */
  private static final java.util.Set<String> NOT_ENGLISH = java.util.Set.of("time.part-of-before",
      "time.year-after", "time.lower-case-months", "quantity.change-to",
      "classify.place-after-noun", "classify.copula-dash", "classify.demonym-noun-endings", "time.over",
      "classify.own-scene-prepositions", "document.as-openers",
      "document.part-takes-measure", "document.contrast-joins",
      "classify.paid-foreign-nouns", "classify.yardstick-averages-after",
      "classify.yardstick-wage-nouns", "attribution.report-of", "time.numeric-dates", "time.week",
      "attribution.cited-by", "document.of-after-figure", "attribution.other-qualifiers",
      "time.call-up", "time.call-up-autumn", "time.time-that", "time.time-nouns",
      "time.call-up-spring", "time.as-joins",
      "classify.each", "classify.own-force-measures", "classify.payees",
      "classify.likelihood-that",
      "quantity.compound-joins", "quantity.articles", "quantity.range-articles", "attribution.according-alone",
      "attribution.reported-speech", "classify.people-demonym-endings", "classify.capitalized-nouns",
      "segment.after-ordinal", "time.until-articles", "quantity.one-and-a-half",
      "document.back-prepositions", "document.back-pronouns", "document.back-verbs", "document.ukraine-words", "time.year-start-words", "classify.compatriot-nouns",
      "time.part-leads", "time.war-date-joins", "classify.averages", "attribution.verb-final-aux",
      "classify.ukraine-draft-bodies", "time.season-alone", "time.weekday-alone", "classify.country-bodies", "classify.population-words", "classify.population-people",
      "classify.final-aim-words", "classify.scene-nouns");

  /**
   * The shared rules read word classes through optionalWords so that a language defines only the
   * classes its grammar needs; English, whose grammar they were written for, must define every
   * one of them but the few that only other languages need, or a misspelt class would silently be
   * empty.
   */
  @Test
  void englishDefinesEveryClassTheSharedRulesRead() throws java.io.IOException {
    java.util.regex.Pattern call = java.util.regex.Pattern.compile("optionalWords\\(\"([a-z.-]+)\"\\)");
    java.util.Set<String> missing = new java.util.TreeSet<>();
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(java.nio.file.Path.of(
        "src/main/java/dev/muster/parse"))) {
      for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        java.util.regex.Matcher m = call.matcher(java.nio.file.Files.readString(f));
        while (m.find()) {
          String name = m.group(1);
          if (!NOT_ENGLISH.contains(name) && EN.optionalWords(name).isEmpty()) {
            missing.add(name);
          }
        }
      }
    }
    assertEquals(java.util.Set.of(), missing);
  }

  @Test
  void russianAndUkrainianStemsReadInflectedWordsAsTheirLemmas() {
    Lexicon ru = Lexicon.load("ru");
    String text = "погибших мобилизованных Непала";
    List<Token> t = ru.tokenizer().tokenize(text, 0, text.length());
    assertEquals("погибнуть", t.get(0).key);
    assertEquals("мобилизованный", t.get(1).key);
    assertEquals("непал", t.get(2).key);
    assertEquals(true, ru.triggers.longest(t, 0) != null);
  }
}
