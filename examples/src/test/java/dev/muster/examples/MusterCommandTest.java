package dev.muster.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line run in this JVM, on its own standard output and error. */
class MusterCommandTest {

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = MusterCommand.execute(new Console(out, new PrintWriter(err), false, false), args);
    return new Run(status, out.toString(), err.toString());
  }

  static String expectedSamples() throws IOException {
    return Files.readString(Path.of(System.getProperty("muster.expected",
        "src/test/resources/samples-expected.jsonl")), StandardCharsets.UTF_8);
  }

  /** The summary line of the bundled samples: their number and the snapshot's records. */
  static String samplesSummary() throws IOException {
    return "muster: " + Articles.sampleNames().size() + " files, "
        + expectedSamples().lines().count() + " estimates";
  }

  private static void assertNoStackTrace(Run r) {
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void extractOfTheBundledSamplesIsTheCheckedInOutput() throws IOException {
    Run r = run("extract", "--format", "jsonl");
    assertEquals(0, r.status(), r.err());
    assertEquals(expectedSamples(), r.out());
    assertEquals(samplesSummary() + "\n", r.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"JSONL", "Jsonl", " jsonl"})
  void formatsAreReadInAnyCase(String format) throws IOException {
    Run r = run("extract", "--format", format);
    assertEquals(0, r.status(), r.err());
    assertEquals(expectedSamples(), r.out());
  }

  @Test
  void anUnknownFormatIsAUsageErrorNamingTheChoices() {
    Run r = run("extract", "--format", "xml");
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("Invalid value for option '--format': expected one of "
        + "table, jsonl, csv but was 'xml'\n"), r.err());
    assertEquals("", r.out());
    assertNoStackTrace(r);
  }

  @ParameterizedTest
  @ValueSource(strings = {"--version", "extract --version", "reconcile -V"})
  void everyCommandPrintsTheVersion(String args) {
    Run r = run(args.split(" "));
    assertEquals(0, r.status(), r.err());
    assertEquals("muster " + System.getProperty("muster.version"), r.out().lines().findFirst().orElseThrow());
  }

  @Test
  void helpNamesASubcommand() {
    Run r = run("help", "reconcile");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("Usage: muster reconcile [-hV] [--[no-]progress]"), r.out());
  }

  @Test
  void withoutASubcommandTheUsageIsAUsageError() {
    Run r = run();
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("Usage: muster [-hV] [COMMAND]"), r.err());
    assertTrue(r.err().contains("Exit status:"), r.err());
  }

  @Test
  void theTableHasAHeaderAndCutsNothing() {
    Run r = run("extract");
    assertEquals(0, r.status(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals("   MEASURE             QUANTITY          ORIGIN               PERIOD                "
        + "MENTION                  SOURCES (LIKELIHOOD)", lines.get(0));
    assertEquals("== 01-uk-mod-foreign-recruits.txt  (2024-07-02)", lines.get(1));
    assertEquals("   RECRUITED           >=1541            foreign              2023-04/2024-05       "
        + "\"at least 1,541\"         UK Ministry of Defence < Vazhnye Istorii", lines.get(2));
    assertTrue(lines.contains("   CASUALTIES          ~548000           RU                   "
        + "2022-02-24/2024-07-03 \"around 548,000\"         General Staff of the Armed Forces of Ukraine"),
        r.out());
    // a long origin pushes the period to the right; the mention is back in its column
    assertTrue(lines.contains("   RECRUITED           812               south-asia,southeast-asia "
        + "2023-04/2024-05  \"812\"                    UK Ministry of Defence < Vazhnye Istorii"),
        r.out());
    assertFalse(r.out().contains("…"), r.out());
  }

  @Test
  void badFilesGiveOneLineEachAndAFailureStatusButTheRestIsRead(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("good.txt"), " date 2024-05-01 Russia recruited more than 30,000 "
        + "contract soldiers in April, officials said.", StandardCharsets.UTF_8);
    Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
    Files.writeString(dir.resolve("empty.txt"), "");
    Run r = run("extract", "--format", "jsonl", dir.toString(), dir.resolve("missing.txt").toString());
    assertEquals(1, r.status(), r.err());
    assertEquals(1, r.out().lines().count(), r.out());
    assertTrue(r.out().startsWith("{\"document\":\"good.txt\",\"measure\":\"RECRUITED\",\"low\":30000,"), r.out());
    List<String> err = r.err().lines().toList();
    assertEquals(3, err.size(), r.err());
    assertTrue(err.get(0).startsWith("muster: error: " + dir.resolve("missing.txt") + ": UNREADABLE: "), r.err());
    assertTrue(err.get(1).startsWith("muster: error: image.txt: BINARY: "), r.err());
    assertEquals("muster: 4 files, 1 estimate, 2 failed", err.get(2));
    assertNoStackTrace(r);
  }

  @Test
  void aTableShowsTheFilesThatWereNotRead(@TempDir Path dir) {
    Run r = run("extract", dir.resolve("missing.txt").toString());
    assertEquals(1, r.status(), r.err());
    assertEquals(List.of("== " + dir.resolve("missing.txt"), "   (not read: UNREADABLE)"),
        r.out().lines().skip(1).toList());
  }

  @Test
  void aFileOverTheSizeLimitNamesTheOptionThatRaisesIt(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("big.txt"), "Russia recruited 30,000 soldiers. ".repeat(40_000));
    Run r = run("extract", "--format", "jsonl", "--max-file-mb", "1", dir.toString());
    assertEquals(1, r.status(), r.err());
    assertEquals("", r.out());
    assertEquals(List.of("muster: error: big.txt: TOO_LARGE: file '" + dir.resolve("big.txt") + "'"
            + " is too large: 1360000 bytes; expected at most 1048576 bytes (raise the size limit to "
            + "read it); to read it, raise --max-file-mb (now 1)",
        "muster: 1 file, 0 estimates, 1 failed"), r.err().lines().toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-3", "1048577"})
  void aSizeLimitOutOfRangeIsAUsageError(String mb) {
    Run r = run("extract", "--max-file-mb", mb);
    assertEquals(2, r.status());
    assertEquals("muster: error: --max-file-mb must be between 1 and 1048576, got " + mb + "\n", r.err());
  }

  @Test
  void outWritesTheFileAndNothingToStandardOutput(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("samples.jsonl");
    Run r = run("extract", "--format", "jsonl", "--out", file.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals("", r.out());
    assertEquals(expectedSamples(), Files.readString(file));
  }

  @Test
  void outInAFolderThatDoesNotExistSaysSoBeforeReadingAnything(@TempDir Path dir) {
    Path file = dir.resolve("missing").resolve("x.jsonl");
    Run r = run("extract", "--out", file.toString());
    assertEquals(2, r.status());
    assertEquals("muster: error: cannot write --out " + file + ": the folder " + file.getParent()
        + " does not exist\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void outThatIsAFolderOrUnderAFileSaysSo(@TempDir Path dir) throws IOException {
    Run folder = run("reconcile", "--out", dir.toString());
    assertEquals(2, folder.status());
    assertEquals("muster: error: cannot write --out " + dir + ": it is a folder\n", folder.err());
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    Run under = run("extract", "--out", file.resolve("x.csv").toString());
    assertEquals(2, under.status());
    assertEquals("muster: error: cannot write --out " + file.resolve("x.csv") + ": the folder " + file
        + " is not a folder\n", under.err());
  }

  @Test
  void anOutputThatFailsIsOneErrorLine() {
    Writer broken = new Writer() {
      @Override
      public void write(char[] buf, int off, int len) throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    StringWriter err = new StringWriter();
    int status = MusterCommand.execute(new Console(broken, new PrintWriter(err), false, false),
        "extract", "--format", "csv");
    assertEquals(2, status);
    assertEquals("muster: error: cannot write standard output: No space left on device\n", err.toString());
  }

  @Test
  void reconcileReadsEveryTextFileOfAFolderAndFailsWhenOneCannotBeRead(@TempDir Path dir,
      @TempDir Path outDir) throws IOException {
    String article = " date 2024-11-05 North Korea has sent about 11,000 troops to Russia's Kursk "
        + "region, according to Ukrainian intelligence.";
    Files.writeString(dir.resolve("a.md"), article);
    Files.writeString(dir.resolve("b.json"), "{\"text\": \"" + article + "\"}");
    Files.write(dir.resolve("c.txt"), new byte[] {0, 1, 2, 3, 0, 0, 0, 0});
    Path out = outDir.resolve("r.txt");
    Run r = run("reconcile", dir.toString(), "--out", out.toString());
    assertEquals(1, r.status(), r.err());
    assertEquals("", r.out());
    List<String> err = r.err().lines().toList();
    assertTrue(err.get(0).startsWith("muster: error: c.txt: BINARY: "), r.err());
    assertEquals("muster: 3 files, 2 estimates, 1 finding, 1 failed", err.get(1));
    String table = Files.readString(out);
    assertTrue(table.startsWith("Findings: 1 (2 estimates, merge rule NARROWEST_AGREED)\n"), table);
    assertTrue(table.contains("member: a.md \"about 11,000\""), table);
    assertTrue(table.contains("member: b.json \"about 11,000\""), table);
  }

  @Test
  void reconcileOfTheBundledSamplesSummarises() throws IOException {
    Run r = run("reconcile", "--format", "JSON", "--rule", "most_conservative");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("{"), r.out());
    assertTrue(r.out().contains("\"rule\" : \"MOST_CONSERVATIVE\""), r.out());
    assertTrue(r.err().matches(samplesSummary() + ", \\d+ findings\n"), r.err());
  }

  @Test
  void reconcileHelpSaysWhatItReads() {
    Run r = run("reconcile", "--help");
    assertEquals(0, r.status(), r.err());
    assertFalse(r.out().contains(".txt files"), r.out());
    assertTrue(r.out().contains("whose files are all read"), r.out());
    assertTrue(r.out().contains("--out=FILE"), r.out());
    assertTrue(r.out().contains("1   a file could not be read"), r.out());
  }

  @Test
  void noProgressWhenStandardErrorIsNotATerminal(@TempDir Path dir) throws IOException {
    for (int i = 0; i < 3; i++) {
      Files.writeString(dir.resolve(i + ".txt"), "Russia recruited 30,000 soldiers.");
    }
    Run r = run("extract", dir.toString(), "--format", "csv");
    assertEquals("muster: 3 files, 3 estimates\n", r.err());
  }
}
