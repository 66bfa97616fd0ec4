package dev.muster.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.muster.Estimate;
import dev.muster.export.ExportRecord;
import dev.muster.MusterJson;
import dev.muster.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the spec fixtures in {@code src/test/resources/spec/}: each case is a small document and
 * the records it must yield (only the fields a case lists are compared; no extra records are
 * allowed). Cases named in {@code spec/known-gaps.txt} are known not to pass yet; a listed case
 * that passes fails {@link #knownGapsAreStillGaps()} so that the list only shrinks.
 *
 * <p>Lines starting with {@code #} outside a document (before a file's first case, or among a
 * case's expected records, which is where a comment above the next case falls) are comments.
 * Inside a document every line is text.
 */
class SpecTest {

  private static final ObjectMapper JSON = MusterJson.newMapper();
  private static final ArticleParser PARSER = ArticleParser.defaults();

  /** One fixture: its name, file, text and expected records. */
  record Case(String name, String file, String text, List<JsonNode> expected) {
    @Override
    public String toString() {
      return file + ": " + name;
    }
  }

  static Path specDir() {
    try {
      return Path.of(SpecTest.class.getResource("/spec").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(specDir())) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString()
          .equals("known-gaps.txt")).sorted().collect(Collectors.toList())) {
        out.addAll(read(f));
      }
    }
    return out;
  }

  static List<Case> read(Path f) throws IOException {
    List<Case> out = new ArrayList<>();
    String name = null;
    StringBuilder text = new StringBuilder();
    List<JsonNode> expected = new ArrayList<>();
    boolean inText = false;
    int n = 0;
    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
      n++;
      if (line.startsWith("## ")) {
        if (name != null) {
          out.add(new Case(name, f.getFileName().toString(), text.toString(), expected));
        }
        name = line.substring(3).trim();
        text = new StringBuilder();
        expected = new ArrayList<>();
        inText = true;
      } else if (name == null) {
        continue;
      } else if (inText && line.equals(".")) {
        inText = false;
      } else if (inText) {
        text.append(text.length() == 0 ? "" : "\n").append(line);
      } else if (!line.isBlank() && !line.startsWith("#")) {
        try {
          expected.add(JSON.readTree(line));
        } catch (IOException e) {
          throw new IllegalStateException(f + ":" + n + ": not JSON: " + line, e);
        }
      }
    }
    if (name != null) {
      out.add(new Case(name, f.getFileName().toString(), text.toString(), expected));
    }
    return out;
  }

  static Set<String> knownGaps() throws IOException {
    Set<String> gaps = new HashSet<>();
    for (String line : Files.readAllLines(specDir().resolve("known-gaps.txt"), StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        gaps.add(line.trim());
      }
    }
    return gaps;
  }

  /** Returns null when the case passes, else what differs. */
  static String check(Case c) {
    Report r = PARSER.parse(c.name() + ".txt", c.text());
    List<JsonNode> got = new ArrayList<>();
    for (Estimate e : r.estimates()) {
      got.add(JSON.valueToTree(ExportRecord.from(e)));
    }
    List<JsonNode> left = new ArrayList<>(got);
    List<String> missing = new ArrayList<>();
    for (JsonNode want : c.expected()) {
      JsonNode hit = null;
      for (JsonNode g : left) {
        if (agrees(want, g)) {
          hit = g;
          break;
        }
      }
      if (hit == null) {
        missing.add(want.toString());
      } else {
        left.remove(hit);
      }
    }
    if (missing.isEmpty() && left.isEmpty()) {
      return null;
    }
    return "expected but not found: " + missing + "\n  found but not expected: "
        + left.stream().map(g -> brief(g)).collect(Collectors.toList());
  }

  private static String brief(JsonNode g) {
    StringBuilder s = new StringBuilder("{");
    for (String f : List.of("measure", "low", "high", "qualifier", "unit", "per", "origin", "period",
        "sources", "likelihood", "mention")) {
      s.append('"').append(f).append("\":").append(g.get(f)).append(',');
    }
    return s.append('}').toString();
  }

  private static boolean agrees(JsonNode want, JsonNode got) {
    for (Iterator<Map.Entry<String, JsonNode>> it = want.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      JsonNode w = f.getValue();
      JsonNode g = got.get(f.getKey());
      if (g == null) {
        return false;
      }
      switch (f.getKey()) {
        case "low":
        case "high":
          if (w.isNull() != g.isNull()
              || !w.isNull() && new BigDecimal(w.asText()).compareTo(new BigDecimal(g.asText())) != 0) {
            return false;
          }
          break;
        case "origin":
        case "sources":
          if (!asSet(w).equals(asSet(g))) {
            return false;
          }
          break;
        default:
          if (!w.equals(g) && !(w.isNull() && g.isNull())) {
            return false;
          }
      }
    }
    return true;
  }

  private static Set<String> asSet(JsonNode array) {
    Set<String> s = new TreeSet<>();
    array.forEach(x -> s.add(x.asText()));
    return s;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void spec(Case c) throws IOException {
    if (knownGaps().contains(c.name())) {
      return; // tracked in known-gaps.txt and by knownGapsAreStillGaps()
    }
    String diff = check(c);
    if (diff != null) {
      fail(c + "\n  " + diff + "\n  text: " + c.text());
    }
  }

  @Test
  void knownGapsAreStillGaps() throws IOException {
    Set<String> gaps = knownGaps();
    List<String> fixed = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Case c : cases()) {
      names.add(c.name());
      if (gaps.contains(c.name()) && check(c) == null) {
        fixed.add(c.name());
      }
    }
    Set<String> unknown = new TreeSet<>(gaps);
    unknown.removeAll(names);
    assertTrue(unknown.isEmpty(), "known-gaps.txt names cases that do not exist: " + unknown);
    assertTrue(fixed.isEmpty(), "these cases pass now; remove them from known-gaps.txt: " + fixed);
  }

  @Test
  void everyCaseNameIsUnique() throws IOException {
    Set<String> seen = new HashSet<>();
    List<String> repeated = new ArrayList<>();
    for (Case c : cases()) {
      if (!seen.add(c.name())) {
        repeated.add(c.name());
      }
    }
    assertTrue(repeated.isEmpty(), "repeated case names: " + repeated);
    assertTrue(seen.size() >= 150, "expected at least 150 spec cases, got " + seen.size());
  }

  @Test
  void commentLinesAboveACaseAreNotRecords(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("comments.txt");
    Files.writeString(f, String.join("\n",
        "# a comment before the first case",
        "## first",
        "# a document line that starts with a hash",
        ".",
        "{\"low\":1}",
        "# the decision behind the second case",
        "",
        "## second",
        "text",
        ".",
        "{\"low\":2}",
        "{\"low\":3}",
        ""), StandardCharsets.UTF_8);
    List<Case> cases = read(f);
    assertEquals(List.of("first", "second"), cases.stream().map(Case::name).collect(Collectors.toList()));
    assertEquals("# a document line that starts with a hash", cases.get(0).text());
    assertEquals("[{\"low\":1}]", cases.get(0).expected().toString());
    assertEquals("[{\"low\":2}, {\"low\":3}]", cases.get(1).expected().toString());
  }

  /** Prints the failing cases; used to maintain known-gaps.txt. */
  public static void main(String[] args) throws IOException {
    int pass = 0;
    List<String> failing = new ArrayList<>();
    for (Case c : cases()) {
      String d = check(c);
      if (d == null) {
        pass++;
      } else {
        failing.add(c.name());
        if (args.length > 0) {
          System.out.println("FAIL " + c + "\n  " + d + "\n  text: " + c.text());
        }
      }
    }
    System.out.println(pass + " passed, " + failing.size() + " failing");
    if (args.length == 0) {
      failing.forEach(System.out::println);
    }
  }

}
