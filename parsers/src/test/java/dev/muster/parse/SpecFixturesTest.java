package dev.muster.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.muster.export.RecordRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The spec fixtures are well-formed, so that a case can only pass or fail for what it means: each
 * file is a list of cases ({@code ## name}, the text, a {@code .} line, one expected JSON record a
 * line); names are lower-case words joined by dashes and unique across files; a record has at
 * least measure, low, high, qualifier and mention, no unknown field, a payment states its unit and
 * rate (null when none), and every record obeys {@link RecordRules}.
 */
class SpecFixturesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern DATE_LINE = Pattern.compile(" date \\d{4}-\\d{2}(-\\d{2})? \\S.*");
  private static final Set<String> KEYS = Set.of("measure", "low", "high", "qualifier", "unit",
      "per", "origin", "period", "sources", "likelihood", "mention");
  /**
   * The fields every record states. The mention may be left out only where the case is about a
   * figure written twice (a headline and its body, or one report in two languages), so that
   * either writing of it satisfies the case.
   */
  private static final List<String> REQUIRED = List.of("measure", "low", "high", "qualifier");

  /** A case as written, with the line numbers of its parts. */
  record Written(String file, int line, String name, List<String> text, boolean terminated,
      List<Map.Entry<Integer, String>> records) {
    @Override
    public String toString() {
      return file + ":" + line + " " + name;
    }
  }

  static List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(SpecTest.specDir())) {
      return s.filter(p -> p.toString().endsWith(".txt") && !p.endsWith("known-gaps.txt")).sorted()
          .collect(Collectors.toList());
    }
  }

  /**
   * Reads a fixture file strictly: outside a case's text only blank lines and comment lines
   * ({@code #} not followed by a second {@code #}, such as the reading of the guideline a case
   * follows) may stand between cases; anything else before the first case is an error.
   */
  static List<Written> read(Path f) throws IOException {
    List<Written> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
    String file = f.getFileName().toString();
    int i = 0;
    while (i < lines.size() && isBlankOrComment(lines.get(i))) {
      i++;
    }
    while (i < lines.size()) {
      String head = lines.get(i);
      if (!head.startsWith("## ")) {
        throw new AssertionError(file + ":" + (i + 1) + ": expected a case '## name', found: " + head);
      }
      int start = i++;
      List<String> text = new ArrayList<>();
      while (i < lines.size() && !lines.get(i).equals(".") && !lines.get(i).startsWith("## ")) {
        text.add(lines.get(i++));
      }
      boolean terminated = i < lines.size() && lines.get(i).equals(".");
      if (terminated) {
        i++;
      }
      List<Map.Entry<Integer, String>> records = new ArrayList<>();
      while (i < lines.size() && !lines.get(i).startsWith("## ")) {
        if (!isBlankOrComment(lines.get(i))) {
          records.add(Map.entry(i + 1, lines.get(i)));
        }
        i++;
      }
      out.add(new Written(file, start + 1, head.substring(3).trim(), text, terminated, records));
    }
    return out;
  }

  private static boolean isBlankOrComment(String line) {
    return line.isBlank() || (line.startsWith("#") && !line.startsWith("##"));
  }

  static List<Written> cases() throws IOException {
    List<Written> all = new ArrayList<>();
    for (Path f : files()) {
      all.addAll(read(f));
    }
    return all;
  }

  /** Returns what is wrong with one case. */
  static List<String> problems(Written c) {
    List<String> errors = new ArrayList<>();
    if (!NAME.matcher(c.name()).matches()) {
      errors.add("the name is not lower-case words joined by dashes");
    }
    String text = String.join("\n", c.text());
    if (text.isBlank()) {
      errors.add("no text");
    }
    if (!c.terminated()) {
      errors.add("the text is not ended by a '.' line");
    }
    if (!c.text().isEmpty() && c.text().get(0).startsWith(" date ")
        && !DATE_LINE.matcher(c.text().get(0)).matches()) {
      errors.add("a bad date line");
    }
    for (Map.Entry<Integer, String> line : c.records()) {
      String at = "line " + line.getKey() + ": ";
      JsonNode r;
      try {
        r = JSON.readTree(line.getValue());
      } catch (JsonProcessingException e) {
        errors.add(at + "not JSON: " + e.getOriginalMessage());
        continue;
      }
      for (String k : REQUIRED) {
        if (!r.has(k)) {
          errors.add(at + "no " + k);
        }
      }
      r.fieldNames().forEachRemaining(k -> {
        if (!KEYS.contains(k)) {
          errors.add(at + "unknown field " + k);
        }
      });
      if ("PAYMENT".equals(r.path("measure").asText()) && !(r.has("unit") && r.has("per"))) {
        errors.add(at + "a payment must state its unit and per (null when none)");
      }
      RecordRules.check(r, text).forEach(e -> errors.add(at + e));
    }
    return errors;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isWellFormed(Written c) {
    assertEquals(List.of(), problems(c), c.toString());
  }

  @Test
  void namesAreUniqueAcrossFiles() throws IOException {
    Map<String, String> seen = new HashMap<>();
    List<String> repeated = new ArrayList<>();
    for (Written c : cases()) {
      String before = seen.putIfAbsent(c.name(), c.file());
      if (before != null) {
        repeated.add(c + " (also in " + before + ")");
      }
    }
    assertEquals(List.of(), repeated);
  }

  @Test
  void theCheckerFindsWhatIsWrong() {
    Written bad = new Written("x.txt", 1, "Bad_Name", List.of(" date 24-05 Text with 5 men."), false,
        List.of(Map.entry(4, "{\"measure\":\"PAYMENT\",\"low\":5,\"high\":4,\"qualifier\":\"EXACT\","
            + "\"mention\":\"6\",\"colour\":\"red\",\"origin\":[\"XX\"]}"),
            Map.entry(5, "{not json")));
    assertEquals(List.of(
        "the name is not lower-case words joined by dashes",
        "the text is not ended by a '.' line",
        "a bad date line",
        "line 4: unknown field colour",
        "line 4: a payment must state its unit and per (null when none)",
        "line 4: low > high",
        "line 4: bounds 5..4 do not fit EXACT",
        "line 4: bad origin \"XX\"",
        "line 4: mention not in the text: '6'",
        "line 5: not JSON: Unexpected character ('n' (code 110)): was expecting double-quote to start field name"),
        problems(bad));
  }
}
