package dev.muster.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.muster.export.ExportRecord;
import dev.muster.MusterJson;
import dev.muster.Report;
import dev.muster.parse.ArticleParser;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/**
 * Times the first-use phases of an extraction in a fresh JVM, to see where start-up goes:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.muster.bench.StartupProbe FILE...}.
 */
public final class StartupProbe {

  private StartupProbe() {}

  /**
   * Prints the milliseconds of each phase.
   *
   * @param args article files
   */
  public static void main(String[] args) throws Exception {
    long jvm = ManagementFactory.getRuntimeMXBean().getUptime();
    long t0 = System.nanoTime();
    ArticleParser parser = ArticleParser.defaults();
    long t1 = System.nanoTime();
    Report first = parser.parse(Path.of(args[0]));
    long t2 = System.nanoTime();
    List<Report> rest = args.length > 1
        ? parser.parseAll(List.of(args).subList(1, args.length).stream().map(Path::of).toList()).toList()
        : List.of();
    long t3 = System.nanoTime();
    ObjectMapper json = MusterJson.newMapper();
    long t4 = System.nanoTime();
    int chars = first.estimates().isEmpty() ? 0
        : json.writeValueAsString(ExportRecord.from(first.estimates().get(0))).length();
    long t5 = System.nanoTime();
    System.out.printf("JVM up to main: %d ms%nArticleParser.defaults(): %.0f ms%nfirst parse: %.0f ms%n"
        + "other %d files (parallel): %.0f ms%nMusterJson.newMapper(): %.0f ms%nfirst JSON record (%d chars): %.0f ms%n",
        jvm, (t1 - t0) / 1e6, (t2 - t1) / 1e6, rest.size(), (t3 - t2) / 1e6, (t4 - t3) / 1e6, chars, (t5 - t4) / 1e6);
  }
}
