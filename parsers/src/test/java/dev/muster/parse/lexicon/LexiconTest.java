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
}
