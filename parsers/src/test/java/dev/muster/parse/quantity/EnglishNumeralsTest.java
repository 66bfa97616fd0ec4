package dev.muster.parse.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.muster.parse.TestLexicon;
import dev.muster.parse.token.Token;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The English number grammar on its own: the number read at the first token, and where it ends. */
class EnglishNumeralsTest {

  private static final EnglishNumerals NUMERALS = new EnglishNumerals(TestLexicon.ENGLISH);

  /** "value words scaled end", or "magnitude low-high end", or "malformed end", or "none". */
  private static String read(String text) {
    return NumberReads.describe(NUMERALS.read(TestLexicon.tokens(text), 0));
  }


  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      1,500 men                   | 1500 1
      1.95 lakh rupees            | 195000.00 scaled 2
      300k men                    | 300000 scaled 2
      300 k men                   | 300 1
      1.5 million men             | 1500000.0 scaled 2
      1 000 000 men               | 1000000 3
      1 000 5 men                 | malformed 2
      one hundred and fifty men   | 150 words 4
      twenty-one men              | 21 words 3
      two dozen men               | 24 words 2
      a dozen men                 | 12 words 2
      a hundred thousand men      | 100000 words 3
      half a million men          | 500000.0 words 3
      a quarter of a million men  | 250000.00 words 5
      hundreds of men             | magnitude 200-999 1
      tens of thousands of men    | magnitude 20000-99999 3
      an estimated 300 men        | none
      men                         | none
      """)
  void readsTheNumberAtTheStart(String text, String expected) {
    assertEquals(expected.strip(), read(text));
  }

  @Test
  void wordsSaturateAboveTheLargestQuantity() {
    NumberRead n = NUMERALS.read(TestLexicon.tokens("one " + "dozen ".repeat(40) + "men"), 0);
    assertEquals(BigDecimal.valueOf(10 * dev.muster.Quantity.MAX.longValueExact()), n.value());
    assertEquals(41, n.end());
  }

  @Test
  void scaleOfARangesLastWord() {
    List<Token> t = TestLexicon.tokens("1-2 million 3 thousand 4 lakh 5 hundred");
    assertEquals(BigDecimal.valueOf(1_000_000), NUMERALS.scaleOf(t.get(3)));
    assertEquals(BigDecimal.valueOf(1000), NUMERALS.scaleOf(t.get(5)));
    assertEquals(BigDecimal.valueOf(100_000), NUMERALS.scaleOf(t.get(7)));
    assertNull(NUMERALS.scaleOf(t.get(9)), "a hundred is no range scale");
    assertEquals(true, NUMERALS.isNumberWord(t.get(9)));
    assertEquals(false, NUMERALS.isNumberWord(t.get(0)));
  }
}
