package dev.muster.examples;

import dev.muster.Problem;
import dev.muster.ProblemKind;
import dev.muster.Report;
import dev.muster.parse.ArticleFiles;
import dev.muster.parse.ArticleParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The articles a command reads: the files and folders given, or the bundled sample articles
 * when none are. Problems go to standard error as one line per file; the counts are kept for
 * the summary line and the exit status.
 */
final class Articles {

  /** Problems that mean a file was not read at all. */
  static final Set<ProblemKind> FAILURES = EnumSet.of(ProblemKind.UNREADABLE, ProblemKind.TOO_LARGE,
      ProblemKind.BINARY);

  private static final String SAMPLES = "/samples/";

  private final PrintWriter err;
  int files;
  int failed;
  int estimates;

  Articles(PrintWriter err) {
    this.err = err;
  }

  /** Returns the reports of the inputs, or of the bundled samples when there are none. */
  Stream<Report> reports(List<Path> inputs, ArticleParser parser) {
    if (inputs.isEmpty()) {
      List<Report> samples = samples(parser);
      files = samples.size();
      return samples.stream().peek(this::count);
    }
    ArticleFiles in = ArticleFiles.expand(inputs);
    for (Problem p : in.problems()) {
      report(p);
      if (FAILURES.contains(p.kind())) {
        failed++;
      }
    }
    files = in.files().size();
    boolean progress = System.console() != null && files >= 200;
    int[] done = {0};
    return parser.parseAll(in).peek(r -> {
      count(r);
      if (progress && ++done[0] % 100 == 0) {
        err.print("\rmuster: " + done[0] + "/" + files + " files");
        err.flush();
        if (done[0] == files) {
          err.println();
        }
      }
    });
  }

  private void count(Report r) {
    estimates += r.estimates().size();
    boolean bad = false;
    for (Problem p : r.problems()) {
      if (p.kind() != ProblemKind.SKIPPED_TEXT) {
        report(p);
      }
      bad |= FAILURES.contains(p.kind());
    }
    if (bad) {
      failed++;
    }
  }

  private void report(Problem p) {
    err.println("muster: " + (FAILURES.contains(p.kind()) ? "error: " : "warning: ") + p);
    err.flush();
  }

  /** Prints the summary line and returns the exit status: 0, or 1 when a file failed. */
  int finish() {
    err.println("muster: " + files + " files, " + estimates + " estimates"
        + (failed > 0 ? ", " + failed + " failed" : ""));
    err.flush();
    return failed > 0 ? 1 : 0;
  }

  /** Parses the sample articles bundled in this jar. */
  static List<Report> samples(ArticleParser parser) {
    List<Report> out = new ArrayList<>();
    for (String name : sampleNames()) {
      out.add(parser.parse(name, resource(SAMPLES + "docs/" + name)));
    }
    return out;
  }

  static List<String> sampleNames() {
    List<String> names = new ArrayList<>();
    for (String line : resource(SAMPLES + "index.txt").split("\n")) {
      if (!line.isBlank()) {
        names.add(line.trim());
      }
    }
    return names;
  }

  static String resource(String name) {
    try (InputStream in = Articles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing from the jar: " + name);
      }
      StringBuilder s = new StringBuilder();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        char[] buf = new char[8192];
        int n;
        while ((n = r.read(buf)) > 0) {
          s.append(buf, 0, n);
        }
      }
      String text = s.toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + " from the jar", e);
    }
  }
}
