package dev.muster.beam;

import dev.muster.Report;
import dev.muster.parse.ArticleParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.beam.sdk.testing.TestPipeline;

/**
 * The sample articles bundled with the command (copied to the test class path by the build), their
 * reports as the single-machine parser gives them, a few articles of these tests' own, and a test
 * pipeline on the DirectRunner.
 */
final class SampleArticles {

  /** An article written for these tests: one figure of recruits, with a date line. */
  static final String RECRUITS = "date 2024-03-01 Contract drive\n\n"
      + "Russia signed up 30,000 new contract soldiers in February, the defence ministry said.\n";
  /** An agency's retelling of {@link #RECRUITS}. */
  static final String RETOLD = "date 2024-03-04 Recruitment\n\n"
      + "Citing the defence ministry, the agency wrote that Russia signed up 30,000 contract "
      + "soldiers in February.\n";
  /** An article written for these tests: one figure of foreign recruits killed. */
  static final String KILLED = "date 2024-06-10 Losses among foreign recruits\n\n"
      + "At least 12 Nepali citizens recruited by the Russian army have been killed, Nepal's "
      + "foreign ministry said on Monday.\n";

  private SampleArticles() {}

  /** Returns the folder of the sample articles. */
  static Path dir() {
    try {
      return Path.of(SampleArticles.class.getResource("/samples").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("the samples folder has no file path", e);
    }
  }

  /** Returns the sample files, sorted. */
  static List<Path> files() {
    try (Stream<Path> s = Files.list(dir())) {
      List<Path> files = s.sorted().collect(Collectors.toList());
      if (files.size() < 10) {
        throw new IllegalStateException("expected the bundled sample articles in " + dir()
            + ", found " + files.size() + " files");
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the reports of {@link ArticleParser#defaults()} on the sample files. */
  static List<Report> reports() {
    return files().stream().map(ArticleParser.defaults()::parse).collect(Collectors.toList());
  }

  /** Returns a pipeline on the DirectRunner that a JUnit Jupiter test runs itself. */
  static TestPipeline pipeline() {
    return TestPipeline.create().enableAbandonedNodeEnforcement(false);
  }
}
