package dev.muster.beam;

import dev.muster.Problem;
import dev.muster.ProblemKind;
import dev.muster.Report;
import dev.muster.parse.ArticleParser;
import dev.muster.reconcile.Reconciliation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MetadataCoderV2;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * The pipeline that extracts the figures of an archive of article files, and optionally
 * reconciles them, on any Beam runner:
 *
 * <pre>
 * java -jar beam/target/muster-beam-bundled.jar --input='/data/archive/**' --output=out/run \
 *     [--reconcile] [--maxFileMb=64] [--shards=N] [--fileGroups=N]
 *     [--runner=FlinkRunner|SparkRunner|DataflowRunner ...]
 * </pre>
 *
 * <p>It writes {@code PREFIX-estimates-SSSSS-of-NNNNN.jsonl}, whose lines are those of
 * {@code muster extract --format jsonl} on the same files (in another order);
 * {@code PREFIX-problems-SSSSS-of-NNNNN.jsonl}, one JSON {@link Problem} per line for each file
 * not read and each warning the command prints; and with {@code --reconcile}
 * {@code PREFIX-reconciliation.json}, the {@link Reconciliation} of all documents as
 * {@code muster reconcile --format json} writes it. Documents are named by their path below the
 * folder the pattern starts from. It then prints a summary line to standard error; the exit
 * status is 0, 1 when a file was not read, 2 for bad options or a failed run.
 */
public final class ExtractArchive {

  private static final String NAME = "extract-archive";

  /** The groups files are spread over on the DirectRunner, which sets up each group's stages. */
  static final int DIRECT_GROUPS = 16;

  /** The groups files are spread over on other runners: at most this many parse at once. */
  static final int CLUSTER_GROUPS = 1000;

  private ExtractArchive() {}

  public static void main(String[] args) {
    System.exit(run(System.err, args));
  }

  /**
   * Runs the pipeline to its end and returns the exit status: 0, 1 when a file was not read, 2
   * for bad options or a failed run. Never throws for bad options or input: the reason goes to
   * {@code err}.
   *
   * @param err not null; where the summary and errors go
   * @param args not null; the command-line arguments
   */
  public static int run(PrintStream err, String... args) {
    ExtractArchiveOptions options;
    Pipeline pipeline;
    try {
      PipelineOptionsFactory.register(ExtractArchiveOptions.class);
      options = PipelineOptionsFactory.fromArgs(args).withValidation()
          .as(ExtractArchiveOptions.class);
      pipeline = build(options);
    } catch (IllegalArgumentException e) {
      err.println(NAME + ": error: " + e.getMessage());
      return 2;
    }
    PipelineResult result;
    try {
      result = pipeline.run();
      result.waitUntilFinish();
    } catch (RuntimeException e) {
      err.println(NAME + ": error: the pipeline failed: " + rootMessage(e));
      return 2;
    }
    if (result.getState() != PipelineResult.State.DONE) {
      err.println(NAME + ": error: the pipeline ended " + result.getState());
      return 2;
    }
    Map<String, Long> counts = counters(result);
    long failed = counts.getOrDefault("failed", 0L);
    err.println(NAME + ": " + counts.getOrDefault("files", 0L) + " files, "
        + counts.getOrDefault("estimates", 0L) + " estimates"
        + (failed > 0 ? ", " + failed + " failed (see " + options.getOutput() + "-problems-*.jsonl)" : "")
        + "; output in " + options.getOutput() + "-*");
    return failed > 0 ? 1 : 0;
  }

