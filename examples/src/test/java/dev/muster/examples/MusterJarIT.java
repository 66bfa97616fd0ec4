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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged {@code muster.jar} as a user would, with {@code java -jar}. The command's
 * behaviour is tested in this JVM by {@link MusterCommandTest}; this checks the jar itself. The
 * expected output of the bundled samples is checked in: after a deliberate change to the parser,
 * regenerate it with
 * {@code java -jar examples/target/muster.jar extract --format jsonl --out examples/src/test/resources/samples-expected.jsonl}.
 */
class MusterJarIT {

  private static final Path JAR = Path.of(System.getProperty("muster.jar", "target/muster.jar"));

  record Run(int status, String out, String err) {}

  /** Runs a command and returns its exit status, standard output and standard error. */
  static Run exec(List<String> command) throws IOException, InterruptedException {
    return exec(command, Map.of());
  }

  /** Runs a command with more environment variables. */
  static Run exec(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
    Path out = Files.createTempFile("muster-out", ".txt");
    Path err = Files.createTempFile("muster-err", ".txt");
    try {
      ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
      pb.environment().putAll(env);
      Process p = pb.start();
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "did not finish in 120 s: " + command);
      return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.delete(out);
      Files.delete(err);
    }
  }

  static Run run(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of("-jar", JAR.toString()));
    cmd.addAll(List.of(args));
    return exec(cmd);
  }

  @Test
  void extractOfTheBundledSamplesIsTheCheckedInOutput() throws Exception {
    Run r = run("extract", "--format", "jsonl");
    assertEquals(0, r.status(), r.err());
    assertEquals(MusterCommandTest.expectedSamples(), r.out());
    assertEquals(MusterCommandTest.samplesSummary() + "\n", r.err());
  }

  @Test
  void aUsageErrorIsAMessageAndStatus2WithoutAStackTrace() throws Exception {
    Run r = run("extract", "--format", "xml");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("'xml'"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }
}
