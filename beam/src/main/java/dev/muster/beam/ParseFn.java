package dev.muster.beam;

import dev.muster.Problem;
import dev.muster.ProblemKind;
import dev.muster.Report;
import dev.muster.parse.ArticleParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.util.SerializableSupplier;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Parses each file into a {@link Report}: the reports of files that were read go to the main
 * output, and the problems of files that were not (unreadable, too large, binary) to the
 * failures. Counts files, estimates and failed files in the metrics {@code muster/files},
 * {@code muster/estimates} and {@code muster/failed}.
 */
final class ParseFn extends DoFn<FileIO.ReadableFile, Report> {

  private static final long serialVersionUID = 1L;

  /** The metrics namespace of the counters. */
  static final String METRICS = "muster";

  /** Problems that mean a file was not read at all. */
  static final Set<ProblemKind> NOT_READ =
      EnumSet.of(ProblemKind.UNREADABLE, ProblemKind.TOO_LARGE, ProblemKind.BINARY);

  /**
   * The compressions read. A ZIP archive is left out because Beam reads all its entries as one
   * stream (many articles would become one document); the others need libraries Beam does not
   * bring.
   */
  static final Set<Compression> READ = EnumSet.of(Compression.AUTO, Compression.UNCOMPRESSED,
      Compression.GZIP, Compression.BZIP2, Compression.DEFLATE);

  /** The largest byte array the JVM reliably allocates, as the parser caps its own limit. */
  private static final long LARGEST_ARRAY = Integer.MAX_VALUE - 16;

  private final SerializableSupplier<ArticleParser> parsers;
  private final DocumentIds ids;
  private final TupleTag<Report> reports;
  private final TupleTag<Problem> failures;
  private final Counter files = Metrics.counter(METRICS, "files");
  private final Counter estimates = Metrics.counter(METRICS, "estimates");
  private final Counter failed = Metrics.counter(METRICS, "failed");
  private transient ArticleParser parser;

  ParseFn(SerializableSupplier<ArticleParser> parsers, DocumentIds ids, TupleTag<Report> reports,
      TupleTag<Problem> failures) {
    this.parsers = parsers;
    this.ids = ids;
    this.reports = reports;
    this.failures = failures;
  }

  @Setup
  public void setUp() {
    parser = Objects.requireNonNull(parsers.get(), "the parser supplier of extract() returned null");
  }

  @ProcessElement
  public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) {
    Report report = read(file, ids.of(file.getMetadata().resourceId()));
    files.inc();
    List<Problem> notRead = report.problems().stream().filter(p -> NOT_READ.contains(p.kind()))
        .collect(Collectors.toList());
    if (notRead.isEmpty()) {
      estimates.inc(report.estimates().size());
      out.get(reports).output(report);
    } else {
      failed.inc();
      notRead.forEach(out.get(failures)::output);
    }
  }

  /**
   * Reads at most one byte more than the parser's limit (so that a larger file is reported as
   * too large without being read whole, even when it is compressed) and parses it.
   */
  private Report read(FileIO.ReadableFile file, String id) {
    if (!READ.contains(file.getCompression())) {
      return notRead(id, ProblemKind.BINARY, "file '" + file.getMetadata().resourceId()
          + "' skipped: it is compressed as " + file.getCompression() + ", which is not read;"
          + " expected a text file, or one compressed with gzip, bzip2 or deflate");
    }
    int cap = (int) Math.min(parser.maxFileBytes(), LARGEST_ARRAY);
    byte[] bytes;
    try (InputStream in = Channels.newInputStream(file.open())) {
      bytes = in.readNBytes(cap + 1);
    } catch (IOException e) {
      return notRead(id, ProblemKind.UNREADABLE, "file '" + file.getMetadata().resourceId()
          + "' cannot be read: " + e + "; expected a readable file" + compression(file));
    }
    return parser.parse(id, bytes);
  }

  private static Report notRead(String id, ProblemKind kind, String message) {
    return Report.builder().id(id).addProblems(Problem.of(id, kind, message)).build();
  }

  private static String compression(FileIO.ReadableFile file) {
    Compression c = file.getCompression();
    return c == Compression.UNCOMPRESSED || c == Compression.AUTO ? "" : " (read as " + c + ")";
  }
}
