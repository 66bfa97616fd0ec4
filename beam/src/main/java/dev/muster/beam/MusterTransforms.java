package dev.muster.beam;

import dev.muster.MusterJson;
import dev.muster.Problem;
import dev.muster.Report;
import dev.muster.export.ExportRecord;
import dev.muster.parse.ArticleParser;
import dev.muster.reconcile.MergeRule;
import dev.muster.reconcile.Reconciler;
import dev.muster.reconcile.Reconciliation;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VoidCoder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.windowing.GlobalWindows;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.util.SerializableSupplier;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Apache Beam transforms that run Muster's extraction and reconciliation on any Beam runner
 * (the local DirectRunner, Flink, Spark, Google Dataflow): {@link #extract()} parses files into
 * {@link Report}s, {@link #reconcile()} combines reports into one {@link Reconciliation}, and
 * {@link #exportLines()} writes the JSON Lines of {@code muster extract --format jsonl}.
 *
 * <p>The transforms are immutable and thread-safe; the {@code with} methods return changed
 * copies.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.create(options);
 * WithFailures.Result<PCollection<Report>, Problem> parsed = p
 *     .apply(FileIO.match().filepattern("gs://news-archive/**.txt"))
 *     .apply(FileIO.readMatches())
 *     .apply(MusterTransforms.extract()
 *         .withDocumentIds(DocumentIds.belowPatternRoot("gs://news-archive/**.txt")));
 * parsed.failures()   // one Problem per file not read: unreadable, too large, binary
 *     .apply(...);
 * PCollection<Reconciliation> all = parsed.output().apply(MusterTransforms.reconcile());
 * parsed.output().apply(MusterTransforms.exportLines())
 *     .apply(TextIO.write().to("gs://results/estimates").withSuffix(".jsonl"));
 * p.run();
 * }</pre>
 */
public final class MusterTransforms {

  private MusterTransforms() {}

  /**
   * Returns the transform that parses files with {@link ArticleParser#defaults()} and names
   * documents by file name; see {@link Extract}.
   */
  public static Extract extract() {
    return new Extract(ArticleParser::defaults, DocumentIds.fileName());
  }

  /**
   * Returns the transform that reconciles all reports of its input (in the global window) into
   * one {@link Reconciliation} equal to {@link Reconciler#defaults()}{@code .reconcile(reports)}
   * (the empty reconciliation for no reports). It is a {@link Combine} of
   * {@link #reconcileFn()}: workers reconcile their share of the reports and the partial
   * results are {@linkplain Reconciliation#merge merged}. For windowed input, apply
   * {@code Combine.globally(reconcileFn()).withoutDefaults()}; applying this one to it throws
   * {@link IllegalStateException}.
   */
  public static PTransform<PCollection<Report>, PCollection<Reconciliation>> reconcile() {
    return reconcile(Reconciler.defaults().mergeRule());
  }

  /**
   * Returns the transform that reconciles all reports of its input with the given rule; see
   * {@link #reconcile()}.
   *
   * @param rule not null
   */
  public static PTransform<PCollection<Report>, PCollection<Reconciliation>> reconcile(
      MergeRule rule) {
    return new Reconcile(new ReconcileFn(Objects.requireNonNull(rule, "rule")));
  }

  /**
   * Returns the combine function of {@link #reconcile()}, for reconciling per key or per window:
   *
   * <pre>{@code
   * PCollection<KV<YearMonth, Reconciliation>> monthly = reportsByMonth
   *     .apply(Combine.perKey(MusterTransforms.reconcileFn()));
   * }</pre>
   */
  public static Combine.CombineFn<Report, ?, Reconciliation> reconcileFn() {
    return reconcileFn(Reconciler.defaults().mergeRule());
  }

  /**
   * Returns the combine function of {@link #reconcile(MergeRule)}.
   *
   * @param rule not null
   */
  public static Combine.CombineFn<Report, ?, Reconciliation> reconcileFn(MergeRule rule) {
    return new ReconcileFn(Objects.requireNonNull(rule, "rule"));
  }

  /**
   * Returns the transform from reports to the lines of {@code muster extract --format jsonl}: one
   * {@link ExportRecord} per estimate, as JSON written by {@link MusterJson}, in the order of the
   * estimates within each report (the order of reports is the runner's).
   */
  public static PTransform<PCollection<Report>, PCollection<String>> exportLines() {
    return new ExportLines();
  }

  /**
   * Parses each {@link FileIO.ReadableFile} into a {@link Report}, exactly as
   * {@link ArticleParser#parse(String, byte[])} parses the file's bytes. A file compressed with
   * gzip, bzip2 or deflate is decompressed first ({@code FileIO.readMatches()} tells which by the
   * file's extension); one compressed otherwise, such as a ZIP archive that may hold many
   * articles, is not read and reported as {@code BINARY}. The output holds the reports
   * of the files that were read, with their warnings ({@code MALFORMED_ENCODING},
   * {@code BAD_DATE_LINE}, {@code SKIPPED_TEXT}) in {@link Report#problems()}; the
   * {@linkplain WithFailures.Result#failures() failures} hold one {@link Problem} for each file
   * that was not read ({@code UNREADABLE}, {@code TOO_LARGE}, {@code BINARY}). A bad file never
   * fails the pipeline.
   *
   * <p>Counts files, estimates and failed files in the Beam counters {@code muster/files},
   * {@code muster/estimates} and {@code muster/failed}. Immutable and thread-safe.
   */
  public static final class Extract extends
      PTransform<PCollection<FileIO.ReadableFile>, WithFailures.Result<PCollection<Report>, Problem>> {

    private static final long serialVersionUID = 1L;

    private final SerializableSupplier<ArticleParser> parser;
    private final DocumentIds ids;

    private Extract(SerializableSupplier<ArticleParser> parser, DocumentIds ids) {
      this.parser = parser;
      this.ids = ids;
    }

    /**
     * Returns a copy that parses with the parser the supplier gives; each worker calls it once
     * per parsing instance, so it must be serializable (a lambda or method reference will do).
     *
     * <pre>{@code
     * extract().withParser(() -> ArticleParser.builder().maxFileBytes(8L << 20).build())
     * }</pre>
     *
     * @param parser not null
     */
    public Extract withParser(SerializableSupplier<ArticleParser> parser) {
      return new Extract(Objects.requireNonNull(parser, "parser"), ids);
    }

    /**
     * Returns a copy that names documents as {@code ids} says (default: by file name).
     *
     * @param ids not null
     */
    public Extract withDocumentIds(DocumentIds ids) {
      return new Extract(parser, Objects.requireNonNull(ids, "ids"));
    }

    /** Returns how documents are named. */
    public DocumentIds documentIds() {
      return ids;
    }

    @Override
    public WithFailures.Result<PCollection<Report>, Problem> expand(
        PCollection<FileIO.ReadableFile> files) {
      TupleTag<Report> reports = new TupleTag<>("reports") {};
      TupleTag<Problem> failures = new TupleTag<>("failures") {};
      PCollectionTuple out = files.apply("Parse", ParDo.of(new ParseFn(parser, ids, reports, failures))
          .withOutputTags(reports, TupleTagList.of(failures)));
      out.get(reports).setCoder(MusterCoders.report());
      out.get(failures).setCoder(MusterCoders.problem());
      return WithFailures.Result.of(out, reports, failures);
    }
  }

  /** Reports to the JSON Lines of the export. */
  private static final class ExportLines extends PTransform<PCollection<Report>, PCollection<String>> {
    private static final long serialVersionUID = 1L;

    @Override
    public PCollection<String> expand(PCollection<Report> reports) {
      return reports.apply("ToJsonLines", ParDo.of(JsonLinesFn.lines(ExportRecord.class,
              (Report r) -> r.estimates().stream().map(ExportRecord::from).collect(Collectors.toList()))))
          .setCoder(StringUtf8Coder.of());
    }
  }

  /**
   * The global combine of reports, with the empty reconciliation as the result of no reports.
   * Beam's own default for an empty input is captured by Java serialization, which the domain
   * types do not offer; here the default is made where it is needed, from the merge rule.
   */
  private static final class Reconcile
      extends PTransform<PCollection<Report>, PCollection<Reconciliation>> {
    private static final long serialVersionUID = 1L;
    private final ReconcileFn fn;

    Reconcile(ReconcileFn fn) {
      this.fn = fn;
    }

    @Override
    public PCollection<Reconciliation> expand(PCollection<Report> reports) {
      if (!(reports.getWindowingStrategy().getWindowFn() instanceof GlobalWindows)) {
        throw new IllegalStateException("reconcile() reconciles the global window, but the reports"
            + " are windowed by " + reports.getWindowingStrategy().getWindowFn()
            + "; apply Combine.globally(MusterTransforms.reconcileFn()).withoutDefaults() instead");
      }
      PCollection<Reconciliation> combined =
          reports.apply("Combine", Combine.globally(fn).withoutDefaults());
      PCollectionView<Iterable<Reconciliation>> view = combined.apply("AsView", View.asIterable());
      PCollection<Reconciliation> empty = reports.getPipeline()
          .apply("Once", Create.of((Void) null).withCoder(VoidCoder.of()))
          .apply("EmptyIfNone", ParDo.of(new EmptyIfNoneFn(fn.rule(), view)).withSideInputs(view))
          .setCoder(MusterCoders.reconciliation());
      return PCollectionList.of(combined).and(empty).apply("Flatten", Flatten.pCollections());
    }
  }

  /** Gives the empty reconciliation when the combine gave nothing. */
  private static final class EmptyIfNoneFn extends DoFn<Void, Reconciliation> {
    private static final long serialVersionUID = 1L;
    private final MergeRule rule;
    private final PCollectionView<Iterable<Reconciliation>> combined;

    EmptyIfNoneFn(MergeRule rule, PCollectionView<Iterable<Reconciliation>> combined) {
      this.rule = rule;
      this.combined = combined;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      if (!c.sideInput(combined).iterator().hasNext()) {
        c.output(Reconciler.builder().mergeRule(rule).build().empty());
      }
    }
  }
}
