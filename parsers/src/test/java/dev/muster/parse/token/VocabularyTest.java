package dev.muster.parse.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.muster.parse.SeededText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A {@link Vocabulary} numbers its keys once, finds them from a document's characters in any case
 * (the packed {@link WordLookup} answering as the plain one does), and gives its tokens their ids.
 */
class VocabularyTest {

  private static Vocabulary of(String... keys) {
    Vocabulary.Builder b = new Vocabulary.Builder();
    for (String k : keys) {
      b.add(k);
    }
    return b.build();
  }

  @Test
  void numbersKeysInTheOrderAddedAndOnce() {
    Vocabulary.Builder b = new Vocabulary.Builder();
    assertEquals(0, b.add("soldiers"));
    assertEquals(1, b.add("killed"));
    assertEquals(0, b.add("soldiers"));
    Vocabulary v = b.build();
    assertEquals(2, v.size());
    assertEquals(1, v.idOf("killed"));
    assertEquals(Vocabulary.UNKNOWN, v.idOf("wounded"));
    assertSame(v.find("soldiers").key(), v.find(new String("soldiers")).key());
    assertEquals("Soldiers", v.find("soldiers").capitalized());
  }

  @Test
  void findsWordsFromTheirCharactersInAnyCase() {
    Vocabulary v = of("the", "vocabularytestword");
    String text = "The VocabularyTestWord and vocabularytestwordy.";
    assertSame(v.find("vocabularytestword"), v.findLetters(text, 4, 22, WordLookup.lowerHash(text, 4, 22)));
    assertSame(v.find("the"), v.findLetters(text, 0, 3, WordLookup.lowerHash(text, 0, 3)));
    assertNull(v.findLetters(text, 27, 46, WordLookup.lowerHash(text, 27, 46)), "a longer word is another word");
    assertNull(v.findLetters(text, 4, 21, WordLookup.lowerHash(text, 4, 21)), "a shorter one too");
  }

  @Test
  void aKeyTooLongForATableSlotIsStillFound() {
    String longKey = "vocabularytestlong" + "q".repeat(282);
    Vocabulary v = of(longKey, "vocabularytestword");
    String text = "Vocabularytestlong" + "Q".repeat(282) + " vocabularytestword vocabularytestnone";
    assertSame(v.find(longKey), v.findLetters(text, 0, 300, WordLookup.lowerHash(text, 0, 300)));
    assertEquals(1, v.findLetters(text, 301, 319, WordLookup.lowerHash(text, 301, 319)).id());
    assertNull(v.findLetters(text, 320, 338, WordLookup.lowerHash(text, 320, 338)));
    assertNull(v.findLetters(text, 0, 299, WordLookup.lowerHash(text, 0, 299)), "one letter short is another word");
    assertEquals(0, Tokenizer.of(v).tokenize(text, 0, text.length()).get(0).id);
  }

  @Test
  void numberKeysAreFoundAtAnyLength() {
    String longer = "98765432109876543210";
    Vocabulary v = of(longer, "97");
    Tokenizer tokenizer = Tokenizer.of(v);
    assertEquals(0, tokenizer.tokenize("the " + longer + " men", 0, 28).get(1).id);
    assertNull(v.find("98765432109876543211"), "same length, another number");
    assertEquals(1, tokenizer.tokenize("97 men", 0, 6).get(0).id);
    assertEquals(Vocabulary.UNKNOWN, tokenizer.tokenize("96 men", 0, 6).get(0).id);
  }

  @Test
  void tokensOfKnownWordsShareTheKeyAndKeepTheirOwnText() {
    Vocabulary v = of("vocabularytestother");
    List<Token> t = Tokenizer.of(v).tokenize("vocabularytestother VocabularyTestOther unknownwordqq", 0, 53);
    assertSame(v.find("vocabularytestother").key(), t.get(0).key);
    assertSame(t.get(0).key, t.get(0).text);
    assertEquals("VocabularyTestOther", t.get(1).text);
    assertSame(t.get(0).key, t.get(1).key);
    assertEquals(Vocabulary.UNKNOWN, t.get(2).id);
    assertEquals("unknownwordqq", t.get(2).key);
  }

