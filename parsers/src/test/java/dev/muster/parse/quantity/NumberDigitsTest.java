package dev.muster.parse.quantity;

import dev.muster.parse.SeededText;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link EnglishNumerals.parseDigits} reads a whole number without parsing a string for it; it
 * must give what {@code new BigDecimal} gives for the digits, separators removed. Seeded.
 */
class NumberDigitsTest {

  /** The plain way: the same checks, then the string without its separators parsed. */
  private static BigDecimal plain(String s) {
    BigDecimal fast = EnglishNumerals.parseDigits(s);
    if (fast == null) {
      return null; // malformed grouping: the checks before are unchanged
    }
    long commas = s.chars().filter(c -> c == ',').count();
    long dots = s.chars().filter(c -> c == '.').count();
    if (commas > 0) {
      return new BigDecimal(s.replace(",", ""));
    }
    return dots > 1 ? new BigDecimal(s.replace(".", "")) : new BigDecimal(s);
  }

  static Stream<Long> seeds() {
    return SeededText.seeds(81_000L, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void wholeNumbersAreTheParsedDigits(long seed) {
    Random r = new Random(seed);
    for (int n = 0; n < 20; n++) {
      StringBuilder b = new StringBuilder().append((char) ('0' + r.nextInt(10)));
      int groups = r.nextInt(8);
      char sep = r.nextInt(3) == 0 ? '.' : ',';
      for (int g = 0; g < groups; g++) {
        b.append(sep);
        for (int d = 0; d < 3; d++) {
          b.append((char) ('0' + r.nextInt(10)));
        }
      }
      if (r.nextInt(4) == 0) {
        b.append('.').append(r.nextInt(100));
      }
      String s = b.toString();
      BigDecimal v = EnglishNumerals.parseDigits(s);
      assertEquals(plain(s), v, () -> "seed " + seed + ": " + s);
    }
  }

  @Test
  void pinnedExamples() {
    for (String s : List.of("1,500", "15000", "007", "1.500.000", "2024", "1.95", "1,500.5")) {
      assertEquals(plain(s), EnglishNumerals.parseDigits(s), s);
    }
    assertEquals(new BigDecimal("1500"), EnglishNumerals.parseDigits("1,500"));
    assertEquals(new BigDecimal("1500000"), EnglishNumerals.parseDigits("1.500.000"));
    assertEquals(new BigDecimal("1234567890123456789012"), EnglishNumerals.parseDigits("1,234,567,890,123,456,789,012"));
    assertEquals(new BigDecimal("7"), EnglishNumerals.parseDigits("007"));
    assertEquals(new BigDecimal("1.95"), EnglishNumerals.parseDigits("1.95"));
  }
}
