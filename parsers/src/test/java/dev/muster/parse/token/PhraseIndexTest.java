package dev.muster.parse.token;

import dev.muster.parse.SeededText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PhraseIndexTest {

  /** The vocabulary of the indexes of a test: built once the indexes are filled. */
  private final Vocabulary.Builder words = new Vocabulary.Builder();
  private Tokenizer tokenizer;

  private List<Token> tokens(String s) {
    if (tokenizer == null) {
      tokenizer = Tokenizer.of(words.build());
    }
    return tokenizer.tokenize(s, 0, s.length());
  }

  private String found(PhraseIndex<String> index, String text, int at) {
    PhraseIndex.Match<String> m = index.longest(tokens(text), at);
    return m == null ? null : m.length + ":" + m.value;
  }

  @Test
  void longestPhraseWinsAndUnknownWordsMatchNothing() {
    PhraseIndex<String> index = new PhraseIndex<>(words);
    index.put("defence ministry", "short");
    index.put("defence ministry of ukraine", "long");
    index.put("ministry", "one");
    assertEquals("4:long", found(index, "the Defence Ministry of Ukraine said", 1));
    assertEquals("2:short", found(index, "the Defence Ministry of Russia said", 1));
    assertEquals("1:one", found(index, "the Defence Ministry of Russia said", 2));
    assertNull(found(index, "the Defence Ministry of Russia said", 0));
    assertNull(found(index, "zzyzx ministry", 0));
  }

  @Test
  void limitCutsThePhrase() {
    PhraseIndex<String> index = new PhraseIndex<>(words);
    index.put("defence ministry", "short");
    index.put("defence ministry of ukraine", "long");
    List<Token> t = tokens("Defence Ministry of Ukraine");
    assertEquals(2, index.longest(t, 0, 3).length);
    assertNull(index.longest(t, 0, 1));
    assertNull(index.longest(t, 4, 4));
  }

  @Test
  void shortCapitalsMatchOnlyInCapitalsAndNamesNeedTheirCapital() {
    PhraseIndex<String> acronyms = new PhraseIndex<>(words);
    acronyms.put("AP", "agency");
    PhraseIndex<String> names = new PhraseIndex<>(words, true);
    names.put("Independent", "paper");
    assertEquals("1:agency", found(acronyms, "AP reported", 0));
    assertNull(found(acronyms, "ap reported", 0));
    assertEquals("1:paper", found(names, "The Independent reported", 1));
    assertNull(found(names, "an independent report", 1));
  }

  @Test
  void indexesShareTheVocabularyButNotTheirPhrases() {
    PhraseIndex<String> a = new PhraseIndex<>(words);
    PhraseIndex<String> b = new PhraseIndex<>(words);
    a.put("contract soldiers", "a");
    b.put("soldiers", "b");
    assertNull(found(a, "soldiers", 0));
    assertNull(found(b, "contract", 0));
    assertEquals("2:a", found(a, "contract soldiers", 0));
    assertEquals("1:b", found(b, "contract soldiers", 1));
    assertEquals(false, a.isEmpty());
    assertEquals(true, new PhraseIndex<String>(words).isEmpty());
  }

  /** {@code n} in letters ("b" for 1, "ba" for 10), so that a word stays one token. */
  private static String letters(long n) {
    StringBuilder b = new StringBuilder();
    for (char c : Long.toString(n).toCharArray()) {
      b.append((char) ('a' + c - '0'));
    }
    return b.toString();
  }

  static Stream<Long> seeds() {
    return SeededText.seeds(77_000L, 40);
  }

  /**
   * A node with many children (as "the" has in the sources index: "the Guardian", "the
   * Kremlin", ...) keeps them sorted and is searched by halves; narrow nodes are scanned. Phrases
   * "phidx{seed} w{seed}x{N}" (numbers written in letters) for 1..60 random words, added in random order, some never added, each
   * looked up against a plain map of what was added. The words are numbered in the vocabulary
   * in one order and added in another.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void wideAndNarrowNodesFindExactlyTheirChildren(long seed) {
    Random r = new Random(seed);
    String first = "phidx" + letters(seed);
    List<String> words = new ArrayList<>();
    for (int k = 0; k < 90; k++) {
      words.add("w" + letters(seed) + "x" + letters(k));
    }
    // numbered in one order, added in another: the node must sort its children itself
    for (String w : words) {
      this.words.add(w);
    }
    Collections.shuffle(words, r);
    int added = 1 + r.nextInt(60);
    PhraseIndex<String> index = new PhraseIndex<>(this.words);
    Map<String, String> expected = new HashMap<>();
    for (String w : words.subList(0, added)) {
      index.put(first + " " + w, "v" + w);
      expected.put(w, "v" + w);
    }
    Collections.shuffle(words, r);
    for (String w : words) {
      PhraseIndex.Match<String> m = index.longest(tokens(first + " " + w), 0);
      String want = expected.get(w);
      assertEquals(want == null ? null : "2:" + want, m == null ? null : m.length + ":" + m.value,
          () -> "seed " + seed + ", " + added + " children, looking up " + w);
    }
  }
}