  @Test
  void isAnswersForAnyCopyOfTheKeyAndOnlyForIt() {
    String s = "The Wagner group's 1,500 U.S.-made Vocabularytestzz rifles \u2014 Київ said: OK.";
    for (Token t : Tokenizer.of(of("the", "said", "us")).tokenize(s, 0, s.length())) {
      assertEquals(true, t.is(new String(t.key)), () -> "a copy of '" + t.key + "'");
      assertEquals(true, t.is(t.key.intern()), () -> "the interned '" + t.key + "'");
      assertEquals(false, t.is(t.key + "x"), () -> "'" + t.key + "x'");
    }
  }

  static Stream<Long> seeds() {
    return SeededText.seeds(90_000L, 100);
  }

  /** The packed lookup answers as the plain one, for words known and unknown, in any case. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void packedLookupAgreesWithThePlainOne(long seed) {
    Random r = new Random(seed);
    List<String> words = new ArrayList<>();
    for (int k = 0; k < 1 + r.nextInt(200); k++) {
      words.add(word(r));
    }
    Vocabulary v = of(words.toArray(String[]::new));
    WordLookup plain = WordLookup.plain(v);
    WordLookup packed = WordLookup.packed(v);
    for (int k = 0; k < 300; k++) {
      String w = r.nextBoolean() ? words.get(r.nextInt(words.size())) : word(r);
      String text = "x " + (r.nextBoolean() ? w.toUpperCase(java.util.Locale.ROOT) : w) + " y";
      int h = WordLookup.lowerHash(text, 2, 2 + w.length());
      assertSame(plain.find(text, 2, 2 + w.length(), h), packed.find(text, 2, 2 + w.length(), h),
          () -> "seed " + seed + ": " + w);
    }
  }

  private static String word(Random r) {
    StringBuilder b = new StringBuilder();
    for (int n = 1 + r.nextInt(6); n > 0; n--) {
      b.append((char) ('a' + r.nextInt(6)));
    }
    return b.toString();
  }

  @Test
  void aWordOfAStemAndAShortEndingIsItsLemma() {
    Vocabulary.Builder b = new Vocabulary.Builder();
    b.stem("погиб", "погибнуть");
    b.stem("погибш", "погибший");
    int killed = b.add("погибли");
    Vocabulary v = b.build();
    assertEquals("погибнуть", v.find("погибли").key());
    assertEquals(killed, v.find("погибли").id());
    assertEquals("погибнуть", v.find("погиб").key());
    assertEquals("погибший", v.find("погибших").key(), "the longest stem wins");
    assertNull(v.find("погибшимиими"), "an ending of more than four letters is no form");
    assertNull(v.find("по"));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> b.stem("по", "по"));
  }

  @Test
  void aCompoundEndingWithAHeadIsReadAsItsLemmaAndKeepsItsText() {
    Vocabulary.Builder b = new Vocabulary.Builder();
    b.stem("soldat", "soldat");
    b.head("soldat", "soldat");
    b.add("kriegsgefangene");
    Vocabulary v = b.build();
    String text = "Zeitsoldaten Soldaten Vertragssoldat Sol";
    List<Token> t = Tokenizer.of(v).tokenize(text, 0, text.length());
    assertEquals(List.of("soldat", "soldat", "soldat", "sol"), t.stream().map(x -> x.key).toList());
    assertEquals(List.of("Zeitsoldaten", "Soldaten", "Vertragssoldat", "Sol"), t.stream().map(x -> x.text).toList());
    assertEquals(v.idOf("soldat"), t.get(0).id);
    assertEquals(Vocabulary.UNKNOWN, t.get(3).id, "a head needs three letters before it");
  }

  @Test
  void anElidedArticleIsATokenOfItsOwnOnlyWhereTheLanguageHasIt() {
    Vocabulary.Builder b = new Vocabulary.Builder();
    b.elision("dell'");
    b.add("invasione");
    String text = "dell'invasione d'Ivoire";
    List<Token> t = Tokenizer.of(b.build()).tokenize(text, 0, text.length());
    assertEquals(List.of("dell'", "invasione", "d'ivoire"), t.stream().map(x -> x.key).toList());
    List<Token> english = Tokenizer.of(of("invasione")).tokenize(text, 0, text.length());
    assertEquals(List.of("dell'invasione", "d'ivoire"), english.stream().map(x -> x.key).toList());
  }
}
