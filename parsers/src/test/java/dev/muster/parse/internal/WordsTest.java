package dev.muster.parse.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Words#has} answers as {@code contains(token.key)} does: for known and unknown words, in
 * any case, for numbers and punctuation, and for tokens made before the set numbered its words.
 * Seeded: a failure names its seed.
 */
class WordsTest {

  private static final String[] POOL = {
    "who", "Who", "WHICH", "whom", "the", "said", "Said", ";", ":", ",", "1,500", "2024", "17",
    "wordstesta", "Wordstestb", "wordstestc", "U.S.", "it's", "Київ", "café", "but", "although",
  };

  static Stream<Long> seeds() {
    return SeededText.seeds(40_000L, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void hasAgreesWithContainsOfTheKey(long seed) {
    Random r = new Random(seed);
    String s = SeededText.of(r, 30, POOL, "", " ");
    // tokens first: some of the set's words may be new to the vocabulary when it is made
    List<Token> tokens = Tokenizer.tokenize(s, 0, s.length());
    List<String> words = new ArrayList<>();
    for (int k = r.nextInt(8); k > 0; k--) {
      String w = POOL[r.nextInt(POOL.length)];
      words.add(r.nextBoolean() ? w.toLowerCase(java.util.Locale.ROOT) : w + "wordstest" + seed);
    }
    Words set = Words.of(words.toArray(String[]::new));
    for (Token t : tokens.isEmpty() ? Tokenizer.tokenize("who", 0, 3) : tokens) {
      assertEquals(set.contains(t.key), set.has(t), () -> "seed " + seed + ": '" + t.key + "' in " + words);
    }
    List<Token> after = Tokenizer.tokenize(s, 0, s.length());
    for (Token t : after) {
      assertEquals(set.contains(t.key), set.has(t), () -> "seed " + seed + ": '" + t.key + "' in " + words);
    }
  }

  @Test
  void aWordNewToTheVocabularyIsFoundInTokensMadeBeforeAndAfterTheSet() {
    String s = "The wordstestnewword came";
    List<Token> before = Tokenizer.tokenize(s, 0, s.length());
    Words set = Words.of("wordstestnewword", "1,500");
    List<Token> after = Tokenizer.tokenize(s + " 1,500", 0, s.length() + 6);
    assertEquals(List.of(false, true, false), before.stream().map(set::has).toList());
    assertEquals(List.of(false, true, false, true), after.stream().map(set::has).toList());
  }
}
