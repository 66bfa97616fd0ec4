package dev.muster.parse.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** {@link Vocabulary#findLetters} agrees with the map, before and after its table is rebuilt. */
class VocabularyTest {

  @Test
  void findsWordsFromTheirCharactersInAnyCaseWhileStaleAndAfterARebuild() {
    int id = Vocabulary.add("vocabularytestword");
    String text = "The VocabularyTestWord and vocabularytestwordy.";
    // right after an add the table is stale: lookups go through the map
    assertEquals(id, Vocabulary.findLetters(text, 4, 22).id());
    for (int k = 0; k < 100_000; k++) {
      Vocabulary.findLetters(text, 27, 45);
    }
    // by now the table has been rebuilt
    Vocabulary.Word w = Vocabulary.findLetters(text, 4, 22);
    assertEquals(id, w.id());
    assertSame(Vocabulary.find("vocabularytestword"), w);
    assertEquals("vocabularytestword", w.key());
    assertNull(Vocabulary.findLetters(text, 27, 46), "a longer word is another word");
    assertNull(Vocabulary.findLetters(text, 4, 21), "a shorter one too");
    assertSame(Vocabulary.find("the"), Vocabulary.findLetters(text, 0, 3));
  }

  @Test
  void tokensOfKnownWordsShareTheKeyAndKeepTheirOwnText() {
    Vocabulary.add("vocabularytestother");
    java.util.List<Token> t = Tokenizer.tokenize("vocabularytestother VocabularyTestOther unknownwordqq", 0, 53);
    assertSame(Vocabulary.find("vocabularytestother").key(), t.get(0).key);
    assertSame(t.get(0).key, t.get(0).text);
    assertEquals("VocabularyTestOther", t.get(1).text);
    assertSame(t.get(0).key, t.get(1).key);
    assertEquals(Vocabulary.UNKNOWN, t.get(2).id);
    assertEquals("unknownwordqq", t.get(2).key);
  }

  @Test
  void isAnswersForAnyCopyOfTheKeyAndOnlyForIt() {
    String s = "The Wagner group's 1,500 U.S.-made Vocabularytestzz rifles \u2014 Київ said: OK.";
    for (Token t : Tokenizer.tokenize(s, 0, s.length())) {
      assertEquals(true, t.is(new String(t.key)), () -> "a copy of '" + t.key + "'");
      assertEquals(true, t.is(t.key.intern()), () -> "the interned '" + t.key + "'");
      assertEquals(false, t.is(t.key + "x"), () -> "'" + t.key + "x'");
    }
  }

  @Test
  void numberKeysAreFoundAtAnyLengthOnceAdded() {
    // a number longer than every digit key so far is not looked up; adding a longer one lifts that
    String longer = "98765432109876543210";
    assertNull(Vocabulary.find(longer));
    int id = Vocabulary.add(longer);
    assertEquals(id, Vocabulary.find(longer).id());
    assertEquals(id, Tokenizer.tokenize("the " + longer + " men", 0, 28).get(1).id);
    assertNull(Vocabulary.find("98765432109876543211"), "same length, another number");
    int shortId = Vocabulary.add("97");
    assertEquals(shortId, Tokenizer.tokenize("97 men", 0, 6).get(0).id);
    assertEquals(Vocabulary.UNKNOWN, Tokenizer.tokenize("96 men", 0, 6).get(0).id);
  }

  @Test
  void aKeyTooLongForTheTableIsStillFoundAndDoesNotHideTheOthers() {
    // 300 letters: longer than a table slot can describe, so the table leaves it to the map
    String longKey = "vocabularytestlong" + "q".repeat(282);
    int id = Vocabulary.add(longKey);
    String text = "Vocabularytestlong" + "Q".repeat(282) + " vocabularytestword vocabularytestnone";
    for (int k = 0; k < 100_000; k++) {
      Vocabulary.findLetters(text, 301, 319);
    }
    // rebuilt by now, without the long key
    assertEquals(id, Vocabulary.findLetters(text, 0, 300).id());
    assertSame(Vocabulary.find(longKey), Vocabulary.findLetters(text, 0, 300));
    assertEquals(Vocabulary.add("vocabularytestword"), Vocabulary.findLetters(text, 301, 319).id());
    assertNull(Vocabulary.findLetters(text, 320, 338));
    assertNull(Vocabulary.findLetters(text, 0, 299), "one letter short is another word");
    assertEquals(id, Tokenizer.tokenize(text, 0, text.length()).get(0).id);
  }
}
