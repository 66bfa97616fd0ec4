package dev.muster.examples;

import dev.muster.MusterJson;
import dev.muster.Report;
import dev.muster.parse.ArticleParser;
import dev.muster.reconcile.MergeRule;
import dev.muster.reconcile.Reconciler;
import dev.muster.reconcile.Reconciliation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code reconcile} command: reads articles, reconciles their figures across documents and
 * prints the findings (members, primary sources, echo counts, discrepancies), the parts checks
 * and the conflicts, as a table or as JSON.
 *
 * <p>Register it as a subcommand of {@code muster}. The no-argument constructor parses the
 * inputs with {@link ArticleParser#defaults()}; the other takes any function from the input
 * paths to reports:
 *
 * <pre>{@code
 * new CommandLine(new MusterCommand())
 *     .addSubcommand(new ReconcileCommand(paths -> myReports(paths)))
 *     .execute(args);
 * }</pre>
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
    description = "Groups the figures of many articles into findings: which documents state "
        + "one figure, its primary sources, echoes and drift, parts against wholes, conflicts.")
public final class ReconcileCommand implements Callable<Integer> {

  /** How the result is written. */
  public enum Format {
    /** Text for people. */
    TABLE,
    /** One JSON object, written with {@link MusterJson}. */
    JSON
  }

  @Parameters(paramLabel = "FILES_OR_DIRS", arity = "0..*",
      description = "Article files, or folders whose .txt files are read.")
  private List<Path> inputs = new ArrayList<>();

  @Option(names = "--format", defaultValue = "table", converter = FormatConverter.class,
      description = "table or json (default: ${DEFAULT-VALUE}).")
  private Format format = Format.TABLE;

  @Option(names = "--rule", defaultValue = "NARROWEST_AGREED",
      description = "How a finding's figures are merged: ${COMPLETION-CANDIDATES} "
          + "(default: ${DEFAULT-VALUE}).")
  private MergeRule rule = MergeRule.NARROWEST_AGREED;

  @Spec
  private CommandSpec spec;

  private final Function<List<Path>, List<Report>> reader;

  /** Returns the command that parses its inputs with {@link ArticleParser#defaults()}. */
  public ReconcileCommand() {
    this(ReconcileCommand::parseWithDefaults);
  }

  /**
   * Returns the command that turns its inputs into reports with the given function.
   *
   * @param reader not null; receives the paths as given on the command line (files or
   *     folders, possibly none) and returns their reports
   */
  public ReconcileCommand(Function<List<Path>, List<Report>> reader) {
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  @Override
  public Integer call() throws IOException {
    List<Report> reports = Objects.requireNonNull(reader.apply(List.copyOf(inputs)),
        "the reports read from " + inputs);
    Reconciliation r = Reconciler.builder().mergeRule(rule).build().reconcile(reports);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      out.println(MusterJson.newMapper().writerWithDefaultPrettyPrinter().writeValueAsString(r));
    } else {
      out.print(ReconciliationTable.render(r));
    }
    out.flush();
    return 0;
  }

  /** Parses the files and folders given, or the bundled samples when there are none. */
  static List<Report> parseWithDefaults(List<Path> inputs) {
    Articles articles = new Articles(new PrintWriter(System.err, true));
    QuickJit.forInputs(inputs);
    try (Stream<Report> reports = articles.reports(inputs, ArticleParser.defaults())) {
      return reports.collect(Collectors.toList());
    }
  }

  /** Reads {@code table} or {@code json}, in any case. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.valueOf(value.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "not a format: '" + value + "' (expected table or json)");
      }
    }
  }
}
