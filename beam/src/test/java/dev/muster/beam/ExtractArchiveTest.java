package dev.muster.beam;

import static dev.muster.beam.SampleArticles.RECRUITS;
import static dev.muster.beam.SampleArticles.RETOLD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.muster.MusterJson;
import dev.muster.Problem;
import dev.muster.ProblemKind;
import dev.muster.export.ExportRecord;
import dev.muster.reconcile.Member;
import dev.muster.reconcile.Reconciler;
import dev.muster.reconcile.Reconciliation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractArchiveTest {

  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

  @Test
  void theSamplesGiveTheLinesAndTheReconciliationOfTheCommand(@TempDir Path out) throws IOException {
    String prefix = out.resolve("run").toString();
    int status = ExtractArchive.run(err, "--input=" + SampleArticles.dir() + "/*.txt",
        "--output=" + prefix, "--reconcile");
    assertEquals(0, status, err());
    List<String> expected = Files.readAllLines(
        SampleArticles.dir().getParent().resolve("samples-expected.jsonl"), StandardCharsets.UTF_8);
    assertEquals("extract-archive: " + SampleArticles.files().size() + " files, " + expected.size()
        + " estimates; output in " + prefix + "-*\n", err());
    assertEquals(sorted(expected), sorted(lines(out, "run-estimates-*.jsonl")));
    assertEquals(List.of(), lines(out, "run-problems-*.jsonl"));
    Reconciliation r = MusterJson.newMapper().readValue(
        out.resolve("run-reconciliation.json").toFile(), Reconciliation.class);
    assertEquals(Reconciler.defaults().reconcile(SampleArticles.reports()), r);
  }

  @Test
  void aFolderIsReadWholeWithIdsBelowItAndBadFilesAreListed(@TempDir Path dir, @TempDir Path out)
      throws IOException {
    Files.createDirectories(dir.resolve("a"));
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("a/recruits.txt"), RECRUITS);
    Files.writeString(dir.resolve("b/recruits.txt"), RETOLD);
    Files.write(dir.resolve("b/chart.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    String prefix = out.resolve("run").toString();
    int status = ExtractArchive.run(err, "--input=" + dir, "--output=" + prefix, "--reconcile",
        "--shards=1");
    assertEquals(1, status, err());
    assertEquals("extract-archive: 3 files, 2 estimates, 1 failed (see " + prefix
        + "-problems-*.jsonl); output in " + prefix + "-*\n", err());

    ObjectReader json = MusterJson.newMapper().reader();
    List<String> estimates = lines(out, "run-estimates-00000-of-00001.jsonl");
    assertEquals(2, estimates.size());
    for (String line : estimates) {
      assertEquals("recruits.txt", json.readValue(line, ExportRecord.class).document());
    }
    List<String> problems = lines(out, "run-problems-*.jsonl");
    assertEquals(1, problems.size());
    Problem png = json.readValue(problems.get(0), Problem.class);
    assertEquals("b/chart.png", png.documentId());
    assertEquals(ProblemKind.BINARY, png.kind());
    Reconciliation r = MusterJson.newMapper().readValue(
        out.resolve("run-reconciliation.json").toFile(), Reconciliation.class);
    assertEquals(1, r.findings().size(), r.toString());
    assertEquals(List.of("a/recruits.txt", "b/recruits.txt"), r.findings().get(0).members()
        .stream().map(Member::documentId).sorted().collect(Collectors.toList()));
  }

  @Test
  void badOptionsAndInputAreOneLineAndStatusTwo(@TempDir Path out) {
    assertEquals(2, ExtractArchive.run(err, "--output=x"));
    assertTrue(err().startsWith("extract-archive: error: Missing required value for [--input, "),
        err());
    errBytes.reset();
    assertEquals(2, ExtractArchive.run(err, "--input=a/*.txt", "--output=x", "--maxFileMb=0"));
    assertEquals("extract-archive: error: --maxFileMb must be between 1 and 2047, got 0\n", err());
    errBytes.reset();
    assertEquals(2, ExtractArchive.run(err, "--input=a/*.txt", "--output=x", "--fileGroups=-1"));
    assertEquals("extract-archive: error: --fileGroups must be 0 (chosen by the runner) or more,"
        + " got -1\n", err());
    errBytes.reset();
    Path missing = out.resolve("no-such-folder");
    assertEquals(2, ExtractArchive.run(err, "--input=" + missing + "/*.txt",
        "--output=" + out.resolve("run")));
    assertEquals("extract-archive: error: the pipeline failed: No files matched spec: " + missing
        + "/*.txt\n", err());
  }

  @Test
  void patternsAreMadeAbsoluteAndFoldersReadWhole(@TempDir Path dir) {
    Path here = Path.of("").toAbsolutePath();
    assertEquals(here + "/archive/**.txt", ExtractArchive.pattern("archive/**.txt"));
    assertEquals(here + "/*.txt", ExtractArchive.pattern("*.txt"));
    assertEquals(here + "/archive/a.txt", ExtractArchive.pattern("archive/./a.txt"));
    assertEquals(dir + "/**", ExtractArchive.pattern(dir.toString()));
    assertEquals("gs://bucket/news/*.txt", ExtractArchive.pattern("gs://bucket/news/*.txt"));
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
        () -> ExtractArchive.pattern(""));
    assertEquals("--input is empty; expected a file pattern or a folder", empty.getMessage());
  }

  private String err() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }

  private static List<String> lines(Path dir, String glob) {
    List<String> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      var matcher = dir.getFileSystem().getPathMatcher("glob:" + glob);
      for (Path f : files.filter(f -> matcher.matches(f.getFileName())).sorted()
          .collect(Collectors.toList())) {
        all.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  private static List<String> sorted(List<String> lines) {
    List<String> copy = new ArrayList<>(lines);
    copy.sort(null);
    return copy;
  }
}
