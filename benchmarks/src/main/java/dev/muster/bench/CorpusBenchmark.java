package dev.muster.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the benchmarks over a generated corpus share: the corpus (generated once under
 * {@code corpusRoot} and reused by later runs), the settings of the runs, a cursor that goes
 * round the corpus and the counters of bytes and documents done. The auxiliary counters
 * {@code bytes} and {@code docs} are reported per second: bytes/s ÷ 10^6 is MB/s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
// 10 x 5 s: with every core busy in {@code parallel}, the JIT compiler's threads get less time,
// and after 5 x 5 s its throughput was still climbing by 10-50 % an iteration in some runs
@Warmup(iterations = 10, time = 5)
@Measurement(iterations = 3, time = 10)
@State(Scope.Benchmark)
public abstract class CorpusBenchmark {

  /** Corpus size in MB (10^6 bytes). */
  @Param("100")
  public int corpusMb;

  /** Seed of the corpus generator. */
  @Param("42")
  public long seed;

  /** The corpus is generated in {@code <corpusRoot>-<corpusMb>mb-<seed>}. */
  @Param("/tmp/muster-corpus")
  public String corpusRoot;

  /** The corpus, from {@link #setUpCorpus()}. */
  protected Corpus corpus;

  /** Generates or reuses the corpus. */
  @Setup(Level.Trial)
  public void setUpCorpus() throws IOException {
    Path folder = Path.of(corpusRoot + "-" + corpusMb + "mb-" + seed);
    corpus = CorpusGenerator.fromClassPath().ensure(folder, corpusMb * 1_000_000L, seed);
    System.out.printf("%ncorpus %s: %d documents, %d bytes%n", folder, corpus.documents(), corpus.bytes());
  }

  /** The next document of this thread, counted as done. */
  protected Path next(Cursor cursor, Progress progress) {
    int i = cursor.take(1, corpus.documents());
    progress.bytes += corpus.size(i);
    progress.docs++;
    return corpus.files().get(i);
  }

  /** The floor's work on one file: read it, decode it from UTF-8 and count its digits. */
  protected static int floorOf(Path file) throws IOException {
    String text = Files.readString(file);
    int digits = 0;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c >= '0' && c <= '9') {
        digits++;
      }
    }
    return digits;
  }

  /** The next document each thread reads, going round the corpus. */
  @State(Scope.Thread)
  public static class Cursor {
    private int next;

    /** The first of the next {@code count} documents of a corpus of {@code size}. */
    int take(int count, int size) {
      int first = next;
      next = (next + count) % size;
      return first;
    }
  }

  /** Bytes and documents done, reported per second. */
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  @State(Scope.Thread)
  public static class Progress {
    /** Bytes of text read. */
    public long bytes;
    /** Documents read. */
    public long docs;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
      docs = 0;
    }
  }
}
