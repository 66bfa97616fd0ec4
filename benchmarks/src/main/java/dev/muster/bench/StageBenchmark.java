package dev.muster.bench;

import dev.muster.Report;
import dev.muster.parse.ArticleParser;
import dev.muster.parse.language.English;
import dev.muster.parse.read.DocumentReader;
import dev.muster.parse.read.SourceDocument;
import dev.muster.parse.segment.Segmenter;
import dev.muster.parse.segment.Sentence;
import java.io.IOException;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The stages of extraction one by one, each including those before it, over the corpus of
 * {@link dev.muster.bench.ExtractionBenchmark} on one thread: what the extractor's time budget
 * is spent on before any rule runs.
 *
 * <ul>
 *   <li>{@code floor}: read, decode, count digits (as in
 *       {@link dev.muster.bench.ExtractionBenchmark});
 *   <li>{@code reader}: read and analyse the document: lines, date line, title, page furniture,
 *       language ({@link DocumentReader#read(Path)});
 *   <li>{@code sentences}: and split its paragraphs into sentences and these into tokens
 *       ({@link Segmenter#split(SourceDocument)});
 *   <li>{@code extract}: the whole of {@link ArticleParser#parse(Path)}.
 * </ul>
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.muster.bench.BenchmarkSummary StageBenchmark
 * }</pre>
 */
public class StageBenchmark extends CorpusBenchmark {

  private final ArticleParser parser = ArticleParser.defaults();
  /** A reader as the parser's own: the same file-size limit. */
  private final DocumentReader reader = DocumentReader.withLimit(parser.maxFileBytes());
  private final English english = English.load();
  private final Segmenter segmenter = new Segmenter(english.lexicon(), english.sentenceLocale());

  /** Reads one document, decodes it and counts its digits. */
  @Benchmark
  public int floor(Cursor cursor, Progress progress) throws IOException {
    return floorOf(next(cursor, progress));
  }

  /** Reads and analyses one document. */
  @Benchmark
  public SourceDocument reader(Cursor cursor, Progress progress) {
    return reader.read(next(cursor, progress));
  }

  /** Reads and analyses one document, and splits it into sentences and tokens. */
  @Benchmark
  public int sentences(Cursor cursor, Progress progress) {
    SourceDocument doc = reader.read(next(cursor, progress));
    if (!doc.isExtractable()) {
      return 0;
    }
    int tokens = 0;
    for (Sentence u : segmenter.split(doc).sentences()) {
      tokens += u.tokens().size();
    }
    return tokens;
  }

  /** Extracts one document. */
  @Benchmark
  public Report extract(Cursor cursor, Progress progress) {
    return parser.parse(next(cursor, progress));
  }
}
