package dev.muster.examples;

import dev.muster.Report;
import dev.muster.Source;
import dev.muster.parse.ArticleParser;
import dev.muster.reconcile.Finding;
import dev.muster.reconcile.Reconciler;
import dev.muster.reconcile.Reconciliation;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Example: which figures do more than one independent primary source state? Retellings of one
 * intelligence update count once, however many outlets repeat it.
 *
 * <pre>{@code
 * java -cp muster.jar dev.muster.examples.IndependentSourcesExample articles/*.txt
 * }</pre>
 */
public final class IndependentSourcesExample {

  private IndependentSourcesExample() {}

  /** Parses the files named by the arguments and prints the corroborated findings. */
  public static void main(String[] args) {
    List<Report> reports = ArticleParser.defaults()
        .parseAll(java.util.Arrays.stream(args).map(Path::of).collect(Collectors.toList()))
        .collect(Collectors.toList());
    corroborated(reports).forEach(System.out::println);
  }

  /**
   * Returns one line per finding with at least two independent primary sources, e.g.
   * {@code F1 SERVING ~12000 [KP]: 2 independent (Government of Nepal; Ukrainian intelligence)
   * in 3 documents}.
   *
   * @param reports not null
   */
  public static List<String> corroborated(Collection<Report> reports) {
    Reconciliation r = Reconciler.defaults().reconcile(reports);
    return r.withIndependentSources(2).stream()
        .map(IndependentSourcesExample::describe)
        .collect(Collectors.toList());
  }

  private static String describe(Finding f) {
    return f.id() + " " + f.measure() + " " + f.merged().value() + " " + f.origins() + ": "
        + f.independentCount() + " independent ("
        + f.primarySources().stream().map(Source::name).collect(Collectors.joining("; "))
        + ") in " + f.members().size() + " documents";
  }
}
