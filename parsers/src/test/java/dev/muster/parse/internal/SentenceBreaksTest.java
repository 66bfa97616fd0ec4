package dev.muster.parse.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * When {@link SentenceBreaks#oneSentence} says a paragraph is one sentence, ICU's iterator (as
 * the extractor configures it) finds no break inside it either. Generated paragraphs mix words,
 * numbers with points, abbreviations, terminators of several scripts, closing quotes and
 * brackets, spaces, separators, combining marks and characters outside the BMP. Seeded.
 */
class SentenceBreaksTest {

  private static final String[] PIECES = {
    "Over", "1,500", "recruits", "1.5", "U.S.", "Mr.", "Feb.", " ", " ", "  ", "\t", ".", "!", "?",
    "…", "...", "?!", "\u3002", "\u0964", "\u061f", "\"", "\u201d", "\u2019", ")", "]", "(",
    "\u2029", "\u0085", "\u2028", "e\u0301", "\u00a0", "\uD83D\uDE00", "Київ.", "the", "army",
    "said", "—", ",", ";", ":", "a.m.", "No.",
  };

  static Stream<Long> seeds() {
    return IntStream.range(0, 1_000).mapToObj(i -> 90_000L + i);
  }

  private static List<int[]> icu(String s) {
    BreakIterator bi = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));
    bi.setText(s);
    List<int[]> out = new ArrayList<>();
    int a = bi.first();
    for (int b = bi.next(); b != BreakIterator.DONE; a = b, b = bi.next()) {
      out.add(new int[] {a, b});
    }
    return out;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void oneSentenceMeansTheIteratorFindsNoBreakInside(long seed) {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder(SeededText.of(r, 12, PIECES, "", " ", " "));
    // half of them end as a sentence usually does
    if (r.nextBoolean()) {
      b.append(PIECES[r.nextInt(4)]).append(PIECES[11 + r.nextInt(3)]);
    }
    String s = b.toString();
    if (SentenceBreaks.oneSentence(s, 0, s.length())) {
      List<int[]> found = icu(s);
      assertTrue(found.size() <= 1, () -> "seed " + seed + ": '" + s + "' has " + found.size() + " sentences");
    }
  }

  @Test
  void readsParagraphs() {
    assertTrue(SentenceBreaks.oneSentence("Over 1,500 Nepalis were recruited.", 0, 34));
    assertTrue(SentenceBreaks.oneSentence("He said: \u201cNo more recruits!\u201d  ", 0, 28));
    assertTrue(SentenceBreaks.oneSentence("A headline without a full stop", 0, 30));
    assertTrue(SentenceBreaks.oneSentence("Why?!", 0, 5));
    assertTrue(SentenceBreaks.oneSentence("", 0, 0));
    assertFalse(SentenceBreaks.oneSentence("They came. Then they left.", 0, 26));
    assertFalse(SentenceBreaks.oneSentence("About 1.5 million", 0, 17), "a point inside: ask the iterator");
    assertFalse(SentenceBreaks.oneSentence("In the U.S.", 0, 11));
    assertFalse(SentenceBreaks.oneSentence("one\u2029two", 0, 7));
    assertFalse(SentenceBreaks.oneSentence("Done. \u201d", 0, 7), "a space before the quote: ask");
    assertEquals(1, icu("He said: \u201cNo more recruits!\u201d  ").size());
  }
}
