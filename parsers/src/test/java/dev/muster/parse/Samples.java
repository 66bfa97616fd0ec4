package dev.muster.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The sample articles bundled with the examples module, read in file-name order. */
final class Samples {

  /** The sample folder, relative to the parsers module (Surefire's working directory). */
  static final Path FOLDER = Path.of("..", "examples", "src", "main", "resources", "samples", "docs");
  /** How many sample articles are bundled. */
  static final int COUNT = 456;

  private Samples() {}

  static List<String> texts() {
    try (Stream<Path> files = Files.list(FOLDER)) {
      List<String> texts = files.filter(p -> p.toString().endsWith(".txt")).sorted()
          .map(Samples::read).collect(Collectors.toList());
      if (texts.size() != COUNT) {
        throw new IllegalStateException("expected the " + COUNT + " samples in " + FOLDER.toAbsolutePath()
            + ", found " + texts.size());
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the samples in " + FOLDER.toAbsolutePath(), e);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sample " + p, e);
    }
  }
}
