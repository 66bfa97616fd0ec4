package dev.muster.parse.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseIndexTest {

  private static List<Token> tokens(String s) {
    return Tokenizer.tokenize(s, 0, s.length());
  }

  private static String found(PhraseIndex<String> index, String text, int at) {
    PhraseIndex.Match<String> m = index.longest(tokens(text), at);
    return m == null ? null : m.length + ":" + m.value;
  }

  @Test
  void longestPhraseWinsAndUnknownWordsMatchNothing() {
    PhraseIndex<String> index = new PhraseIndex<>();
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
    PhraseIndex<String> index = new PhraseIndex<>();
    index.put("defence ministry", "short");
    index.put("defence ministry of ukraine", "long");
    List<Token> t = tokens("Defence Ministry of Ukraine");
    assertEquals(2, index.longest(t, 0, 3).length);
    assertNull(index.longest(t, 0, 1));
    assertNull(index.longest(t, 4, 4));
  }

  @Test
  void shortCapitalsMatchOnlyInCapitalsAndNamesNeedTheirCapital() {
    PhraseIndex<String> acronyms = new PhraseIndex<>();
    acronyms.put("AP", "agency");
    assertEquals("1:agency", found(acronyms, "AP reported", 0));
    assertNull(found(acronyms, "ap reported", 0));
    PhraseIndex<String> names = new PhraseIndex<>(true);
    names.put("Independent", "paper");
    assertEquals("1:paper", found(names, "The Independent reported", 1));
    assertNull(found(names, "an independent report", 1));
  }

  @Test
  void indexesShareTheVocabularyButNotTheirPhrases() {
    PhraseIndex<String> a = new PhraseIndex<>();
    PhraseIndex<String> b = new PhraseIndex<>();
    a.put("contract soldiers", "a");
    b.put("soldiers", "b");
    assertNull(found(a, "soldiers", 0));
    assertNull(found(b, "contract", 0));
    assertEquals("2:a", found(a, "contract soldiers", 0));
    assertEquals("1:b", found(b, "contract soldiers", 1));
    assertEquals(false, a.isEmpty());
    assertEquals(true, new PhraseIndex<String>().isEmpty());
  }
}
