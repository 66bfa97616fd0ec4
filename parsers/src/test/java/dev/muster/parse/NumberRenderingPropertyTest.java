package dev.muster.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.muster.Estimate;
import dev.muster.Measure;
import dev.muster.Qualifier;
import dev.muster.Report;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A number written any usual way is read back exactly: for n from 0 to 10^9 (its number of
 * digits uniform, then the digits at random), "Officials said that N soldiers were killed."
 * gives one estimate, EXACT, KILLED, low = high = n, with N written
 * <ul>
 *   <li>in digits with comma groups ("1,234,567"), and with single-space groups ("1 234 567");</li>
 *   <li>plainly ("1234567"), except the four-digit numbers 1800 to 2100, which the grammar reads
 *       as years, as it should;</li>
 *   <li>in American words ("one million two hundred thirty-four thousand five hundred
 *       sixty-seven") and in British words ("one hundred and fifty", "one thousand and five").</li>
 * </ul>
 *
 * <p>Generated cases per run: 500 seeds, one n each, up to 5 renderings each (about 2,480
 * parses), about 4 s. Every failure names its seed, n and the sentence.
 */
class NumberRenderingPropertyTest {

  private static final String[] UNITS = {"zero", "one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
      "seventeen", "eighteen", "nineteen"};
  private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
      "eighty", "ninety"};
  private static final String[] SCALES = {"", " thousand", " million", " billion"};

  static LongStream seeds() {
    return LongStream.range(0, 500).map(i -> 0x0a0b_0000L + i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyRenderingReadsBackExactly(long seed) {
    long n = number(new Random(seed));
    for (String written : renderings(n)) {
      String sentence = "Officials said that " + written + " soldiers were killed.";
      String where = "seed " + seed + ", n " + n + ": \"" + sentence + "\"";
      Report report = ReportInvariants.parseAndCheck(sentence, where);
      assertEquals(1, report.estimates().size(), where + " gave " + report.estimates());
      Estimate e = report.estimates().get(0);
      assertEquals(Qualifier.EXACT, e.quantity().qualifier(), where);
      assertEquals(Measure.KILLED, e.measure(), where);
      assertEquals(BigDecimal.valueOf(n), e.quantity().low().orElseThrow(), where);
      assertEquals(BigDecimal.valueOf(n), e.quantity().high().orElseThrow(), where);
      assertEquals(written, e.mention(), where);
    }
  }

  @Test
  void rendersAsWritten() {
    assertEquals(List.of("1,234,567", "1 234 567", "1234567",
            "one million two hundred thirty-four thousand five hundred sixty-seven",
            "one million two hundred and thirty-four thousand five hundred and sixty-seven"),
        renderings(1_234_567));
    assertEquals(List.of("1,005", "1 005", "1005", "one thousand five", "one thousand and five"),
        renderings(1005));
    assertEquals(List.of("2,024", "2 024", "two thousand twenty-four", "two thousand and twenty-four"),
        renderings(2024));
    assertEquals(List.of("150", "150", "150", "one hundred fifty", "one hundred and fifty"), renderings(150));
    assertEquals(List.of("1,000,000,000", "1 000 000 000", "1000000000", "one billion", "one billion"),
        renderings(1_000_000_000));
    assertEquals(List.of("0", "0", "0", "zero", "zero"), renderings(0));
  }

  /** Up to 10^9: a digit count from 1 to 10, uniform, then uniform among those numbers (10 digits: 10^9). */
  static long number(Random random) {
    int digits = 1 + random.nextInt(10);
    if (digits == 10) {
      return 1_000_000_000L;
    }
    long low = digits == 1 ? 0 : (long) Math.pow(10, digits - 1);
    long high = (long) Math.pow(10, digits);
    return low + (long) (random.nextDouble() * (high - low));
  }

  static List<String> renderings(long n) {
    List<String> out = new ArrayList<>();
    out.add(String.format("%,d", n));
    out.add(String.format("%,d", n).replace(',', ' '));
    if (!(n >= 1800 && n <= 2100)) {
      out.add(Long.toString(n));
    }
    out.add(words(n, false));
    out.add(words(n, true));
    return out;
  }

  /** English words; {@code british} puts "and" after a hundred and before a last group below 100. */
  static String words(long n, boolean british) {
    if (n == 0) {
      return UNITS[0];
    }
    List<String> groups = new ArrayList<>();
    for (int scale = 0; n > 0; scale++, n /= 1000) {
      int group = (int) (n % 1000);
      if (group > 0) {
        boolean andFirst = british && scale == 0 && group < 100 && n >= 1000;
        groups.add(0, (andFirst ? "and " : "") + belowThousand(group, british) + SCALES[scale]);
      }
    }
    return String.join(" ", groups);
  }

  private static String belowThousand(int n, boolean british) {
    String tail = n % 100 == 0 ? "" : n % 100 < 20 ? UNITS[n % 100]
        : TENS[n % 100 / 10] + (n % 10 == 0 ? "" : "-" + UNITS[n % 10]);
    if (n < 100) {
      return tail;
    }
    String hundreds = UNITS[n / 100] + " hundred";
    return tail.isEmpty() ? hundreds : hundreds + (british ? " and " : " ") + tail;
  }
}