  /**
   * Returns the pipeline the options describe, not yet run.
   *
   * @param options not null
   * @throws IllegalArgumentException if an option is out of range
   */
  public static Pipeline build(ExtractArchiveOptions options) {
    long maxFileMb = options.getMaxFileMb();
    if (maxFileMb <= 0 || maxFileMb > 2047) {
      throw new IllegalArgumentException("--maxFileMb must be between 1 and 2047, got " + maxFileMb);
    }
    if (options.getFileGroups() < 0) {
      throw new IllegalArgumentException("--fileGroups must be 0 (chosen by the runner) or more,"
          + " got " + options.getFileGroups());
    }
    int groups = options.getFileGroups() > 0 ? options.getFileGroups()
        : options.getRunner().getSimpleName().equals("DirectRunner") ? DIRECT_GROUPS
        : CLUSTER_GROUPS;
    if (options.getShards() < 0) {
      throw new IllegalArgumentException("--shards must be 0 (the runner chooses) or more, got "
          + options.getShards());
    }
    String pattern = pattern(options.getInput());
    String output = options.getOutput();
    Pipeline p = Pipeline.create(options);
    WithFailures.Result<PCollection<Report>, Problem> parsed = p
        .apply("Pattern", Create.of(pattern))
        .apply("Match", ParDo.of(new MatchFn())).setCoder(MetadataCoderV2.of())
        // spread the files over a fixed number of groups: a key per file (as FileIO.match()
        // reshuffles) makes one bundle per file on the DirectRunner, whose set-up of every stage
        // then costs far more than the parsing
        .apply("Spread", Reshuffle.<MatchResult.Metadata>viaRandomKey().withNumBuckets(groups))
        .apply("Open", FileIO.readMatches())
        .apply("Extract", MusterTransforms.extract()
            .withParser(() -> ArticleParser.builder().maxFileBytes(maxFileMb << 20).build())
            .withDocumentIds(DocumentIds.belowPatternRoot(pattern)));
    parsed.output()
        .apply("Export", MusterTransforms.exportLines())
        .apply("WriteEstimates", TextIO.write().to(output + "-estimates").withSuffix(".jsonl")
            .withNumShards(options.getShards()));
    PCollection<Problem> warnings = parsed.output()
        .apply("Warnings", FlatMapElements.into(TypeDescriptor.of(Problem.class))
            .via((Report r) -> r.problems().stream()
                .filter(q -> q.kind() != ProblemKind.SKIPPED_TEXT).collect(Collectors.toList())))
        .setCoder(MusterCoders.problem());
    PCollectionList.of(parsed.failures()).and(warnings)
        .apply("Problems", Flatten.pCollections())
        .apply("ProblemsToJson", ParDo.of(JsonLinesFn.lines(Problem.class, List::of)))
        .setCoder(StringUtf8Coder.of())
        .apply("WriteProblems", TextIO.write().to(output + "-problems").withSuffix(".jsonl"));
    if (options.getReconcile()) {
      parsed.output()
          .apply("Reconcile", MusterTransforms.reconcile())
          .apply("ReconciliationToJson", ParDo.of(JsonLinesFn.indented(Reconciliation.class)))
          .setCoder(StringUtf8Coder.of())
          .apply("WriteReconciliation", TextIO.write().to(output + "-reconciliation")
              .withSuffix(".json").withoutSharding());
    }
    return p;
  }

  /**
   * Returns the file pattern of {@code input}: a local pattern made absolute (so that document ids
   * can be taken below its root), a local folder as every file below it, anything else as given.
   */
  static String pattern(String input) {
    if (input.isEmpty()) {
      throw new IllegalArgumentException("--input is empty; expected a file pattern or a folder");
    }
    if (input.contains("://")) {
      return input;
    }
    int wildcard = DocumentIds.firstWildcard(input);
    int slash = input.lastIndexOf('/', wildcard < 0 ? input.length() - 1 : wildcard);
    String head = wildcard < 0 ? input : input.substring(0, slash + 1);
    String rest = wildcard < 0 ? "" : input.substring(slash + 1);
    Path dir;
    try {
      dir = Path.of(head.isEmpty() ? "." : head).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("--input '" + input + "' is not a valid path: "
          + e.getMessage(), e);
    }
    if (wildcard >= 0) {
      return dir + "/" + rest;
    }
    return Files.isDirectory(dir) ? dir + "/**" : dir.toString();
  }

  /** Lists the files a pattern matches; none is an error naming the pattern. */
  private static final class MatchFn extends DoFn<String, MatchResult.Metadata> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element String pattern, OutputReceiver<MatchResult.Metadata> out)
        throws IOException {
      for (MatchResult.Metadata file
          : FileSystems.match(pattern, EmptyMatchTreatment.DISALLOW).metadata()) {
        out.output(file);
      }
    }
  }

  private static Map<String, Long> counters(PipelineResult result) {
    Map<String, Long> counts = new TreeMap<>();
    MetricsFilter filter = MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.inNamespace(ParseFn.METRICS)).build();
    for (MetricResult<Long> c : result.metrics().queryMetrics(filter).getCounters()) {
      long value;
      try {
        value = c.getCommitted();
      } catch (UnsupportedOperationException e) {
        value = c.getAttempted();
      }
      counts.merge(c.getName().getName(), value, Long::sum);
    }
    return counts;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}
