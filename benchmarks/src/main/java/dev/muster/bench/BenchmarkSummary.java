package dev.muster.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ExtractionBenchmark} and prints the figures the performance targets are about:
 * MB/s and documents/s of each benchmark, the lowest and highest MB/s of its measured
 * iterations (on a shared machine they can differ by a fifth), each benchmark ÷ floor, and
 * parallel ÷ single thread.
 * Any JMH command-line option may be given (e.g. {@code -p corpusMb=10 -wi 1 -i 1}); a pattern
 * runs other benchmarks instead ({@code StageBenchmark}: the stages before the rules, each ÷ the
 * floor of the same run).
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.muster.bench.BenchmarkSummary
 * }</pre>
 */
public final class BenchmarkSummary {

  private BenchmarkSummary() {}

  /**
   * Runs the benchmarks and prints the summary.
   *
   * @param args JMH options
   */
  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    CommandLineOptions cli = new CommandLineOptions(args);
    OptionsBuilder options = new OptionsBuilder();
    options.parent(cli);
    if (cli.getIncludes().isEmpty()) {
      options.include(ExtractionBenchmark.class.getName());
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    Map<String, double[]> rates = new HashMap<>();
    System.out.printf("%n%-10s %10s %10s   %s%n", "benchmark", "MB/s", "docs/s", "iterations (MB/s)");
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      Map<String, Result> secondary = r.getSecondaryResults();
      double mb = secondary.get("bytes").getScore() / 1e6;
      double docs = secondary.get("docs").getScore();
      rates.put(name, new double[] {mb, docs});
      double low = Double.MAX_VALUE;
      double high = 0;
      for (BenchmarkResult b : r.getBenchmarkResults()) {
        for (IterationResult i : b.getIterationResults()) {
          double it = i.getSecondaryResults().get("bytes").getScore() / 1e6;
          low = Math.min(low, it);
          high = Math.max(high, it);
        }
      }
      System.out.printf("%-10s %10.2f %10.0f   %.2f-%.2f%n", name, mb, docs, low, high);
    }
    System.out.printf("cores: %d%n", Runtime.getRuntime().availableProcessors());
    if (rates.containsKey("floor")) {
      for (String name : List.of("reader", "sentences", "extract")) {
        if (rates.containsKey(name)) {
          System.out.printf("%s / floor: %.1f%%%n", name, 100 * rates.get(name)[0] / rates.get("floor")[0]);
        }
      }
    }
    if (rates.containsKey("extract") && rates.containsKey("parallel")) {
      System.out.printf("parallel / extract: %.2fx%n", rates.get("parallel")[0] / rates.get("extract")[0]);
    }
  }
}
