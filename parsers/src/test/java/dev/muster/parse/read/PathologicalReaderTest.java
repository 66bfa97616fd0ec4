package dev.muster.parse.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hostile inputs in the manner of commonmark-java's PathologicalTest: each is read under a generous
 * timeout, so a rule that goes quadratic or backtracks catastrophically fails here.
 */
class PathologicalReaderTest {

  private static final int N = 100_000;
  private static final Duration LIMIT = Duration.ofSeconds(20); // generous: a shared 2-core CI machine

  enum Input {
    MILLION_DIGITS(n -> "7".repeat(1_000_000)),
    DIGIT_CHAIN(
        n ->
            IntStream.range(0, n)
                .mapToObj(Integer::toString)
                .collect(Collectors.joining(",", "", ","))),
    QUALIFIER_REPEATED(n -> "more than ".repeat(n) + "300 troops"),
    READ_MORE_LINES(n -> "Read more\n".repeat(n)),
    ADVERTISEMENT_LINES_BEFORE_TEXT(n -> "Advertisement\n".repeat(n) + "Finally a title\n"),
    HEADLINES_AND_TIMES(n -> "Title\n" + "A related headline\n3 days ago\n".repeat(n / 2)),
    BLANK_LINES_AND_TIMES(n -> ("\n".repeat(50) + "2 days ago\n").repeat(n / 50)),
    NAME_LINES(n -> "Jane Doe\n".repeat(n)),
    LONG_TICKER_LIKE(n -> "A " + "1".repeat(999) + " " + "2".repeat(999) + " (3%" + "\n"),
    CREDIT_LIKE(n -> ("Photo: " + "ABCDEFGHIJKLMNOP ".repeat(50) + "x\n").repeat(n / 100)),
    CRLF_AND_CR_ONLY(n -> "\r\n\r".repeat(n)),
    CYRILLIC(n -> "Війна триває. ".repeat(n)),
    SURROGATE_PAIRS(n -> "\uD83D\uDCA5".repeat(n)),
    SPACES_ONLY_LINE(n -> " ".repeat(10 * n) + "\n" + " ".repeat(10 * n));

    private final IntFunction<String> text;

    Input(IntFunction<String> text) {
      this.text = text;
    }
  }

  @ParameterizedTest
  @EnumSource(Input.class)
  void readsInTime(Input input) {
    String text = input.text.apply(N);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    SourceDocument doc =
        assertTimeoutPreemptively(
            LIMIT, () -> DocumentReader.withLimit(bytes.length).read(input.name(), bytes));
    assertEquals(text, doc.text());
    assertEquals(true, doc.isExtractable());
    if (input == Input.ADVERTISEMENT_LINES_BEFORE_TEXT) {
      assertEquals(Optional.of("Finally a title"), doc.title());
      assertEquals(N, doc.excluded().size());
    }
  }
}
