package dev.muster.parse.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.muster.parse.TestLexicon;
import dev.muster.parse.token.Token;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stage time on single sentences, resolved against 15 June 2024: each expression as "words =
 * KIND period", a leading one marked.
 */
class TimeFinderTest {

  private static final TimeFinder FINDER = new TimeFinder(TestLexicon.ENGLISH);
  private static final Optional<LocalDate> JUNE_15 = Optional.of(LocalDate.of(2024, 6, 15));

  static String found(String sentence, Optional<LocalDate> reference) {
    List<Token> t = TestLexicon.tokens(sentence);
    return FINDER.find(t, reference).stream().map(e -> sentence.substring(t.get(e.start()).start,
        t.get(e.end() - 1).end()) + " = " + e.kind() + " " + e.period() + (e.leading() ? " leading" : ""))
        .collect(Collectors.joining("; "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      It happened in March.                                     | in March. = SPAN 2024-03/2024-03
      It happened in August.                                    | in August. = SPAN 2023-08/2023-08
      Losses since the start of the full-scale invasion rose.   | since the start of the full-scale invasion = SINCE 2022-02-24/2024-06-15
      Losses during the war rose.                               | during the war = WAR 2022-02-24/..
      As of November 2023 the count stood.                      | As of November 2023 = UNTIL ../2023-11
      So far 300 have died.                                     | So far = UNTIL ../2024-06-15
      Between April 2023 and the end of May 2024 they came.     | Between April 2023 and the end of May 2024 = SPAN 2023-04/2024-05
      Last year 300 came; this summer more.                     | Last year = SPAN 2023/2023; this summer = SPAN 2024-06/2024-08
      From April 1 the bonus rises.                             | From April 1 = SINCE 2024-04-01/..
      In 2025 alone 300 came.                                   | In 2025 alone = SPAN 2025/2025
      """)
  void resolvesAgainstTheReference(String sentence, String expected) {
    assertEquals(expected.strip(), found(sentence, JUNE_15));
  }

  @Test
  void aLeadingDateBeforeACommaIsMarked() {
    assertEquals("On 11 July = SPAN 2023-07-11/2023-07-11 leading",
        found("On 11 July, the ministry said 300 had died.", JUNE_15));
  }

  @Test
  void nothingRelativeIsResolvedWithoutAReference() {
    assertEquals("", found("In March, so far, this year.", Optional.empty()));
    assertEquals("in March 2023 = SPAN 2023-03/2023-03", found("It happened in March 2023.", Optional.empty()));
  }
}
