package dev.muster;

import static dev.muster.Rejection.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EvidenceTest {

  private static final String TEXT = "Russia recruited over 1,500 Nepalis";

  @Test
  void ofTakesTheSubstring() {
    Evidence e = Evidence.of("a.txt", TEXT, 17, 27);
    assertEquals("over 1,500", e.text());
    assertEquals(17, e.start());
    assertEquals(27, e.end());
    assertEquals("a.txt", e.documentId());
    assertEquals("a.txt@17..27 \"over 1,500\"", e.toString());
    assertEquals("", Evidence.of("a.txt", TEXT, 35, 35).text());
  }

  @Test
  void offsetsAreUtf16CodeUnits() {
    String text = "😀 over 1,500";
    Evidence e = Evidence.of("a.txt", text, 3, 7);
    assertEquals("over", e.text());
    assertEquals("😀", Evidence.of("a.txt", text, 0, 2).text());
  }

  @Test
  void longTextIsCutInToString() {
    String words = "x".repeat(70);
    assertEquals("a.txt@0..70 \"" + "x".repeat(64) + "...\"", Evidence.of("a.txt", words, 0, 70).toString());
  }

  @Test
  void badSpanIsRejected() {
    assertRejected(() -> Evidence.builder().documentId("a.txt").start(5).end(3).text("").build(),
        "evidence span must have 0 <= start <= end", "got 5..3");
    assertRejected(() -> Evidence.builder().documentId("a.txt").start(-1).end(2).text("abc").build(),
        "evidence span must have 0 <= start <= end", "got -1..2");
  }

  @Test
  void textLengthMismatchIsRejected() {
    assertRejected(() -> Evidence.builder().documentId("a.txt").start(0).end(5).text("abc").build(),
        "evidence text length 3 does not match its span 0..5");
  }

  @Test
  void ofOutsideTheTextIsRejected() {
    assertRejected(() -> Evidence.of("a.txt", "short", 2, 9),
        "span 2..9 is not inside the text of 'a.txt' (length 5)");
    assertRejected(() -> Evidence.of("a.txt", "short", -1, 3),
        "span -1..3 is not inside the text of 'a.txt' (length 5)");
    assertRejected(() -> Evidence.of("b.txt", "short", 4, 2),
        "span 4..2 is not inside the text of 'b.txt' (length 5)");
  }
}
