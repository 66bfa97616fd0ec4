package dev.muster.parse.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.muster.parse.SeededText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Words#has} answers as {@code contains(token.key)} does: for known and unknown words, in
 * any case, for numbers and punctuation. Seeded: a failure names its seed.
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
    List<String> words = new ArrayList<>();
    for (int k = r.nextInt(8); k > 0; k--) {
      String w = POOL[r.nextInt(POOL.length)];
      words.add(r.nextBoolean() ? w.toLowerCase(Locale.ROOT) : w + "wordstest" + seed);
    }
    Vocabulary.Builder b = new Vocabulary.Builder();
    Words set = b.words(words);
    Words other = b.words(List.of("who", "the"));
    Tokenizer tokenizer = Tokenizer.of(b.build());
    for (Token t : tokenizer.tokenize(s, 0, s.length())) {
      assertEquals(set.contains(t.key), set.has(t), () -> "seed " + seed + ": '" + t.key + "' in " + words);
      assertEquals(set.contains(t.key) || other.contains(t.key), set.union(other).has(t),
          () -> "seed " + seed + ": '" + t.key + "' in the union");
    }
  }

  @Test
  void aSetAnswersForItsWordsInAnyCaseAndOnlyForThem() {
    Vocabulary.Builder b = new Vocabulary.Builder();
    Words set = b.words(List.of("wordstestnewword", "1,500", "u.s"));
    b.add("came");
    Tokenizer tokenizer = Tokenizer.of(b.build());
    String s = "The WordsTestNewWord came 1,500 U.S.";
    assertEquals(List.of(false, true, false, true, false),
        tokenizer.tokenize(s, 0, s.length()).stream().map(set::has).toList());
    assertEquals(Set.of("wordstestnewword", "1,500", "u.s"), Set.copyOf(set));
    assertEquals(true, set.contains("u.s"));
  }

  @Test
  void aWordWithinReachBeforeCountsOnlyAcrossWords() {
    Vocabulary.Builder b = new Vocabulary.Builder();
    Words citing = b.words(List.of("citing"));
    Tokenizer tokenizer = Tokenizer.of(b.build());
    String s = "citing new figures published by, citing figures published by";
    List<Token> t = tokenizer.tokenize(s, 0, s.length());
    int firstBy = 4;
    int comma = 5;
    int secondBy = 9;
    assertEquals("by", t.get(firstBy).key);
    assertEquals(",", t.get(comma).key);
    assertEquals("by", t.get(secondBy).key);
    assertEquals(true, citing.inWordsBefore(t, firstBy, 4)); // "citing" four words before
    assertEquals(false, citing.inWordsBefore(t, firstBy, 3)); // out of reach
    assertEquals(true, citing.inWordsBefore(t, secondBy, 4));
    assertEquals(false, citing.inWordsBefore(t, comma + 1, 4)); // the comma stops the look back
    assertEquals(false, citing.inWordsBefore(t, 0, 4)); // nothing before the first token
  }

  /**
   * A set's words, and the vocabulary ids they are given, come in their natural order whatever
   * order they were listed in, so that a run's results do not hang on the JVM's hash seed.
   */
  @Test
  void wordsAndTheirIdsComeInNaturalOrder() {
    Vocabulary.Builder b = new Vocabulary.Builder();
    Words set = b.words(List.of("wounded", "captured", "killed"));
    Words other = b.words(List.of("missing", "deserted"));
    assertEquals(List.of("captured", "killed", "wounded"), new ArrayList<>(set));
    assertEquals(List.of("captured", "deserted", "killed", "missing", "wounded"),
        new ArrayList<>(set.union(other)));
    Vocabulary v = b.build();
    assertEquals(List.of(0, 1, 2, 3, 4), List.of(v.idOf("captured"), v.idOf("killed"),
        v.idOf("wounded"), v.idOf("deserted"), v.idOf("missing")));
  }
}
