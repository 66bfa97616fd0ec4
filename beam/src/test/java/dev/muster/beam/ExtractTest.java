package dev.muster.beam;

import static dev.muster.beam.SampleArticles.RECRUITS;
import static dev.muster.beam.SampleArticles.KILLED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.muster.Problem;
import dev.muster.ProblemKind;
import dev.muster.Report;
import dev.muster.parse.ArticleParser;
import dev.muster.reconcile.Reconciler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractTest {

  @Test
  void theSamplesGiveTheReportsLinesAndReconciliationOfOneMachine() throws IOException {
    List<Report> expected = SampleArticles.reports();
    List<String> lines = Files.readAllLines(
        Path.of(SampleArticles.dir().getParent().resolve("samples-expected.jsonl").toString()),
        StandardCharsets.UTF_8);
    assertEquals(lines.size(), expected.stream().mapToInt(r -> r.estimates().size()).sum());

    TestPipeline p = SampleArticles.pipeline();
    WithFailures.Result<PCollection<Report>, Problem> parsed = p
        .apply(FileIO.match().filepattern(SampleArticles.dir() + "/*.txt"))
        .apply(FileIO.readMatches())
        .apply(MusterTransforms.extract());
    PAssert.that(parsed.output()).containsInAnyOrder(expected);
    PAssert.that(parsed.failures()).empty();
    PAssert.that(parsed.output().apply(MusterTransforms.exportLines())).containsInAnyOrder(lines);
    PAssert.thatSingleton(parsed.output().apply(MusterTransforms.reconcile()))
        .isEqualTo(Reconciler.defaults().reconcile(expected));
    PipelineResult result = p.run();
    result.waitUntilFinish();
    assertEquals(Map.of("estimates", (long) lines.size(), "files", (long) expected.size()), counters(result));
  }

  @Test
  void aBadFileIsReportedOnTheFailuresAndTheOtherFilesAreRead(@TempDir Path dir)
      throws IOException {
    ArticleParser small = ArticleParser.builder().maxFileBytes(2048).build();
    Path good = Files.writeString(dir.resolve("recruits.txt"), RECRUITS);
    Files.write(dir.resolve("killed.txt.gz"), gzip(KILLED.getBytes(StandardCharsets.UTF_8)));
    byte[] latin1 = (RECRUITS + "Le ministère l'a confirmé.\n").getBytes(StandardCharsets.ISO_8859_1);
    Files.write(dir.resolve("latin1.txt"), latin1);
    Files.write(dir.resolve("chart.png"),
        new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13});
    Files.writeString(dir.resolve("nul.txt"), "Russia signed up\u0000 30,000 soldiers.");
    Files.writeString(dir.resolve("big.txt"), RECRUITS + "The ministry repeated it. ".repeat(100));
    byte[] whole = gzip((KILLED + "More text follows here. ".repeat(200)).getBytes(StandardCharsets.UTF_8));
    Files.write(dir.resolve("cut.txt.gz"), Arrays.copyOf(whole, whole.length / 2));
    Files.write(dir.resolve("many.zip"), zip(RECRUITS, KILLED));

    String where = "file '" + dir.resolve("cut.txt.gz") + "' cannot be read: ";
    String many = "file '" + dir.resolve("many.zip");
    TestPipeline p = SampleArticles.pipeline();
    WithFailures.Result<PCollection<Report>, Problem> parsed = p
        .apply(FileIO.match().filepattern(dir + "/*"))
        .apply(FileIO.readMatches())
        .apply(MusterTransforms.extract()
            .withParser(() -> ArticleParser.builder().maxFileBytes(2048).build()));
    PAssert.that(parsed.output()).containsInAnyOrder(
        small.parse(good),
        small.parse("killed.txt.gz", KILLED),
        small.parse("latin1.txt", latin1));
    PAssert.that(parsed.failures()).satisfies(failures -> {
      Map<String, Problem> byId = StreamSupport.stream(failures.spliterator(), false)
          .collect(Collectors.toMap(Problem::documentId, q -> q, (a, b) -> a, TreeMap::new));
      assertEquals(List.of("big.txt", "chart.png", "cut.txt.gz", "many.zip", "nul.txt"),
          List.copyOf(byId.keySet()));
      assertEquals(ProblemKind.TOO_LARGE, byId.get("big.txt").kind());
      assertEquals("document 'big.txt' is too large: more than 2048 bytes; expected at most 2048"
          + " bytes (raise the size limit to read it)", byId.get("big.txt").message());
      assertEquals(ProblemKind.BINARY, byId.get("chart.png").kind());
      assertEquals(ProblemKind.BINARY, byId.get("nul.txt").kind());
      assertEquals("document 'nul.txt' looks binary: it has a NUL character at text offset 16;"
          + " expected text; nothing was extracted", byId.get("nul.txt").message());
      Problem cut = byId.get("cut.txt.gz");
      assertEquals(ProblemKind.UNREADABLE, cut.kind());
      assertTrue(cut.message().startsWith(where), cut.message());
      assertTrue(cut.message().endsWith("; expected a readable file (read as GZIP)"), cut.message());
      assertEquals(ProblemKind.BINARY, byId.get("many.zip").kind());
      assertEquals(many + "' skipped: it is compressed as ZIP, which is not read; expected a text"
          + " file, or one compressed with gzip, bzip2 or deflate", byId.get("many.zip").message());
      return null;
    });
    PipelineResult result = p.run();
    result.waitUntilFinish();
    assertEquals(Map.of("estimates", 3L, "failed", 5L, "files", 8L), counters(result));
    Report read = small.parse("latin1.txt", latin1);
    assertEquals(List.of(ProblemKind.MALFORMED_ENCODING),
        read.problems().stream().map(Problem::kind).collect(Collectors.toList()));
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(bytes);
    }
    return out.toByteArray();
  }

  /** Returns a ZIP archive of the texts, one entry each. */
  static byte[] zip(String... texts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (int i = 0; i < texts.length; i++) {
        z.putNextEntry(new ZipEntry("article-" + i + ".txt"));
        z.write(texts[i].getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static Map<String, Long> counters(PipelineResult result) {
    Map<String, Long> counts = new TreeMap<>();
    for (MetricResult<Long> c : result.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.inNamespace("muster")).build()).getCounters()) {
      counts.merge(c.getName().getName(), c.getCommitted(), Long::sum);
    }
    return counts;
  }
}
