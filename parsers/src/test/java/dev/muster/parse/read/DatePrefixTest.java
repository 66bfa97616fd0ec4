package dev.muster.parse.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.muster.Problem;
import dev.muster.ProblemKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatePrefixTest {

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}, body at {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "' date 2024-02-29 Nepal recruits'    | 2024-02-29 | 17",
        "'date 2024-02-29 Nepal recruits'     | 2024-02-29 | 16",
        "' date\t2024-02-29\tNepal recruits'  | 2024-02-29 | 17",
        "'  date   2024-02-29   Nepal'        | 2024-02-29 | 22",
        "' date 2024-02 Nepal recruits'       | 2024-02-29 | 14",
        "' date 2023-02 Nepal recruits'       | 2023-02-28 | 14",
        "' date 2024-12 Nepal recruits'       | 2024-12-31 | 14",
        "' date 2024-4-5 Nepal recruits'      | 2024-04-05 | 15",
        "' Date 2024-01-31 Nepal recruits'    | 2024-01-31 | 17",
        "' date 2024-01-31'                   | 2024-01-31 | 16",
      })
  void validPrefixGivesDateAndBodyStart(String text, LocalDate date, int body) {
    SourceDocument doc = DocumentReader.of("d.txt", text);
    assertEquals(Optional.of(date), doc.published());
    assertEquals(body, doc.bodyStart());
    assertEquals(List.of(), doc.problems());
  }

  @Test
  void newlineRightAfterTheDateIsPartOfThePrefix() {
    SourceDocument lf = DocumentReader.of("d.txt", " date 2025-06-01\nHeadline\n\nBody.");
    assertEquals(17, lf.bodyStart());
    assertEquals(Optional.of("Headline"), lf.title());
    SourceDocument crlf = DocumentReader.of("d.txt", " date 2025-06-01 \r\nHeadline\r\n\r\nBody.");
    assertEquals(19, crlf.bodyStart());
    assertEquals(Optional.of(TextRange.of(19, 27, RangeKind.TITLE)), crlf.titleRange());
    SourceDocument cr = DocumentReader.of("d.txt", " date 2025-06-01\rHeadline\r\rBody.");
    assertEquals(17, cr.bodyStart());
    assertEquals(Optional.of("Headline"), cr.title());
  }

  @Test
  void invalidMonthAndDayGiveBadDateLineAndTextIsStillRead() {
    SourceDocument doc =
        DocumentReader.of("bad.txt", " date 2025-13-45 Russia drafted 160,000 men");
    assertEquals(Optional.empty(), doc.published());
    assertEquals(17, doc.bodyStart());
    assertTrue(doc.isExtractable());
    assertEquals(Optional.of("Russia drafted 160,000 men"), doc.title());
    Problem p = doc.problems().get(0);
    assertEquals(1, doc.problems().size());
    assertEquals(ProblemKind.BAD_DATE_LINE, p.kind());
    assertEquals(Optional.of(6), p.offset());
    assertEquals("bad.txt", p.documentId());
    assertEquals(
        "document 'bad.txt', offset 6: date prefix 'date 2025-13-45' has no valid date"
            + " (Invalid value for MonthOfYear (valid values 1 - 12): 13); expected"
            + " ' date YYYY-MM-DD ' or ' date YYYY-MM'; read with no publication date",
        p.message());
  }

  @Test
  void dayOutOfMonthIsBad() {
    SourceDocument doc = DocumentReader.of("feb.txt", " date 2023-02-29 Text");
    assertEquals(Optional.empty(), doc.published());
    assertEquals(ProblemKind.BAD_DATE_LINE, doc.problems().get(0).kind());
    assertTrue(doc.problems().get(0).message().contains("Invalid date 'February 29' as '2023'"));
  }

  @Test
  void wordInsteadOfDateIsBad() {
    SourceDocument doc = DocumentReader.of("word.txt", " date tomorrow Officials said 300 left");
    assertEquals(Optional.empty(), doc.published());
    assertEquals(15, doc.bodyStart());
    Problem p = doc.problems().get(0);
    assertEquals(ProblemKind.BAD_DATE_LINE, p.kind());
    assertEquals(Optional.of(6), p.offset());
    assertEquals(
        "document 'word.txt', offset 6: date prefix 'date tomorrow' has no valid date"
            + " (not a date); expected ' date YYYY-MM-DD ' or ' date YYYY-MM'; read with no"
            + " publication date",
        p.message());
  }

  @Test
  void longGarbageTokenIsCutInTheMessage() {
    String junk = "x".repeat(100);
    SourceDocument doc = DocumentReader.of("junk.txt", " date " + junk + " Text");
    assertEquals(ProblemKind.BAD_DATE_LINE, doc.problems().get(0).kind());
    assertEquals(46, doc.bodyStart());
    assertTrue(
        doc.problems()
            .get(0)
            .message()
            .contains("date prefix 'date " + "x".repeat(40) + "' has no valid date"));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" has no prefix")
  @CsvSource(
      delimiter = '|',
      value = {
        "'Date palms grow in Kherson'",
        "'The date 2024-01-01 was set'",
        "'dated 2024-01-01 report'",
        "'\n date 2024-01-01 Text'",
        "' date'",
      })
  void textWithoutPrefixHasNoDateAndNoProblem(String text) {
    SourceDocument doc = DocumentReader.of("n.txt", text);
    assertEquals(Optional.empty(), doc.published());
    assertEquals(0, doc.bodyStart());
    assertEquals(List.of(), doc.problems());
  }
}
