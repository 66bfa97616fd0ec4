package dev.muster.parse;

import dev.muster.Estimate;
import dev.muster.Evidence;
import dev.muster.Problem;
import dev.muster.ProblemKind;
import dev.muster.Report;
import dev.muster.parse.language.Continental;
import dev.muster.parse.language.English;
import dev.muster.parse.read.DocumentReader;
import dev.muster.parse.read.SourceDocument;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.StreamSupport;
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

  /**
   * The stages of the languages read, English for Latin text of no other language guessed, and
   * Russian, Ukrainian, German and Italian for theirs, each with its lexicon: immutable, loaded once.
   */
  private static final Pipeline PIPELINE = new Pipeline(English.load(),
      List.of(Continental.russian(), Continental.ukrainian(), Continental.german(), Continental.italian()));
  private static final ArticleParser DEFAULTS = builder().build();

  private final long maxFileBytes;
  private final Optional<LocalDate> fallbackDate;
  private final DocumentReader reader;

  private ArticleParser(Builder b) {
    this.maxFileBytes = b.maxFileBytes;
    this.fallbackDate = b.fallbackDate;
    this.reader = DocumentReader.withLimit(b.maxFileBytes);
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
    return safely(reader.read(file), this::run);
  }

  /**
   * Parses a file under the given document id instead of its name: the report's id, its
   * estimates' and evidence's document ids and its problems carry {@code documentId}. Never
   * throws for bad content, like {@link #parse(Path)}.
   *
   * @param file not null
   * @param documentId not null; e.g. the path below the folder the file was found under, as
   *     {@link ArticleFiles#documentId(Path)} gives it
   */
  public Report parseAs(Path file, String documentId) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(documentId, "documentId");
    return withId(parse(file), documentId);
  }

  /**
   * Runs the pipeline on a document read; a failure of the rules on its text becomes a report
   * without estimates and with a {@link ProblemKind#RULES_FAILED} problem, so one document never
   * stops the others.
   */
  static Report safely(SourceDocument doc, Function<SourceDocument, Report> pipeline) {
    try {
      return pipeline.apply(doc);
    } catch (RuntimeException e) {
      return Report.builder().id(doc.id()).title(doc.title()).language(doc.language()).published(doc.published())
          .addAllProblems(doc.problems())
          .addProblems(Problem.of(doc.id(), ProblemKind.RULES_FAILED,
              "the rules failed on this text, no figures taken: " + e))
          .build();
    }
  }

  private Report run(SourceDocument doc) {
    return PIPELINE.parse(doc, fallbackDate);
  }

  /** Returns the report with every document id in it replaced by {@code id}. */
  private static Report withId(Report r, String id) {
    if (r.id().equals(id)) {
      return r;
    }
    List<Estimate> estimates = new ArrayList<>(r.estimates().size());
    for (Estimate e : r.estimates()) {
      estimates.add(Estimate.builder().from(e).documentId(id)
          .evidence(Evidence.builder().from(e.evidence()).documentId(id).build()).build());
    }
    List<Problem> problems = new ArrayList<>(r.problems().size());
    for (Problem p : r.problems()) {
      problems.add(Problem.builder().from(p).documentId(id).build());
    }
    return Report.builder().from(r).id(id).estimates(estimates).problems(problems).build();
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
    return safely(DocumentReader.of(documentId, text), this::run);
  }

  /**
   * Parses a document held as bytes, such as a file read from object storage, exactly as
   * {@link #parse(Path)} parses a file with the same content: the same decoding (UTF-8, or UTF-16
   * by its byte order mark), size limit and binary check. Never throws for bad content: content
   * over {@link #maxFileBytes()} or binary gives a report with no estimates and a
   * {@link dev.muster.Problem} saying why.
   *
   * @param documentId not null; the id the estimates carry
   * @param content not null; the whole document, including an optional first date line
   */
  public Report parse(String documentId, byte[] content) {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(content, "content");
    return safely(reader.read(documentId, content), this::run);
  }

  /**
   * Parses many files on all cores and returns their reports in the order of {@code files},
   * lazily: only a bounded window of reports is held at once, so a stream over a whole archive
   * runs in little memory (at most 16 documents per core are in flight, and only the running ones
   * hold their text). The work runs on one shared daemon thread per core; closing the
   * stream early cancels the files not yet started.
   *
   * @param files not null
   */
  public Stream<Report> parseAll(List<Path> files) {
    Objects.requireNonNull(files, "files");
    return parseAll(List.copyOf(files), this::parse);
  }

  /**
   * Parses the files listed, like {@link #parseAll(List)}, each under its
   * {@linkplain ArticleFiles#documentId(Path) document id}: its path below the folder it was
   * found under, so that {@code a/article.txt} and {@code b/article.txt} stay two documents.
   *
   * @param files not null
   */
  public Stream<Report> parseAll(ArticleFiles files) {
    Objects.requireNonNull(files, "files");
    return parseAll(files.files(), p -> parseAs(p, files.documentId(p)));
  }

  private Stream<Report> parseAll(List<Path> copy, Function<Path, Report> parseOne) {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    if (copy.size() <= 1 || threads == 1) {
      return copy.stream().map(parseOne);
    }
    ExecutorService pool = Workers.POOL;
    int window = threads * 16;
    class Window implements Iterator<Report> {
      private final Deque<Future<Report>> pending = new ArrayDeque<>();
      private int next;

      private void fill() {
        while (pending.size() < window && next < copy.size()) {
          Path p = copy.get(next++);
          pending.add(pool.submit(() -> parseOne.apply(p)));
        }
      }

      void cancel() {
        for (Future<Report> f; (f = pending.poll()) != null; ) {
          f.cancel(false);
        }
        next = copy.size();
      }

      @Override
      public boolean hasNext() {
        fill();
        return !pending.isEmpty();
      }

      @Override
      public Report next() {
        fill();
        Future<Report> f = pending.poll();
        if (f == null) {
          throw new NoSuchElementException();
        }
        try {
          return f.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          cancel();
          throw new IllegalStateException("interrupted while parsing", e);
        } catch (ExecutionException e) {
          cancel();
          throw new IllegalStateException("parsing failed: " + e.getCause(), e.getCause());
        }
      }
    }
    Window it = new Window();
    return StreamSupport.stream(Spliterators.spliterator(it, copy.size(),
        Spliterator.ORDERED | Spliterator.SIZED | Spliterator.NONNULL), false)
        .onClose(it::cancel);
  }

  /**
   * The threads of {@link #parseAll}: one per core, daemons, made once and shared by every
   * parser and stream, so that each thread keeps its per-thread state (the sentence iterator)
   * from one call to the next.
   */
  private static final class Workers {
    static final ExecutorService POOL = Executors.newFixedThreadPool(
        Math.max(1, Runtime.getRuntime().availableProcessors()), new java.util.concurrent.ThreadFactory() {
          private final java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();

          @Override
          public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "muster-parse-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
          }
        });
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
