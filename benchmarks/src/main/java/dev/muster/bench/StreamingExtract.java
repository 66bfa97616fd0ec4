package dev.muster.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import dev.muster.Estimate;
import dev.muster.export.ExportRecord;
import dev.muster.MusterJson;
import dev.muster.Report;
import dev.muster.parse.ArticleParser;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Extracts folders to JSON Lines on all cores with memory bounded by a window of documents in
 * flight, not by the corpus: files are parsed by a pool, and the reports written in file order
 * as soon as the oldest is done. A sketch of what the {@code extract} command could do instead
 * of {@code parseAll(files).forEachOrdered(...)}, whose ordered parallel stream buffers the
 * reports of whole stream splits that finish ahead of the one being written.
 *
 * <pre>{@code
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar dev.muster.bench.StreamingExtract FOLDER > out.jsonl
 * }</pre>
 */
public final class StreamingExtract {

  /** Documents in flight per core. */
  static final int WINDOW_PER_CORE = 16;

  private StreamingExtract() {}

  /**
   * Writes every estimate of the files to {@code out}, one JSON object a line, in file order.
   *
   * @param files not null
   * @param out not null; flushed, not closed
   * @return the number of estimates written
   */
  public static long extract(ArticleParser parser, List<Path> files, OutputStream out)
      throws IOException, InterruptedException {
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long written = 0;
    try (SequenceWriter seq = MusterJson.newMapper().writer().withRootValueSeparator("\n")
        .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out)) {
      ArrayDeque<Future<Report>> window = new ArrayDeque<>();
      for (Path file : files) {
        window.add(pool.submit(() -> parser.parse(file)));
        if (window.size() >= threads * WINDOW_PER_CORE) {
          written += write(seq, window.poll());
        }
      }
      while (!window.isEmpty()) {
        written += write(seq, window.poll());
      }
      seq.flush();
    } finally {
      pool.shutdownNow();
    }
    return written;
  }

  private static int write(SequenceWriter seq, Future<Report> next) throws IOException, InterruptedException {
    Report report;
    try {
      report = next.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("parsing failed: " + e.getCause(), e.getCause());
    }
    for (Estimate e : report.estimates()) {
      seq.write(ExportRecord.from(e));
    }
    return report.estimates().size();
  }

  /**
   * Extracts the files below the given folders to standard output.
   *
   * @param args folders or files
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    List<Path> files = new ArrayList<>();
    for (String a : args) {
      files.addAll(Corpus.of(Path.of(a)).files());
    }
    OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
    long estimates = extract(ArticleParser.defaults(), files, out);
    out.write('\n');
    out.flush();
    System.err.printf("%d files, %d estimates%n", files.size(), estimates);
  }
}
