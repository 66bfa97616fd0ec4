package dev.muster.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.muster.Report;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parsing any string never throws and terminates, and the report keeps the invariants of
 * {@link ReportInvariants} (spans exact, mention inside its evidence, low &le; high, digits or
 * number words of each figure in its mention).
 *
 * <p>Generated cases per run, each from its own seed (named in every failure; rerun one with
 * {@code -Dtest=ParseInvariantsPropertyTest}):
 * <ul>
 *   <li>{@link #randomUnicode}: 300 texts of up to 3,000 UTF-16 units;</li>
 *   <li>{@link #numberSoup}: 600 mixes of up to 120 digits, separators, number words, qualifiers,
 *       currencies, months, years, sources and punctuation;</li>
 *   <li>{@link #mutatedSamples}: 300 mutations (1 to 30 edits) of the 40 bundled sample
 *       articles, 10 each.</li>
 * </ul>
 * 1,200 parses in all, about 5 s on a loaded 2-core runner.
 */
class ParseInvariantsPropertyTest {

  private static List<String> samples;

  @BeforeAll
  static void readSamples() {
    samples = Samples.texts();
  }

  static LongStream unicodeSeeds() {
    return LongStream.range(0, 300).map(i -> 0x0c0de_0000L + i);
  }

  static LongStream soupSeeds() {
    return LongStream.range(0, 600).map(i -> 0x50_0000L + i);
  }

  static LongStream mutationSeeds() {
    return LongStream.range(0, 300).map(i -> 0x3a3e_0000L + i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("unicodeSeeds")
  void randomUnicode(long seed) {
    String text = new TextGenerator(seed).unicode(3000);
    ReportInvariants.parseAndCheck(text, "unicode seed " + seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("soupSeeds")
  void numberSoup(long seed) {
    String text = new TextGenerator(seed).numberSoup(120);
    ReportInvariants.parseAndCheck(text, "soup seed " + seed + " " + ReportInvariants.quote(text));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("mutationSeeds")
  void mutatedSamples(long seed) {
    TextGenerator g = new TextGenerator(seed);
    int sample = (int) Long.remainderUnsigned(seed, samples.size());
    String text = g.mutate(samples.get(sample), 30);
    ReportInvariants.parseAndCheck(text, "mutation seed " + seed + " of sample " + sample);
  }

  /** Guards the generators: the samples and soups must give figures for the checks to bite on. */
  @Test
  void generatorsProduceFigures() {
    int sampleFigures = 0;
    for (String s : samples) {
      sampleFigures += ReportInvariants.parseAndCheck(s, "sample").estimates().size();
    }
    assertTrue(sampleFigures >= 50, "figures in the samples: " + sampleFigures);
    long soupsWithFigures = soupSeeds().limit(100)
        .filter(seed -> !ReportInvariants.parseAndCheck(new TextGenerator(seed).numberSoup(120), "soup " + seed)
            .estimates().isEmpty())
        .count();
    assertTrue(soupsWithFigures >= 30, "soups with figures, of 100: " + soupsWithFigures);
  }

  @Test
  void sameSeedSameText() {
    assertEquals(new TextGenerator(7).numberSoup(50), new TextGenerator(7).numberSoup(50));
    assertEquals(new TextGenerator(7).unicode(500), new TextGenerator(7).unicode(500));
    Report a = ReportInvariants.parseAndCheck(new TextGenerator(7).mutate(samples.get(0), 5), "seed 7");
    Report b = ReportInvariants.parseAndCheck(new TextGenerator(7).mutate(samples.get(0), 5), "seed 7");
    assertEquals(a, b);
  }
}
