package dev.muster.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.muster.Report;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parsing is deterministic and thread-safe: one shared {@link ArticleParser} gives equal reports
 * for the same documents parsed sequentially, on a parallel stream, and on a 4-thread executor
 * in a shuffled order with every document parsed three times at once.
 *
 * <p>Generated cases per run: 8 seeds, each a set of 70 documents (the 40 bundled samples, 15
 * mutations of them and 15 number soups), so 8 &times; 70 &times; 6 = 3,360 parses, about 3 s.
 * Every failure names its seed and document.
 */
class ParallelParsingPropertyTest {

  private static final ArticleParser PARSER = ArticleParser.defaults();

  static LongStream seeds() {
    return LongStream.range(0, 8).map(i -> 0x7a7a_0000L + i * 31);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void sequentialParallelAndConcurrentParsesAreEqual(long seed) throws Exception {
    List<String> docs = documents(seed);
    List<Report> sequential = parseSequentially(docs);
    assertEquals(sequential, parseSequentially(docs), "seed " + seed + ": a second sequential run");
    List<Report> stream = IntStream.range(0, docs.size()).parallel()
        .mapToObj(k -> PARSER.parse("doc-" + k, docs.get(k))).collect(Collectors.toList());
    assertEquals(sequential, stream, "seed " + seed + ": parallel stream");

    List<Integer> order = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      IntStream.range(0, docs.size()).forEach(order::add);
    }
    Collections.shuffle(order, new Random(seed));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Report>> futures = new ArrayList<>();
      for (int k : order) {
        futures.add(pool.submit(() -> PARSER.parse("doc-" + k, docs.get(k))));
      }
      for (int n = 0; n < order.size(); n++) {
        int k = order.get(n);
        assertEquals(sequential.get(k), get(futures.get(n)), "seed " + seed + ": executor, document " + k);
      }
    } finally {
      pool.shutdownNow();
    }
    assertTrue(sequential.stream().mapToInt(r -> r.estimates().size()).sum() >= 50,
        "seed " + seed + ": the documents must hold figures to compare");
  }

  private static List<Report> parseSequentially(List<String> docs) {
    List<Report> out = new ArrayList<>();
    for (int k = 0; k < docs.size(); k++) {
      out.add(PARSER.parse("doc-" + k, docs.get(k)));
    }
    return out;
  }

  private static List<String> documents(long seed) {
    TextGenerator g = new TextGenerator(seed);
    List<String> samples = Samples.texts();
    List<String> docs = new ArrayList<>(samples);
    for (int k = 0; k < 15; k++) {
      docs.add(g.mutate(samples.get(g.random().nextInt(samples.size())), 10));
    }
    for (int k = 0; k < 15; k++) {
      docs.add(g.numberSoup(200));
    }
    return docs;
  }

  private static Report get(Future<Report> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      throw new AssertionError("a concurrent parse threw", e.getCause());
    }
  }
}
