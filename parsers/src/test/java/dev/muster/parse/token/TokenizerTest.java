package dev.muster.parse.token;

import dev.muster.parse.SeededText;
import dev.muster.parse.TestLexicon;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tokenizer's shortcuts (the key's hash computed while a word is scanned, a known word looked
 * up from the characters, the letters counted on the way) against the plain way: each token as
 * {@link Token}'s own constructor makes it from its text, and the letters counted one by one.
 */
class TokenizerTest {

  private static final String[] POOL = {
      "soldiers", "Soldiers", "SOLDIERS", "Russia", "russia", "recruits", "according", "to", "the",
      "Ministry", "of", "Defence", "said", "about", "hundreds", "thousand", "contract", "zzqxw", "Qwerty",
      "U.S.", "U.K.", "E.U.", "it's", "Russia's", "don\u2019t", "na\u00efve", "\u0160koda", "Zelenskyy",
      "e\u0301te", "\u0432\u0456\u0439\u0441\u044c\u043a\u043e", "\u0420\u043e\u0441\u0441\u0438\u044f",
      "\u03b1\u03b8\u03ae\u03bd\u03b1", "\u5317\u4eac", "\ud835\udc00bc", "1,500", "1.95", "2024", "15",
      ",", ".", "(", ")", "\u201c", "\u201d", "\u2014", "-", "'", "%", "$", "\u20bd", "a", "I"};

  private static final Tokenizer TOKENIZER = TestLexicon.ENGLISH.tokenizer();
  private static final Vocabulary VOCABULARY = TestLexicon.ENGLISH.vocabulary();

  static Stream<Long> seeds() {
    return SeededText.seeds(0, 300);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void tokensAndLetterCountsAgreeWithThePlainWay(long seed) {
    String s = SeededText.of(new Random(seed), 40, POOL, " ", " ", "", "\u00a0", "\n");
    Tokenizer.Tokenized tk = TOKENIZER.tokenizeCounting(s, 0, s.length());
    List<Token> tokens = tk.tokens();
    assertArrayEquals(countOneByOne(s), new int[] {tk.latinLetters(), tk.otherLetters()}, s);
    for (Token t : tokens) {
      Token plain = new Token(t.kind(), t.start, t.end(), t.text, t.spaceBefore, VOCABULARY);
      assertEquals(s.substring(t.start, t.end()), t.text, s);
      assertEquals(plain.key, t.key, s);
      assertEquals(plain.id, t.id, () -> t.text + " in " + s);
      assertEquals(plain.starts, t.starts, () -> t.text + " in " + s);
      assertEquals(plain.key.hashCode() == "soldiers".hashCode(), t.is("soldiers"), s);
    }
    assertEquals(tokens.size(), TOKENIZER.tokenize(s, 0, s.length()).size());
  }

  @Test
  void countsLatinAndOtherLetters() {
    String s = "Na\u00efve \u0420\u043e\u0441\u0441\u0438\u044f, 1,500 U.S. e\u0301 \ud835\udc00";
    Tokenizer.Tokenized tk = TOKENIZER.tokenizeCounting(s, 0, s.length());
    List<Token> tokens = tk.tokens();
    // N a ï v e U S e = 8 Latin (the combining accent is no letter, nor the surrogate pair's halves); 6 Cyrillic
    assertArrayEquals(new int[] {8, 6}, new int[] {tk.latinLetters(), tk.otherLetters()});
    assertEquals(List.of("Na\u00efve", "\u0420\u043e\u0441\u0441\u0438\u044f", ",", "1,500", "U.S.", "e\u0301", "\ud835\udc00"),
        tokens.stream().map(t -> t.text).toList());
  }

  /** The letters of {@code s}: Latin ones, then the others, counted char by char. */
  private static int[] countOneByOne(String s) {
    int latin = 0;
    int other = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
          latin++;
        } else {
          other++;
        }
      }
    }
    return new int[] {latin, other};
  }

  @Test
  void kindsAndDigitOnlyNumbers() {
    String s = "In 2024, 1,500 men (1.5%) joined 12 units.";
    List<Token> t = TOKENIZER.tokenize(s, 0, s.length());
    StringBuilder kinds = new StringBuilder();
    StringBuilder digitsOnly = new StringBuilder();
    for (Token x : t) {
      kinds.append(x.isWord() ? 'w' : x.isNumber() ? 'n' : x.isPunct() ? 'p' : '?');
      digitsOnly.append(x.isDigitsOnly() ? 'd' : '.');
    }
    // In 2024 , 1,500 men ( 1.5 % ) joined 12 units .
    assertEquals("wnpnwpnppwnwp", kinds.toString());
    assertEquals(".d........d..", digitsOnly.toString());
  }
}
