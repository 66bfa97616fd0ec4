package dev.muster.parse.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.muster.Problem;
import dev.muster.ProblemKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {

  @TempDir Path dir;

  private Path file(String relative) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, "text of " + relative);
  }

  private static List<String> describe(List<Problem> problems) {
    return problems.stream().map(p -> p.kind() + " " + p.message()).collect(Collectors.toList());
  }

  @Test
  void walksFoldersRecursivelyInSortedOrderSkippingHiddenOnes() throws IOException {
    Path b = file("b.txt");
    Path a = file("sub/a.txt");
    Path noExt = file("sub/README");
    Path c = file("a.md");
    file(".hidden.txt");
    file(".git/config");
    file("sub/.cache/x.txt");
    TextFiles found = TextFiles.expand(List.of(dir));
    assertEquals(List.of(c, b, noExt, a), found.files());
    assertEquals(List.of(), found.problems());
  }

  @Test
  void explicitFilesAreTakenEvenWhenHiddenAndDuplicatesAreDropped() throws IOException {
    Path hidden = file(".notes.txt");
    Path a = file("a.txt");
    TextFiles found = TextFiles.expand(List.of(a, hidden, dir, dir.resolve("./a.txt"), a));
    assertEquals(List.of(hidden, a), found.files());
  }

  @Test
  void nonTextExtensionsAreSkippedWithAProblem() throws IOException {
    Path txt = file("story.txt");
    Path png = file("chart.PNG");
    Path zip = file("pack/archive.zip");
    Path jar = file("lib.jar");
    TextFiles found = TextFiles.expand(List.of(dir));
    assertEquals(List.of(txt), found.files());
    String why = "': skipped: its extension names a binary format; expected a text file";
    assertEquals(
        List.of(
            "BINARY path '" + png + why, "BINARY path '" + jar + why, "BINARY path '" + zip + why),
        describe(found.problems()));
    assertEquals(png.toString(), found.problems().get(0).documentId());
  }

  @Test
  void missingPathIsAProblemNamingIt() {
    Path missing = dir.resolve("missing");
    TextFiles found = TextFiles.expand(List.of(missing));
    assertEquals(List.of(), found.files());
    assertEquals(
        List.of("UNREADABLE path '" + missing + "': it does not exist"),
        describe(found.problems()));
  }

  /**
   * Tests run as root, so a chmod 000 file is still readable; a dangling symbolic link is the
   * unreadable entry here.
   */
  @Test
  void danglingLinkInAFolderIsReportedAndTheRestIsKept() throws IOException {
    Path ok = file("ok.txt");
    Path link = Files.createSymbolicLink(dir.resolve("broken.txt"), dir.resolve("nothing.txt"));
    TextFiles found = TextFiles.expand(List.of(dir));
    assertEquals(List.of(ok), found.files());
    assertEquals(
        List.of("UNREADABLE path '" + link + "': it is a symbolic link to a missing file"),
        describe(found.problems()));
    assertEquals(describe(found.problems()), describe(TextFiles.expand(List.of(link)).problems()));
  }

  @Test
  void symlinkLoopIsReportedAndNotEntered() throws IOException {
    Path a = file("loop/a.txt");
    Path back = Files.createSymbolicLink(dir.resolve("loop/back"), dir.resolve("loop"));
    TextFiles found = TextFiles.expand(List.of(dir.resolve("loop")));
    assertEquals(List.of(a), found.files());
    assertEquals(
        List.of(
            "UNREADABLE path '"
                + back
                + "': it is a symbolic link that loops back to a"
                + " folder being walked; not entered"),
        describe(found.problems()));
  }

  @Test
  void fifoInAFolderIsNotAFileToRead() throws IOException, InterruptedException {
    Path ok = file("ok.txt");
    Path fifo = dir.resolve("pipe.txt");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
    TextFiles found = TextFiles.expand(List.of(dir));
    assertEquals(List.of(ok), found.files());
    assertEquals(
        List.of("UNREADABLE path '" + fifo + "': it is not a regular file or a folder"),
        describe(found.problems()));
  }

  @Test
  void linkToAFileIsThatFileOnce() throws IOException {
    Path a = file("a.txt");
    Files.createSymbolicLink(dir.resolve("z-link.txt"), a);
    assertEquals(List.of(a), TextFiles.expand(List.of(dir)).files());
  }

  @Test
  void resultIsTheSameEveryTime() throws IOException {
    for (String name : Arrays.asList("q.txt", "b/c.txt", "b/a.txt", "z/y/x.txt", "m.png")) {
      file(name);
    }
    assertEquals(TextFiles.expand(List.of(dir)), TextFiles.expand(List.of(dir)));
    assertEquals("TextFiles[4 files, 1 problems]", TextFiles.expand(List.of(dir)).toString());
  }

  @Test
  void nullsThrow() {
    assertEquals(
        "inputs",
        assertThrows(NullPointerException.class, () -> TextFiles.expand(null)).getMessage());
    assertEquals(
        "inputs has a null element",
        assertThrows(NullPointerException.class, () -> TextFiles.expand(Arrays.asList(dir, null)))
            .getMessage());
  }

  @Test
  void binaryNames() {
    assertEquals(true, TextFiles.isBinaryName(Path.of("a/b.tar.GZ")));
    assertEquals(false, TextFiles.isBinaryName(Path.of("a/b.txt")));
    assertEquals(false, TextFiles.isBinaryName(Path.of(".png")));
    assertEquals(false, TextFiles.isBinaryName(Path.of("/")));
  }

  @Test
  void everyFoundFileReadsWithoutThrowing() throws IOException {
    file("a.txt");
    Files.write(dir.resolve("nul.txt"), new byte[] {'a', 0, 'b'});
    Files.createDirectories(dir.resolve("empty-folder"));
    DocumentReader reader = DocumentReader.withLimit(1000);
    List<ProblemKind> kinds =
        TextFiles.expand(List.of(dir)).files().stream()
            .map(reader::read)
            .flatMap(d -> d.problems().stream().map(Problem::kind))
            .collect(Collectors.toList());
    assertEquals(List.of(ProblemKind.BINARY), kinds);
  }
}
