package dev.muster.bench;

import dev.muster.Report;
import dev.muster.parse.ArticleParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

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
 * <p>Run all three and get MB/s, the extraction/floor ratio and the speed-up with
 * {@code java -cp benchmarks/target/benchmarks.jar dev.muster.bench.BenchmarkSummary}, or one
 * with {@code java -jar benchmarks/target/benchmarks.jar ExtractionBenchmark.extract}.
 */
public class ExtractionBenchmark extends CorpusBenchmark {

  /** Documents per {@code parallel} operation, per core. */
  @Param("64")
  public int batchPerCore;

  private ArticleParser parser;
  private int batch;

  /** Warms the parser's lexicons. */
  @Setup(Level.Trial)
  public void setUp() {
    parser = ArticleParser.defaults();
    batch = batchPerCore * Runtime.getRuntime().availableProcessors();
  }

  /** Extracts one document on this thread. */
  @Benchmark
  public Report extract(Cursor cursor, Progress progress) {
    return parser.parse(next(cursor, progress));
  }

  /** Reads one document, decodes it and counts its digits. */
  @Benchmark
  public int floor(Cursor cursor, Progress progress) throws IOException {
    return floorOf(next(cursor, progress));
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
