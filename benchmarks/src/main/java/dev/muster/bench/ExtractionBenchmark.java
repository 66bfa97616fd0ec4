package dev.muster.bench;

import dev.muster.Report;
import dev.muster.parse.ArticleParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Extraction throughput over a generated corpus, against the floor of reading the same files.
 *
 * <ul>
 *   <li>{@code extract}: one document per operation through {@link ArticleParser#parse(Path)},
 *       on one thread;
 *   <li>{@code floor}: one document per operation read, decoded from UTF-8 and scanned once
 *       (its digits counted);
 *   <li>{@code parallel}: a batch of documents per operation through
 *       {@link ArticleParser#parseAll(List)} consumed with {@code forEachOrdered}, as the
 *       {@code extract} command does, on all cores.
 * </ul>
 *
 * <p>The auxiliary counters {@code bytes} and {@code docs} are reported per second: bytes/s ÷
 * 10^6 is MB/s. The corpus is generated once under {@code corpusRoot} and reused by later runs.
 * Run all three and get MB/s, the extraction/floor ratio and the speed-up with
 * {@code java -cp benchmarks/target/benchmarks.jar dev.muster.bench.BenchmarkSummary}, or one
 * with {@code java -jar benchmarks/target/benchmarks.jar ExtractionBenchmark.extract}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
// 10 x 5 s: with every core busy in {@code parallel}, the JIT compiler's threads get less time,
// and after 5 x 5 s its throughput was still climbing by 10-50 % an iteration in some runs
@Warmup(iterations = 10, time = 5)
@Measurement(iterations = 3, time = 10)
@State(Scope.Benchmark)
public class ExtractionBenchmark {

  /** Corpus size in MB (10^6 bytes). */
  @Param("100")
  public int corpusMb;

  /** Seed of the corpus generator. */
  @Param("42")
  public long seed;

  /** The corpus is generated in {@code <corpusRoot>-<corpusMb>mb-<seed>}. */
  @Param("/tmp/muster-corpus")
  public String corpusRoot;

  /** Documents per {@code parallel} operation, per core. */
  @Param("64")
  public int batchPerCore;

  private Corpus corpus;
  private ArticleParser parser;
  private int batch;

  /** Generates or reuses the corpus and warms the parser's lexicons. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path folder = Path.of(corpusRoot + "-" + corpusMb + "mb-" + seed);
    corpus = CorpusGenerator.fromClassPath().ensure(folder, corpusMb * 1_000_000L, seed);
    parser = ArticleParser.defaults();
    batch = batchPerCore * Runtime.getRuntime().availableProcessors();
    System.out.printf("%ncorpus %s: %d documents, %d bytes%n", folder, corpus.documents(), corpus.bytes());
  }

  /** The next document each thread reads, going round the corpus. */
  @State(Scope.Thread)
  public static class Cursor {
    private int next;

    int take(int count, int size) {
      int first = next;
      next = (next + count) % size;
      return first;
    }
  }

  /** Bytes and documents done, reported per second. */
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  @State(Scope.Thread)
  public static class Progress {
    /** Bytes of text read. */
    public long bytes;
    /** Documents read. */
    public long docs;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
      docs = 0;
    }
  }

  /** Extracts one document on this thread. */
  @Benchmark
  public Report extract(Cursor cursor, Progress progress) {
    int i = cursor.take(1, corpus.documents());
    progress.bytes += corpus.size(i);
    progress.docs++;
    return parser.parse(corpus.files().get(i));
  }

  /** Reads one document, decodes it and counts its digits. */
  @Benchmark
  public int floor(Cursor cursor, Progress progress) throws IOException {
    int i = cursor.take(1, corpus.documents());
    progress.bytes += corpus.size(i);
    progress.docs++;
    String text = Files.readString(corpus.files().get(i));
    int digits = 0;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c >= '0' && c <= '9') {
        digits++;
      }
    }
    return digits;
  }

  /**
   * Extracts a batch of documents on all cores, in order, as the extract command does.
   */
  @Benchmark
  public long parallel(Cursor cursor, Progress progress) {
    int first = cursor.take(batch, corpus.documents());
    int end = Math.min(first + batch, corpus.documents());
    for (int i = first; i < end; i++) {
      progress.bytes += corpus.size(i);
      progress.docs++;
    }
    long[] estimates = new long[1];
    parser.parseAll(corpus.files().subList(first, end)).forEachOrdered(r -> estimates[0] += r.estimates().size());
    return estimates[0];
  }
}
