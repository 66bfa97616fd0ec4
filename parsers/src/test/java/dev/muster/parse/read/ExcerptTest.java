package dev.muster.parse.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExcerptTest {

  @Test
  void shortTextIsQuotedWhole() {
    assertEquals("abc", Excerpt.of("xabcx", 1, 4));
  }

  @Test
  void longTextIsCutTo64WithAnEllipsis() {
    assertEquals("a".repeat(64) + "…", Excerpt.of("a".repeat(100), 0, 100));
    assertEquals("a".repeat(64), Excerpt.of("a".repeat(64), 0, 64));
  }

  @Test
  void lineBreaksAreShownEscaped() {
    assertEquals("a\\r\\nb\\rc", Excerpt.of("a\r\nb\rc", 0, 6));
  }

  @Test
  void aSurrogatePairIsNotSplitByTheCut() {
    String text = "a".repeat(63) + "\uD83D\uDCA5" + "b";
    assertEquals("a".repeat(63) + "…", Excerpt.of(text, 0, text.length()));
  }

  @Test
  void badDatePrefixWithLongWhitespaceIsCutInTheMessage() {
    SourceDocument doc = DocumentReader.of("ws.txt", " date" + "\t".repeat(70) + "soon Text");
    String message = doc.problems().get(0).message();
    assertEquals(
        "document 'ws.txt', offset 75: date prefix 'date"
            + "\t".repeat(60)
            + "…' has no valid date (not a date); expected ' date YYYY-MM-DD ' or ' date YYYY-MM';"
            + " read with no publication date",
        message);
  }
}
