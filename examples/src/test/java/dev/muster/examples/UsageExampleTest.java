package dev.muster.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Keeps the README's Java example true: the first {@code ```java} block of README.md (under
 * "Using it from Java"; later blocks, such as the Beam one, need other modules) is compiled as it
 * stands (with {@code -Werror}) against the library, run, and what it prints must be the
 * {@code ```text} block that follows it.
 *
 * <p>Isolated: running the example swaps {@code System.out}, which no other test may share.
 */
@Isolated
class UsageExampleTest {

  private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```[^`]*```text\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CLASS = Pattern.compile("public (?:final )?class (\\w+)");

  static String readme() throws IOException {
    return Files.readString(Path.of(System.getProperty("muster.readme", "../README.md")), StandardCharsets.UTF_8);
  }

  @Test
  void theReadmesFirstJavaBlockIsTheExampleWithItsOutput() throws IOException {
    String readme = readme();
    int first = readme.indexOf("```java\n");
    assertTrue(first > readme.indexOf("## Using it from Java"), "the first java block is under 'Using it from Java'");
    Matcher m = BLOCK.matcher(readme);
    assertTrue(m.find(), "a ```java block followed by a ```text block of its output");
    assertEquals(first, m.start(), "the first ```java block is followed by a ```text block of its output");
  }

  @Test
  void theReadmeJavaExampleCompilesAndPrintsWhatTheReadmeSays(@TempDir Path dir) throws Exception {
    Matcher m = BLOCK.matcher(readme());
    assertTrue(m.find(), "no ```java block followed by ```text in README.md");
    String source = m.group(1);
    String expected = m.group(2);
    Matcher name = CLASS.matcher(source);
    assertTrue(name.find(), "the example declares no public class");
    Path file = dir.resolve(name.group(1) + ".java");
    Files.writeString(file, source);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    List<String> options = new ArrayList<>(List.of("--release", "17", "-proc:none", "-Xlint:all", "-Werror",
        "-d", dir.toString(), "-classpath", System.getProperty("surefire.test.class.path",
            System.getProperty("java.class.path"))));
    boolean compiled = javac.getTask(diagnostics, null, null, options, null,
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(file)).call();
    assertTrue(compiled, "the README's example does not compile:\n" + diagnostics);

    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = System.out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      Method main = loader.loadClass(name.group(1)).getMethod("main", String[].class);
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(out);
    }
    assertEquals(expected, printed.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
  }
}
