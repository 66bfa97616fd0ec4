package dev.muster.bench;

import dev.muster.parse.ArticleParser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Checks that parsing hostile input grows linearly with its size: for each of a few units that
 * once stressed the number grammar, the range reader, the sentence splitter and the document
 * rules, it parses N and 4N repetitions and compares the two times. Linear work takes about 4
 * times as long, quadratic about 16 times; the check fails (exit 1) when a ratio reaches 8.
 *
 * <p>Times are the thread's CPU time (not wall time), the best of several runs after a warm-up,
 * so another process on the machine changes them little; still, a timing is a measurement and
 * belongs here rather than in the unit suite, where a busy machine would make it fail:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.muster.bench.ScalingCheck [RUNS]}.
 */
public final class ScalingCheck {

  /** The ratio of 4N's time to N's at which the check fails. */
  static final double BOUND = 8;

  private static final Map<String, IntFunction<String>> UNITS = new LinkedHashMap<>();

  static {
    UNITS.put("same sentence", n -> "All 5 killed. ".repeat(n * 20_000));
    UNITS.put("totals and breakdowns", n -> ("Officials said 5,000 foreign recruits were killed and 10 "
        + "Nepali recruits were killed. ").repeat(n * 2000));
    UNITS.put("ranges", n -> "Between 1 and 2 soldiers were killed. ".repeat(n * 4000));
    UNITS.put("digit chain", n -> "1,2,3,".repeat(n * 200_000));
    UNITS.put("bracketed numbers",
        n -> ("Officials said " + "(5) ".repeat(900) + "soldiers were killed. ").repeat(n * 30));
    UNITS.put("abbreviations", n -> "U.S.".repeat(n * 50_000));
    UNITS.put("many short paragraphs", n -> "Officials said 5 soldiers were killed\n".repeat(n * 2_000));
  }

  private ScalingCheck() {}

  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    ArticleParser parser = ArticleParser.defaults();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean failed = false;
    for (Map.Entry<String, IntFunction<String>> unit : UNITS.entrySet()) {
      String once = unit.getValue().apply(3);
      String four = unit.getValue().apply(12);
      parser.parse("warm-up", once);
      parser.parse("warm-up", four);
      long single = best(parser, threads, once, runs);
      long quadruple = best(parser, threads, four, runs);
      double ratio = (double) quadruple / Math.max(1, single);
      boolean ok = ratio < BOUND;
      failed |= !ok;
      System.out.printf("%-24s %9d chars %7.1f ms   %9d chars %7.1f ms   ratio %5.2f  %s%n", unit.getKey(),
          once.length(), single / 1e6, four.length(), quadruple / 1e6, ratio, ok ? "ok" : "NOT LINEAR");
    }
    System.exit(failed ? 1 : 0);
  }

  /** The least thread CPU time, in nanoseconds, of {@code runs} parses of {@code text}. */
  private static long best(ArticleParser parser, ThreadMXBean threads, String text, int runs) {
    System.gc(); // the previous runs' garbage is not charged to these
    long best = Long.MAX_VALUE;
    for (int k = 0; k < runs; k++) {
      long t0 = threads.getCurrentThreadCpuTime();
      parser.parse("scaling", text);
      best = Math.min(best, threads.getCurrentThreadCpuTime() - t0);
    }
    return best;
  }
}
