package dev.muster.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.muster.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ArticleParser#parseAll}: the reports of files in their order, equal to parsing each file
 * alone on one thread; a stream closed early leaves nothing behind that stops the next one.
 */
class ParseAllTest {

  private static final ArticleParser PARSER = ArticleParser.defaults();

  @TempDir
  Path dir;

  /** The 18 samples, each mutated a little per copy, as {@code copies} × 18 files. */
  private List<Path> files(int copies) throws IOException {
    List<String> samples = Samples.texts();
    TextGenerator g = new TextGenerator(0x5eed_a11L);
    List<Path> out = new ArrayList<>();
    for (int c = 0; c < copies; c++) {
      for (int k = 0; k < samples.size(); k++) {
        Path p = dir.resolve(String.format("%03d-%02d.txt", c, k));
        // getBytes, not writeString: a mutation may leave a lone surrogate, written as "?"
        Files.write(p, (c == 0 ? samples.get(k) : g.mutate(samples.get(k), 5)).getBytes(StandardCharsets.UTF_8));
        out.add(p);
      }
    }
    return out;
  }

  @Test
  void reportsComeInTheOrderOfTheFilesAndEqualSingleParses() throws IOException {
    // more files than the window (16 per core), so that the window refills as reports are taken
    List<Path> files = files(12);
    List<Report> alone = files.stream().map(PARSER::parse).collect(Collectors.toList());
    List<Report> all;
    try (Stream<Report> s = PARSER.parseAll(files)) {
      all = s.collect(Collectors.toList());
    }
    assertEquals(216, all.size());
    for (int k = 0; k < files.size(); k++) {
      assertEquals(alone.get(k), all.get(k), "file " + files.get(k).getFileName());
    }
  }

  @Test
  void aStreamClosedEarlyDoesNotHoldUpTheNext() throws IOException {
    List<Path> files = files(8);
    Report first;
    try (Stream<Report> s = PARSER.parseAll(files)) {
      Iterator<Report> it = s.iterator();
      first = it.next();
      it.next();
    }
    assertEquals(PARSER.parse(files.get(0)), first);
    // the closed stream's files not yet started are cancelled; the next stream completes
    try (Stream<Report> s = PARSER.parseAll(files.subList(40, 80))) {
      List<String> ids = s.map(Report::id).collect(Collectors.toList());
      assertEquals(files.subList(40, 80).stream().map(p -> p.getFileName().toString()).collect(Collectors.toList()), ids);
    }
  }
}
