package dev.muster.parse;

import dev.muster.Report;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads article text into {@link Report}s: every figure about the war's manpower the text
 * states, with its bounds, measure, cohort, period, attribution, likelihood and evidence.
 *
 * <p>Immutable and thread-safe: build one and reuse it from any thread; every call makes its
 * own state.
 *
 * <pre>{@code
 * ArticleParser parser = ArticleParser.defaults();
 * Report report = parser.parse(Path.of("articles/nepal.txt"));
 * report.estimates().forEach(System.out::println);
 * }</pre>
 */
public final class ArticleParser {

  private static final java.util.regex.Pattern DATE_LINE =
      java.util.regex.Pattern.compile("[ \\t]*date[ \\t]+(\\d{4}-\\d{2}(?:-\\d{2})?)(?:[ \\t]+|\\R|$)");
  private static final dev.muster.parse.internal.Extractor EXTRACTOR = new dev.muster.parse.internal.Extractor();
  private static final ArticleParser DEFAULTS = builder().build();

  private final long maxFileBytes;
  private final Optional<LocalDate> fallbackDate;

  private ArticleParser(Builder b) {
    this.maxFileBytes = b.maxFileBytes;
    this.fallbackDate = b.fallbackDate;
  }

  /** Returns the parser with default settings. */
  public static ArticleParser defaults() {
    return DEFAULTS;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the largest file {@link #parse(Path)} reads, in bytes. */
  public long maxFileBytes() {
    return maxFileBytes;
  }

  /**
   * Parses a file. Never throws for bad content: a file that cannot be read, is too large or is
   * binary gives a report with no estimates and a {@link dev.muster.Problem} saying why.
   *
   * @param file not null
   */
  public Report parse(Path file) {
    Objects.requireNonNull(file, "file");
    String id = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try {
      String text = java.nio.file.Files.readString(file);
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      return parse(id, text);
    } catch (java.io.IOException e) {
      return Report.builder().id(id).addProblems(dev.muster.Problem.of(id, dev.muster.ProblemKind.UNREADABLE,
          "cannot read " + file + ": " + e.getMessage())).build();
    }
  }

  /**
   * Parses text already in memory.
   *
   * @param documentId not null; the id the estimates carry
   * @param text not null; the whole document, including an optional first date line
   */
  public Report parse(String documentId, String text) {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(text, "text");
    java.util.regex.Matcher m = DATE_LINE.matcher(text);
    Optional<LocalDate> published = Optional.empty();
    int bodyStart = 0;
    if (m.lookingAt()) {
      try {
        String d = m.group(1);
        published = Optional.of(d.length() == 7
            ? java.time.YearMonth.parse(d).atEndOfMonth() : LocalDate.parse(d));
        bodyStart = m.end();
      } catch (java.time.DateTimeException e) {
        // left for the reader's problem reporting
      }
    }
    Optional<LocalDate> reference = published.or(() -> fallbackDate);
    return Report.builder()
        .id(documentId)
        .published(published)
        .addAllEstimates(EXTRACTOR.extract(documentId, text, bodyStart, reference, java.util.List.of()))
        .build();
  }

  /**
   * Parses many files in parallel and returns their reports in the order of {@code files}.
   *
   * @param files not null
   */
  public Stream<Report> parseAll(List<Path> files) {
    Objects.requireNonNull(files, "files");
    return files.parallelStream().map(this::parse);
  }

  /** A builder of {@link ArticleParser}; each option may be set once. */
  public static final class Builder {
    private long maxFileBytes = 64L * 1024 * 1024;
    private boolean maxSet;
    private Optional<LocalDate> fallbackDate = Optional.empty();

    private Builder() {}

    /**
     * Sets the largest file to read, in bytes (default 64 MiB).
     *
     * @throws IllegalArgumentException if not positive
     * @throws IllegalStateException if already set
     */
    public Builder maxFileBytes(long bytes) {
      if (maxSet) {
        throw new IllegalStateException("maxFileBytes was already set to " + maxFileBytes);
      }
      if (bytes <= 0) {
        throw new IllegalArgumentException("maxFileBytes must be positive, got " + bytes);
      }
      this.maxFileBytes = bytes;
      this.maxSet = true;
      return this;
    }

    /**
     * Sets the date relative times are resolved against when a document has no date line
     * (default: none, so relative times give no period).
     *
     * @throws IllegalStateException if already set
     */
    public Builder fallbackDate(LocalDate date) {
      Objects.requireNonNull(date, "date");
      if (fallbackDate.isPresent()) {
        throw new IllegalStateException("fallbackDate was already set to " + fallbackDate.get());
      }
      this.fallbackDate = Optional.of(date);
      return this;
    }

    /** Returns the parser. */
    public ArticleParser build() {
      return new ArticleParser(this);
    }
  }
}
