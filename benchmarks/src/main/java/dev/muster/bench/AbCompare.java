package dev.muster.bench;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compares the one-thread speed of two builds of the parser in one JVM, their rounds interleaved:
 * each jar (the shaded {@code muster.jar} of a build) gets a class loader of its own, both read
 * the same texts from memory, and the rounds go A B, B A, A B, ... so that whatever the machine does
 * meanwhile (this shared VM's speed drifts by 20-40 % from one hour to the next) falls on both
 * alike. Each round parses the whole corpus with {@code ArticleParser.parse(String, String)} and
 * is timed in thread CPU time; allocation is counted too. Prints each build's median MB/s and the
 * median and quartiles of the ratio B ÷ A over the pairs of rounds, which is what to read: a
 * change is real when the quartiles are on one side of 1.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.muster.bench.AbCompare A.jar B.jar CORPUS [warm-up rounds] [pairs]
 * }</pre>
 *
 * {@code benchmarks/scripts/ab.sh} builds the jars of two commits and runs this.
 */
public final class AbCompare {

  private AbCompare() {}

  /** One build: its parser and the handle of its {@code parse(String, String)}. */
  private static final class Build {
    final String name;
    final Object parser;
    final MethodHandle parse;
    final MethodHandle estimates;
    final List<Double> rates = new ArrayList<>();
    /** Bytes allocated per input byte in the last recorded round. */
    double allocatedPerByte;

    Build(String name, Path jar) throws Throwable {
      this.name = name;
      // the platform loader as parent: none of this JVM's own Muster classes are seen
      ClassLoader loader = new URLClassLoader(name, new URL[] {jar.toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
      Class<?> parserClass = Class.forName("dev.muster.parse.ArticleParser", true, loader);
      Class<?> reportClass = Class.forName("dev.muster.Report", true, loader);
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      this.parser = lookup.findStatic(parserClass, "defaults", MethodType.methodType(parserClass)).invoke();
      this.parse = lookup.findVirtual(parserClass, "parse",
          MethodType.methodType(reportClass, String.class, String.class));
      this.estimates = lookup.findVirtual(reportClass, "estimates", MethodType.methodType(List.class));
    }

    /**
     * Parses every text once; when {@code record}, adds the round's rate (thread CPU time) and
     * its allocation. Returns the number of estimates found, so that the work is not optimised away
     * and the two builds' outputs can be compared.
     */
    long round(List<String> ids, List<String> texts, long bytes, boolean record) throws Throwable {
      com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
      long allocated = mx.getCurrentThreadAllocatedBytes();
      long t0 = mx.getCurrentThreadCpuTime();
      long found = 0;
      for (int i = 0; i < texts.size(); i++) {
        Object report = parse.invoke(parser, ids.get(i), texts.get(i));
        found += ((List<?>) estimates.invoke(report)).size();
      }
      long ns = mx.getCurrentThreadCpuTime() - t0;
      if (record) {
        rates.add(bytes / 1e6 / (ns / 1e9));
        allocatedPerByte = (mx.getCurrentThreadAllocatedBytes() - allocated) / (double) bytes;
      }
      return found;
    }
  }

  /**
   * Runs the comparison.
   *
   * @param args jar A, jar B, corpus folder, warm-up rounds (default 16), measured pairs (default 16)
   */
  public static void main(String[] args) throws Throwable {
    if (args.length < 3) {
      System.err.println("usage: AbCompare A.jar B.jar CORPUS_FOLDER [warm-up rounds] [pairs]");
      System.exit(2);
    }
    Build a = new Build("A", Path.of(args[0]));
    Build b = new Build("B", Path.of(args[1]));
    int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 16;
    int pairs = args.length > 4 ? Integer.parseInt(args[4]) : 16;
    Corpus corpus = Corpus.of(Path.of(args[2]));
    List<String> ids = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Path p : corpus.files()) {
      ids.add(p.toString());
      texts.add(Files.readString(p));
    }
    long bytes = corpus.bytes();
    System.out.printf("%d documents, %d bytes; %d warm-up rounds each, then %d pairs%n",
        texts.size(), bytes, warmUp, pairs);
    for (int r = 0; r < warmUp; r++) {
      long fa = a.round(ids, texts, bytes, false);
      long fb = b.round(ids, texts, bytes, false);
      if (r == 0) {
        System.out.printf("estimates: A %d, B %d%s%n", fa, fb, fa == fb ? "" : " (the builds differ in output)");
      }
    }
    double[] ratios = new double[pairs];
    for (int r = 0; r < pairs; r++) {
      // which build goes first alternates, so that neither always follows the other
      if (r % 2 == 0) {
        a.round(ids, texts, bytes, true);
        b.round(ids, texts, bytes, true);
      } else {
        b.round(ids, texts, bytes, true);
        a.round(ids, texts, bytes, true);
      }
      ratios[r] = b.rates.get(r) / a.rates.get(r);
    }
    for (Build x : List.of(a, b)) {
      double[] rs = x.rates.stream().mapToDouble(Double::doubleValue).toArray();
      System.out.printf("%s: median %.2f MB/s (quartiles %.2f-%.2f), %.1f bytes allocated per input byte%n",
          x.name, quantile(rs, 0.5), quantile(rs, 0.25), quantile(rs, 0.75), x.allocatedPerByte);
    }
    System.out.printf("B / A: median %.3f, quartiles %.3f-%.3f over %d pairs%n",
        quantile(ratios, 0.5), quantile(ratios, 0.25), quantile(ratios, 0.75), pairs);
  }

  /** The {@code q} quantile of {@code values}, by linear interpolation between order statistics. */
  static double quantile(double[] values, double q) {
    double[] v = values.clone();
    Arrays.sort(v);
    double at = q * (v.length - 1);
    int lo = (int) Math.floor(at);
    int hi = Math.min(lo + 1, v.length - 1);
    return v[lo] + (at - lo) * (v[hi] - v[lo]);
  }
}
