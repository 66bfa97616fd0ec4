package dev.muster.examples;

import dev.muster.MusterJson;
import dev.muster.Report;
import dev.muster.parse.ArticleParser;
import dev.muster.reconcile.MergeRule;
import dev.muster.reconcile.Reconciler;
import dev.muster.reconcile.Reconciliation;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The {@code reconcile} command: reads articles, reconciles their figures across documents and
 * prints the findings (members, primary sources, echo counts, discrepancies), the parts checks
 * and the conflicts, as a table or as JSON, then a summary line on standard error. A file that
 * cannot be read gives one line on standard error; the others are reconciled and the exit status
 * is {@link MusterCommand#INPUT_FAILED}.
 *
 * <p>It is a subcommand of {@link MusterCommand}. The no-argument constructor parses the inputs
 * with the options given; the other takes any function from the input paths to reports:
 *
 * <pre>{@code
 * new CommandLine(new ReconcileCommand(paths -> myReports(paths))).execute(args);
 * }</pre>
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true, versionProvider = MusterCommand.Version.class,
    description = "Group the figures of many articles into findings: which documents state "
        + "one figure, its primary sources, echoes and drift, parts against wholes, conflicts.",
    exitCodeListHeading = MusterCommand.EXIT_HEADING,
    exitCodeList = {MusterCommand.EXIT_OK, "1:a file could not be read (the others were reconciled)",
        MusterCommand.EXIT_USAGE})
public final class ReconcileCommand implements Callable<Integer> {

  /** How the result is written. */
  public enum Format {
    /** Text for people. */
    TABLE,
    /** One JSON object, written with {@link MusterJson}. */
    JSON;

    static final class Converter extends CaseInsensitive<Format> {
      Converter() {
        super(Format.class);
      }
    }
  }

  /** Reads {@link MergeRule} in any case. */
  static final class RuleConverter extends CaseInsensitive<MergeRule> {
    RuleConverter() {
      super(MergeRule.class);
    }
  }

  @Mixin
  private InputOptions input;

  @Option(names = "--format", defaultValue = "table", converter = Format.Converter.class,
      paramLabel = "FORMAT", description = "table or json, in any case (default: ${DEFAULT-VALUE}).")
  private Format format = Format.TABLE;

  @Option(names = "--rule", defaultValue = "NARROWEST_AGREED", converter = RuleConverter.class,
      paramLabel = "RULE", description = "How a finding's figures are merged: ${COMPLETION-CANDIDATES} "
          + "(default: ${DEFAULT-VALUE}).")
  private MergeRule rule = MergeRule.NARROWEST_AGREED;

  @Mixin
  private OutputOption output;

  @ParentCommand
  private MusterCommand parent;

  @Spec
  private CommandSpec spec;

  private final Optional<Function<List<Path>, List<Report>>> reader;

  /** Returns the command that parses its inputs with the options given on the command line. */
  public ReconcileCommand() {
    this.reader = Optional.empty();
  }

  /**
   * Returns the command that turns its inputs into reports with the given function; the options
   * {@code --max-file-mb} and {@code --progress} then have no effect.
   *
   * @param reader not null; receives the paths as given on the command line (files or
   *     folders, possibly none) and returns their reports
   */
  public ReconcileCommand(Function<List<Path>, List<Report>> reader) {
    this.reader = Optional.of(Objects.requireNonNull(reader, "reader"));
  }

  @Override
  public Integer call() {
    Console console = MusterCommand.console(parent, spec);
    ArticleParser parser = input.parser();
    Articles articles = new Articles(input.progress(console), input.maxFileMb);
    Reconciler reconciler = Reconciler.builder().mergeRule(rule).build();
    int findings;
    try (Writer w = output.open(console.out())) {
      List<Report> reports = new ArrayList<>();
      if (reader.isPresent()) {
        reports.addAll(Objects.requireNonNull(reader.get().apply(List.copyOf(input.inputs)),
            "the reports read from " + input.inputs));
        reports.forEach(articles::count);
      } else {
        articles.read(input.inputs, parser, reports::add);
      }
      Reconciliation r = reconciler.reconcile(reports);
      if (format == Format.JSON) {
        w.write(MusterJson.newMapper().writerWithDefaultPrettyPrinter().writeValueAsString(r));
        w.write("\n");
      } else {
        w.write(ReconciliationTable.render(r));
      }
      findings = r.findings().size();
    } catch (IOException e) {
      throw output.failed(e);
    }
    return articles.finish(Articles.count(findings, "finding"));
  }
}
