package dev.muster.bench;

import dev.muster.parse.language.English;
import dev.muster.parse.token.Vocabulary;
import dev.muster.parse.token.WordLookup;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The one speed trick of tokenizing that stays: a word looked up straight from the document's
 * characters in a packed table ({@link WordLookup#packed}), against the plain lookup that makes
 * the lower-cased key string and asks a hash map ({@link WordLookup#plain}). Both look up every
 * word of the same English text (known and unknown words, in both cases); the score is
 * nanoseconds per word.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar WordLookupBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class WordLookupBenchmark {

  private static final String TEXT = "According to the latest intelligence update of the Ministry of Defence, "
      + "more than 1,500 foreign nationals from Nepal, India and Sri Lanka have been recruited to fight "
      + "for Russia since the start of the full-scale invasion, and at least 150 of them were killed. "
      + "Recruiters promised monthly salaries of about 2,000 dollars and Russian citizenship, officials said; "
      + "the families of the dead say the agents charged each man a fee before the flight to Moscow.";

  private WordLookup plain;
  private WordLookup packed;
  private String text;
  /** The start and end of each ASCII word of {@link #text}, two entries per word. */
  private int[] bounds;

  @Setup
  public void setUp() {
    Vocabulary vocabulary = English.load().lexicon().vocabulary();
    plain = WordLookup.plain(vocabulary);
    packed = WordLookup.packed(vocabulary);
    text = TEXT + " " + TEXT.toUpperCase(java.util.Locale.ROOT);
    List<Integer> b = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (Character.isLetter(text.charAt(i))) {
        int s = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
          i++;
        }
        b.add(s);
        b.add(i);
      } else {
        i++;
      }
    }
    bounds = b.stream().mapToInt(Integer::intValue).toArray();
  }

  private int words(WordLookup lookup) {
    int found = 0;
    for (int k = 0; k < bounds.length; k += 2) {
      int s = bounds[k];
      int e = bounds[k + 1];
      if (lookup.find(text, s, e, WordLookup.lowerHash(text, s, e)) != null) {
        found++;
      }
    }
    return found;
  }

  /** Every word through the hash map, with a lower-cased key string made for each. */
  @Benchmark
  public int plain() {
    return words(plain);
  }

  /** Every word through the packed table, straight from the characters. */
  @Benchmark
  public int packed() {
    return words(packed);
  }
}
