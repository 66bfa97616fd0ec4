package dev.muster.parse.read;

import dev.muster.parse.SeededText;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link LineIndex#of}, which finds line breaks with {@code String.indexOf}, against a plain
 * character loop.
 */
class LineIndexTest {

  private static final String[] PIECES = {
    "a", "bc d", "Over 1,500 recruits.", " ", "\n", "\n", "\r", "\r\n", "\n\r", "\r\r", "\u2028", "\u2019", "\t",
  };

  static Stream<Long> seeds() {
    return SeededText.seeds(50_000L, 500);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void findsTheLinesACharacterLoopFinds(long seed) {
    Random r = new Random(seed);
    String text = SeededText.of(r, 40, PIECES, "", "", " ");
    int from = text.isEmpty() ? 0 : r.nextInt(text.length() + 1);
    assertEquals(plainLines(text, from), lines(LineIndex.of(text, from)), () -> "seed " + seed);
  }

  @Test
  void splitsAtEachKindOfBreak() {
    String text = "one\ntwo\r\nthree\rfour\n\rfive\n";
    assertEquals(List.of(List.of(0, 3), List.of(4, 7), List.of(9, 14), List.of(15, 19), List.of(20, 20),
        List.of(21, 25)), lines(LineIndex.of(text, 0)));
    assertEquals(List.of(List.of(5, 7), List.of(9, 14), List.of(15, 19), List.of(20, 20), List.of(21, 25)),
        lines(LineIndex.of(text, 5)));
    assertEquals(List.of(), lines(LineIndex.of(text, text.length())));
  }

  private static List<List<Integer>> lines(LineIndex index) {
    List<List<Integer>> out = new ArrayList<>();
    for (int i = 0; i < index.count(); i++) {
      out.add(List.of(index.start(i), index.end(i)));
    }
    return out;
  }

  /** The lines as a loop over the characters finds them: "\r\n" is one break, "\n" and "\r" alone are one each. */
  private static List<List<Integer>> plainLines(String text, int from) {
    List<List<Integer>> out = new ArrayList<>();
    int lineStart = from;
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(List.of(lineStart, i));
        i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
        lineStart = i;
      } else {
        i++;
      }
    }
    if (lineStart < text.length()) {
      out.add(List.of(lineStart, text.length()));
    }
    return out;
  }
}
