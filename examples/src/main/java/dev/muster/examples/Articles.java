package dev.muster.examples;

import dev.muster.Problem;
import dev.muster.ProblemKind;
import dev.muster.Report;
import dev.muster.parse.ArticleFiles;
import dev.muster.parse.ArticleParser;
import java.io.Flushable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The articles a command reads, the files and folders given or the bundled sample articles when
 * none are, and the tally of what was read. Each input that could not be read becomes a report
 * holding only its problem, so that every input counts once. Problems go to standard error, one
 * line each; {@link #finish(String)} prints the summary line and returns the exit status.
 *
 * <p>Not thread-safe: one command's reading.
 */
final class Articles {

  /** Problems that mean a file was not read at all. */
  static final Set<ProblemKind> FAILURES = EnumSet.of(ProblemKind.UNREADABLE, ProblemKind.TOO_LARGE,
      ProblemKind.BINARY, ProblemKind.RULES_FAILED);

  private static final String SAMPLES = "/samples/";

  /** What is done with each report, in input order; {@link #flush()} pushes it to the screen. */
  interface ReportSink extends Flushable {
    void accept(Report report) throws IOException;

    @Override
    default void flush() throws IOException {}
  }

  private final Progress progress;
  private final long maxFileMb;
  private int files;
  private int failed;
  private int estimates;

  /**
   * @param progress where problems and progress go, not null
   * @param maxFileMb the size limit, named in the advice on files too large
   */
  Articles(Progress progress, long maxFileMb) {
    this.progress = Objects.requireNonNull(progress, "progress");
    this.maxFileMb = maxFileMb;
  }

  /**
   * Reads the inputs (or the bundled samples when there are none) and gives each report to
   * {@code sink} in input order: first a report for each input that could not be listed, then the
   * files, parsed on all cores.
   */
  void read(List<Path> inputs, ArticleParser parser, ReportSink sink) throws IOException {
    if (inputs.isEmpty()) {
      List<String> names = sampleNames();
      progress.total(names.size());
      for (String name : names) {
        accept(parser.parse(name, resource(SAMPLES + "docs/" + name)), sink);
      }
      return;
    }
    ArticleFiles in = ArticleFiles.expand(inputs);
    progress.total(in.problems().size() + in.files().size());
    for (Problem p : in.problems()) {
      accept(Report.builder().id(p.documentId()).addProblems(p).build(), sink);
    }
    try (Stream<Report> reports = parser.parseAll(in)) {
      for (Iterator<Report> it = reports.iterator(); it.hasNext(); ) {
        accept(it.next(), sink);
      }
    }
  }

  private void accept(Report r, ReportSink sink) throws IOException {
    count(r);
    progress.beforeOutput();
    sink.accept(r);
    progress.afterOutput(sink);
    progress.fileDone();
  }

  /** Counts a report and prints its problems (all but text passed over). */
  void count(Report r) {
    files++;
    estimates += r.estimates().size();
    boolean bad = false;
    for (Problem p : r.problems()) {
      boolean failure = FAILURES.contains(p.kind());
      if (p.kind() != ProblemKind.SKIPPED_TEXT) {
        progress.println("muster: " + (failure ? "error: " : "warning: ") + p
            + (p.kind() == ProblemKind.TOO_LARGE ? "; to read it, raise --max-file-mb (now "
                + maxFileMb + ")" : ""));
      }
      bad |= failure;
    }
    if (bad) {
      failed++;
    }
  }

  /** Returns why a report's file could not be read, when it could not. */
  static Optional<ProblemKind> failure(Report r) {
    return r.problems().stream().map(Problem::kind).filter(FAILURES::contains).findFirst();
  }

  /**
   * Clears the progress line, prints the summary line ({@code muster: 10 files, 79 estimates},
   * then {@code extra} when not empty, then the failures) and returns the exit status: 0, or
   * {@link MusterCommand#INPUT_FAILED} when a file could not be read.
   */
  int finish(String extra) {
    progress.clear();
    progress.println("muster: " + count(files, "file") + ", " + count(estimates, "estimate")
        + (extra.isEmpty() ? "" : ", " + extra) + (failed > 0 ? ", " + failed + " failed" : ""));
    return failed > 0 ? MusterCommand.INPUT_FAILED : MusterCommand.OK;
  }

  /** Returns {@code 1 file}, {@code 2 files}. */
  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** Returns the names of the bundled sample articles, in order. */
  static List<String> sampleNames() {
    List<String> names = new ArrayList<>();
    for (String line : resource(SAMPLES + "index.txt").split("\n")) {
      if (!line.isBlank()) {
        names.add(line.trim());
      }
    }
    return names;
  }

  /** Returns a text resource of this jar, without a byte order mark. */
  static String resource(String name) {
    try (InputStream in = Articles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing from the jar: " + name);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + " from the jar", e);
    }
  }
}
