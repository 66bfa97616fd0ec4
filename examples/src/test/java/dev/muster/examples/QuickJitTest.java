package dev.muster.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The input sizes for which the command turns C2 off: from (inclusive) to below (exclusive). */
class QuickJitTest {

  @TempDir
  Path dir;

  private Path file(String name, int bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.write(p, new byte[bytes]);
  }

  @Test
  void theBoundsAreInclusiveFromAndExclusiveBelow() throws IOException {
    List<Path> files = List.of(file("a", 300), file("b", 700));
    assertTrue(QuickJit.sizeWithin(files, 1000, 1001));
    assertFalse(QuickJit.sizeWithin(files, 1001, 5000));
    assertFalse(QuickJit.sizeWithin(files, 10, 1000));
    assertTrue(QuickJit.sizeWithin(files, 0, 1001));
  }

  @Test
  void aMissingFileCountsAsEmpty() throws IOException {
    List<Path> files = List.of(file("a", 500), dir.resolve("missing.txt"), file("b", 500));
    assertTrue(QuickJit.sizeWithin(files, 1000, 1001));
    assertFalse(QuickJit.sizeWithin(files, 1001, 2000));
  }

  @Test
  void foldersAreWalkedAndTheirHiddenEntriesSkipped() throws IOException {
    file("in/a.txt", 400);
    file("in/sub/b.txt", 600);
    file("in/.hidden.txt", 5000);
    file("in/.git/objects", 5000);
    Path named = file(".named.txt", 7);
    assertTrue(QuickJit.sizeWithin(List.of(dir.resolve("in")), 1000, 1001));
    // a hidden file named in the input counts, as the parser reads it
    assertTrue(QuickJit.sizeWithin(List.of(dir.resolve("in"), named), 1007, 1008));
  }

  @Test
  void noInputIsBelowAnyPositiveFrom() {
    assertFalse(QuickJit.sizeWithin(List.of(), 1, 10));
    assertTrue(QuickJit.sizeWithin(List.of(), 0, 10));
  }
}
