package dev.muster.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.muster.Estimate;
import dev.muster.Measure;
import dev.muster.Report;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile inputs finish in time proportional to their size (after commonmark-java's
 * PathologicalTest): 10^4 to 10^5 repetitions of units that stress the number grammar, the
 * qualifier and range readers, the sentence splitter and the document rules, each under a
 * generous timeout of 30 s (each test takes from a fraction of a second to about seven seconds on
 * an idle machine, several times that on a loaded one; quadratic work takes minutes), with the
 * exact figures expected.
 * A sentence over 4,000 characters is skipped whole, so units repeated without a sentence break
 * give no figures; the units inside sentences of normal length are what exercise the grammar.
 *
 * <p>Whether the time grows linearly with the input is measured, not asserted here: a timing
 * fails on a busy machine. {@code dev.muster.bench.ScalingCheck} in the benchmarks module runs
 * that check.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PathologicalTest {

  private static final int X = 100_000;

  @Test
  void commaAfterDigit() {
    assertFigures(List.of(), "1,".repeat(X));
  }

  @Test
  void digitChain() {
    assertFigures(List.of(), "1,2,3,".repeat(X));
  }

  @Test
  void spaceDigitGroups() {
    assertFigures(List.of(), "1 000 ".repeat(X));
    assertFigures(List.of("1000000 KILLED '1 000 000' 0..46"),
        "Officials said 1 000 000 soldiers were killed. ".repeat(X / 10));
  }

  @Test
  void between() {
    assertFigures(List.of(), "between 1 and ".repeat(X) + "2 soldiers were killed.");
    assertFigures(List.of("1..2 KILLED 'Between 1 and 2' 0..37"),
        "Between 1 and 2 soldiers were killed. ".repeat(X / 10));
  }

  @Test
  void qualifierRepeated() {
    assertFigures(List.of(), "more than ".repeat(X) + "5 soldiers were killed.");
    assertFigures(List.of("<5 KILLED 'fewer than 5' 0..3048"),
        ("Fewer than " + "fewer than ".repeat(274) + "5 soldiers were killed. ").repeat(300));
    assertFigures(List.of(), "More than 1, ".repeat(X));
  }

  @Test
  void parentheses() {
    assertFigures(List.of(), "(((".repeat(X));
    assertFigures(List.of(), ")))".repeat(X));
    assertFigures(List.of(), "(".repeat(X) + "5 soldiers were killed." + ")".repeat(X));
    assertFigures(List.of(), ("Officials said " + "(5) ".repeat(900) + "soldiers were killed. ").repeat(100));
  }

  @Test
  void magnitudes() {
    assertFigures(List.of(), "hundreds of ".repeat(X));
    assertFigures(List.of("~[200..999] KILLED 'hundreds' 0..3633"),
        ("Hundreds of " + "hundreds of ".repeat(300) + "soldiers were killed. ").repeat(300));
  }

  @Test
  void currencySigns() {
    assertFigures(List.of(), "$".repeat(X));
    assertFigures(List.of(), "He was paid $5 ".repeat(X));
  }

  @Test
  void hyphens() {
    assertFigures(List.of(), "-".repeat(X));
    assertFigures(List.of(), "5-".repeat(X));
  }

  @Test
  void abbreviations() {
    assertFigures(List.of(), "U.S.".repeat(X));
    assertFigures(List.of(), "Jan. ".repeat(X));
    assertFigures(List.of("5 KILLED '5' 0..43"), "U.S. officials said 5 soldiers were killed. ".repeat(X / 10));
  }

  @Test
  void longWordsAndLines() {
    assertFigures(List.of(), ("x".repeat(X) + " ").repeat(10));
    assertFigures(List.of(), "a".repeat(1 << 20));
    assertFigures(List.of(), "7".repeat(1_000_000));
    assertFigures(List.of("5 KILLED '5' 100000..100023"),
        "\n".repeat(X) + "5 soldiers were killed." + "\r".repeat(X) + "\r\n".repeat(X));
  }

  /*
   * The document rules on many figures. Before a fix, each figure was compared with every earlier
   * one: 5 * 10^4 units took 30 s. One input a test, so that each has the whole timeout.
   */

  @Test
  void documentRulesOnManyShortSentences() {
    assertFigures(List.of("5 KILLED '5' 0..13"), "All 5 killed. ".repeat(X));
  }

  @Test
  void documentRulesOnManyReportedSentences() {
    assertFigures(List.of("5 KILLED '5' 0..43"), "Officials said that 5 soldiers were killed. ".repeat(X / 10));
  }

  @Test
  void documentRulesOnTwoFiguresASentence() {
    assertFigures(List.of("5000 KILLED '5,000' 0..85", "10 KILLED '10' 0..85"),
        "Officials said 5,000 foreign recruits were killed and 10 Nepali recruits were killed. ".repeat(X / 10));
  }

  @Test
  void documentRulesOnLongSentencesOfNumbers() {
    assertFigures(List.of("10 KILLED '10' 0..3816"),
        ("Officials said " + "1 2 3 4 5 6 7 8 9 10 ".repeat(180) + "soldiers were killed. ").repeat(100));
  }

  @Test
  void captivesParagraphWithManyCounts() {
    // one paragraph that names prisoners, then many plain counts, each read against the sentences
    // before it in the paragraph (which must not be walked again for every count); the counts
    // differ, as a list's do, and start at 3,000 so that none reads as a year
    StringBuilder text = new StringBuilder("Ukraine says the captives include many.");
    int n = X / 2;
    for (int i = 0; i < n; i++) {
      text.append(String.format(Locale.ROOT, " The list named %,d citizens of Uzbekistan.", 3000 + i));
    }
    List<Estimate> estimates = parse(text.toString()).estimates();
    assertEquals(n, estimates.size());
    assertEquals("3000 CAPTURED '3,000' 40..84", figure(estimates.get(0)));
    assertEquals(List.of(Measure.CAPTURED),
        estimates.stream().map(Estimate::measure).distinct().collect(Collectors.toList()));
  }

  private static Report parse(String text) {
    return ReportInvariants.parseAndCheck(text, "pathological input " + ReportInvariants.quote(text));
  }

  /** Each figure as "quantity MEASURE 'mention' start..end" (evidence offsets). */
  private static void assertFigures(List<String> expected, String text) {
    List<String> actual = parse(text).estimates().stream().map(PathologicalTest::figure)
        .collect(Collectors.toList());
    assertEquals(expected, actual, ReportInvariants.quote(text));
  }

  private static String figure(Estimate e) {
    return e.quantity() + " " + e.measure() + " '" + e.mention() + "' " + e.evidence().start() + ".."
        + e.evidence().end();
  }
}
