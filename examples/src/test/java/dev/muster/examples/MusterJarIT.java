package dev.muster.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged {@code muster.jar} as a user would. The expected output of the bundled
 * samples is checked in: after a deliberate change to the parser, regenerate it with
 * {@code java -jar examples/target/muster.jar extract --format jsonl > examples/src/test/resources/samples-expected.jsonl}.
 */
class MusterJarIT {

  private static final Path JAR = Path.of(System.getProperty("muster.jar", "target/muster.jar"));

  record Run(int status, String out, String err) {}

  static Run run(String... args) throws IOException, InterruptedException {
    return runWith(List.of(), args);
  }

  /** Runs the jar with these JVM options before {@code -jar}. */
  static Run runWith(List<String> jvm, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvm);
    cmd.addAll(List.of("-jar", JAR.toString()));
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile("muster-out", ".txt");
    Path err = Files.createTempFile("muster-err", ".txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the jar did not finish in 120 s");
    Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return r;
  }

  @Test
  void extractOfTheBundledSamplesIsTheCheckedInOutput() throws Exception {
    Run r = run("extract", "--format", "jsonl");
    assertEquals(0, r.status(), r.err());
    String expected = Files.readString(Path.of(System.getProperty("muster.expected")), StandardCharsets.UTF_8);
    assertEquals(expected, r.out());
    assertTrue(r.err().contains("muster: 30 files, "), r.err());
  }

  @Test
  void tableIsTheDefaultFormat() throws Exception {
    Run r = run("extract");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("== 01-uk-mod-foreign-recruits.txt  (2024-07-02)\n"), r.out());
    assertTrue(r.out().contains("RECRUITED"), r.out());
  }

  @Test
  void csvHasAHeaderAndOneRowPerFigure() throws Exception {
    Run json = run("extract", "--format", "jsonl");
    Run csv = run("extract", "--format", "csv");
    assertEquals(0, csv.status(), csv.err());
    String[] lines = csv.out().split("\n");
    assertEquals("document,measure,low,high,qualifier,unit,per,origin,periodStart,periodEnd,sources,"
        + "likelihood,mention,evidenceStart,evidenceEnd,evidenceText", lines[0]);
    long records = json.out().lines().filter(l -> !l.isBlank()).count();
    assertTrue(records > 50, "records: " + records);
    com.fasterxml.jackson.dataformat.csv.CsvMapper mapper = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
    List<Object> rows = mapper.readerFor(java.util.Map.class)
        .with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader())
        .readValues(csv.out()).readAll();
    assertEquals(records, rows.size());
  }

  @Test
  void badFilesGiveOneLineEachAndAFailureStatusButTheRestIsRead(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("good.txt"), " date 2024-05-01 Russia recruited more than 30,000 "
        + "contract soldiers in April, officials said.", StandardCharsets.UTF_8);
    Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
    Files.writeString(dir.resolve("empty.txt"), "");
    Run r = run("extract", "--format", "jsonl", dir.toString(), dir.resolve("missing.txt").toString());
    assertEquals(1, r.status(), r.err());
    assertTrue(r.out().contains("\"document\":\"good.txt\""), r.out());
    assertTrue(r.out().contains("\"low\":30000"), r.out());
    assertTrue(r.err().contains("image.txt"), r.err());
    assertTrue(r.err().contains("missing.txt"), r.err());
    assertTrue(r.err().contains("muster: 3 files, 1 estimates, 2 failed"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void aFileOverTheSizeLimitIsReportedAndSkipped(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("big.txt"), "Russia recruited 30,000 soldiers. ".repeat(40_000));
    Run r = run("extract", "--format", "jsonl", "--max-file-mb", "1", dir.toString());
    assertEquals(1, r.status(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().contains("big.txt"), r.err());
    assertTrue(r.err().contains("TOO_LARGE"), r.err());
    assertTrue(r.err().contains("muster: 1 files, 0 estimates, 1 failed"), r.err());
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithoutAStackTrace() throws Exception {
    Run r = run("extract", "--format", "xml");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("xml"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void reconcileOfTheBundledSamplesShowsEchoesAndDrift() throws Exception {
    Run r = run("reconcile");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("4 documents, 1 independent, 3 echoes"), r.out());
    assertTrue(r.out().contains("differs: QUALIFIER"), r.out());
    assertTrue(r.out().contains("Parts checks:"), r.out());
  }

  /** 7 copies of the bundled samples (about 295 KB): over {@link QuickJit#C1_ONLY_FROM}. */
  private static Path copiesOfTheSamples(Path dir) throws IOException {
    Path samples = Path.of("src", "main", "resources", "samples", "docs");
    try (java.util.stream.Stream<Path> files = Files.list(samples)) {
      List<Path> texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      for (int c = 0; c < 7; c++) {
        for (Path t : texts) {
          Files.copy(t, dir.resolve(c + "-" + t.getFileName()));
        }
      }
    }
    return dir;
  }

  @Test
  void aMidSizedInputRunsWithoutC2AndTheSameOutput(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    copiesOfTheSamples(in);
    Path quick = dir.resolve("quick.jsonl");
    Path full = dir.resolve("full.jsonl");
    // -XX:+PrintCompilation reports each method the directive keeps from C2
    Run r = runWith(List.of("-XX:+PrintCompilation"), "extract", in.toString(), "--format", "jsonl", "--out", quick.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("excluded by CompileCommand"), "no method was kept from C2");
    Run off = runWith(List.of("-XX:+PrintCompilation", "-Dmuster.quickJit=false"),
        "extract", in.toString(), "--format", "jsonl", "--out", full.toString());
    assertEquals(0, off.status(), off.err());
    assertFalse(off.out().contains("excluded by CompileCommand"), "muster.quickJit=false must leave C2 on");
    assertEquals(Files.readString(full), Files.readString(quick));
    assertTrue(r.err().contains("muster: 210 files, "), r.err());
  }

  @Test
  void aSmallInputLeavesTheJitAlone(@TempDir Path dir) throws Exception {
    Run r = runWith(List.of("-XX:+PrintCompilation"), "extract", "src/main/resources/samples/docs",
        "--format", "jsonl", "--out", dir.resolve("out.jsonl").toString());
    assertEquals(0, r.status(), r.err());
    assertFalse(r.out().contains("excluded by CompileCommand"), "42 KB is under QuickJit.C1_ONLY_FROM");
  }
}
