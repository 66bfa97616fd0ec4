package dev.muster.parse.segment;

import dev.muster.parse.SeededText;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
 * {@link SentenceBreaks#breaks} finds the boundaries ICU's iterator (as the extractor configures
 * it) finds over the whole paragraph, and when it answers without the iterator (one sentence)
 * the iterator finds no break inside either. Generated paragraphs mix words, numbers with
 * points, abbreviations, terminators of several scripts, closing quotes and brackets, spaces,
 * separators, combining marks and characters outside the BMP. Seeded.
 */
class SentenceBreaksTest {

  private static final String[] PIECES = {
    "Over", "1,500", "recruits", "1.5", "U.S.", "Mr.", "Feb.", " ", " ", "  ", "\t", ".", "!", "?",
    "…", "...", "?!", "\u3002", "\u0964", "\u061f", "\"", "\u201d", "\u2019", ")", "]", "(",
    "\u2029", "\u0085", "\u2028", "e\u0301", "\u00a0", "\uD83D\uDE00", "Київ.", "the", "army",
    "said", "—", ",", ";", ":", "a.m.", "No.",
  };

  static Stream<Long> seeds() {
    return SeededText.seeds(90_000L, 1_000);
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

  /**
   * The boundaries {@link SentenceBreaks#breaks} finds without an iterator (it is given none),
   * or null when the paragraph needed one.
   */
  private static int[] withoutIterator(String s) {
    try {
      return SentenceBreaks.breaks(null, s, 0, s.length());
    } catch (NullPointerException needed) {
      return null;
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void oneSentenceWithoutTheIteratorMeansTheIteratorFindsNoBreakInside(long seed) {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder(SeededText.of(r, 12, PIECES, "", " ", " "));
    // half of them end as a sentence usually does
    if (r.nextBoolean()) {
      b.append(PIECES[r.nextInt(4)]).append(PIECES[11 + r.nextInt(3)]);
    }
    String s = b.toString();
    int[] without = withoutIterator(s);
    if (without != null) {
      // answered without the iterator: one sentence, or breaks all of the plain kind
      List<Integer> icuBreaks = new ArrayList<>();
      icuBreaks.add(0);
      for (int[] sentence : icu(s)) {
        icuBreaks.add(sentence[1]);
      }
      if (s.isEmpty()) {
        icuBreaks.add(0);
      }
      assertEquals(icuBreaks, IntStream.of(without).boxed().toList(), () -> "seed " + seed + ": '" + s + "'");
    }
    BreakIterator bi = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));
    List<Integer> expected = new ArrayList<>();
    bi.setText(s);
    for (int p = bi.first(); p != BreakIterator.DONE; p = bi.next()) {
      expected.add(p);
    }
    if (s.isEmpty()) {
      expected = List.of(0, 0);
    }
    List<Integer> want = expected;
    assertEquals(want, IntStream.of(SentenceBreaks.breaks(bi, s, 0, s.length())).boxed().toList(),
        () -> "seed " + seed + ": '" + s + "'");
  }

  /** Words, abbreviations (ICU's exceptions among them), terminators, closers and continuers. */
  private static final String[] PARAGRAPH = {
    "Over", "recruits", "the", "army", "said", "they", "Kyiv", "in", "and", "Russia", "x", "I", "A",
    "internationally", "counterintelligence", "representatives", "1,500", "1.5", "2024", "5", ".5",
    "Mr.", "Mrs.", "Dr.", "U.S.", "U.S.A.", "Ph.D.", "Lt.Cdr.", "Hon.B.A.", "a.m.", "p.m.", "P.M.",
    "e.g.", "E.g.", "i.e.", "Jan.", "Feb.", "Sept.", "No.", "etc.", "Etc.", "vs.", "Inc.", "St.",
    "Gen.", "Col.", "Capt.", "Prof.", "approx.", "K.", "Z.", "D.C.", "L.A.", "U.K.", "E.U.",
    "exec.", "pp.", "Lt.", "Hon.", "ago.", "Go.", "S.p.A.", "To.", "Mrs", "crimes.", "Jr.",
    ".", ".", ".", "!", "?", "?!", "...", "\u2026", "\u3002", ".\"", ".)", "!\u201d", "?'", ".\u2019",
    "\"", "\u201c", "\u201d", "\u2018", "\u2019", "(", ")", "[", "]", "\u00ab", "\u00bb",
    ",", ";", ":", "-", "\u2013", "\u2014", "/", "%", "$", "#", "*", "&",
    "\u041a\u0438\u0457\u0432", "\u043c\u0456\u0441\u0442\u043e.", "\u5317\u4eac", "\u0645\u0631\u062d\u0628\u0627",
  };

  /** Rare characters that send a paragraph to the iterator whole. */
  private static final String[] RARE = {"e\u0301", "\u00ad", "\u200d", "\u2028", "\u2029", "\u0085", "\uD83D\uDE00", "\r"};

  static Stream<Long> paragraphSeeds() {
    return SeededText.seeds(70_000L, 3_000);
  }

  /** {@link SentenceBreaks#breaks}, with its windows, finds exactly the iterator's boundaries over the whole paragraph. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("paragraphSeeds")
  void breaksAreTheIteratorsOverTheWholeParagraph(long seed) {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder(SeededText.of(r, 80, PARAGRAPH, " ", " ", " ", " ", "", "  ", "\t", "\u00a0"));
    if (r.nextInt(10) == 0) {
      b.insert(r.nextInt(b.length() + 1), RARE[r.nextInt(RARE.length)]);
    }
    String paragraph = b.toString();
    String before = "Prelude. ".repeat(r.nextInt(3));
    String text = before + paragraph + "\nAfter.";
    BreakIterator bi = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));
    int[] found = SentenceBreaks.breaks(bi, text, before.length(), before.length() + paragraph.length());
    bi.setText(paragraph);
    List<Integer> expected = new ArrayList<>();
    for (int p = bi.first(); p != BreakIterator.DONE; p = bi.next()) {
      expected.add(before.length() + p);
    }
    if (paragraph.isEmpty()) {
      expected = List.of(before.length(), before.length());
    }
    List<Integer> actual = IntStream.of(found).boxed().toList();
    List<Integer> want = expected;
    assertEquals(want, actual, () -> "seed " + seed + ": '" + paragraph + "'");
  }

  /** The windows are wide enough for ICU's English exceptions; an ICU update with a longer one fails here. */
  @Test
  void noExceptionIsLongerThanTheWindowsAllow() {
    com.ibm.icu.util.UResourceBundle exceptions = ((com.ibm.icu.impl.ICUResourceBundle) com.ibm.icu.util.UResourceBundle
        .getBundleInstance(com.ibm.icu.impl.ICUData.ICU_BRKITR_BASE_NAME, new ULocale("en")))
        .getWithFallback("exceptions/SentenceBreak");
    int longest = 0;
    for (int i = 0; i < exceptions.getSize(); i++) {
      longest = Math.max(longest, exceptions.getString(i).length());
    }
    assertTrue(exceptions.getSize() > 100, "ICU's English exceptions were not found");
    assertEquals(SentenceBreaks.LONGEST_EXCEPTION, longest);
  }

  @Test
  void breaksInWindowsAsTheIteratorDoes() {
    BreakIterator bi = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));
    String s = "Mr. Smith of the U.S. Army met Lt.Cdr. Jones at 5 p.m. on Monday in the internationally recognised "
        + "capital. Then he left! Did he? Yes. \u201cNo.\u201d He did (twice). Then 1.5 million e.g. left.";
    // ICU's own boundaries (the extractor joins "U.S. | Army" again afterwards)
    assertEquals(List.of(0, 22, 39, 108, 122, 130, 135, 141, 157, 184),
        IntStream.of(SentenceBreaks.breaks(bi, s, 0, s.length())).boxed().toList());
    bi.setText(s);
    List<Integer> whole = new ArrayList<>();
    for (int p = bi.first(); p != BreakIterator.DONE; p = bi.next()) {
      whole.add(p);
    }
    assertEquals(whole, IntStream.of(SentenceBreaks.breaks(bi, s, 0, s.length())).boxed().toList());
  }

  @Test
  void readsParagraphs() {
    // one sentence for certain: answered without the iterator
    assertArrayEquals(new int[] {0, 34}, withoutIterator("Over 1,500 Nepalis were recruited."));
    assertArrayEquals(new int[] {0, 30}, withoutIterator("He said: \u201cNo more recruits!\u201d  "));
    assertArrayEquals(new int[] {0, 30}, withoutIterator("A headline without a full stop"));
    assertArrayEquals(new int[] {0, 5}, withoutIterator("Why?!"));
    assertArrayEquals(new int[] {0, 0}, withoutIterator(""));
    // plain breaks: a lower-case letter, a terminator, spaces and a capital
    assertArrayEquals(new int[] {0, 11, 26}, withoutIterator("They came. Then they left."));
    assertArrayEquals(new int[] {0, 11, 21, 30}, withoutIterator("Who came?  Many did! They stay"));
    // the rest ask it: an exception of ICU's, or what might begin one ("Lt." of "Lt.Cdr.")
    assertNull(withoutIterator("It was Smith vs. Jones."));
    assertNull(withoutIterator("Ask Mr. Smith."));
    assertNull(withoutIterator("Ask the Lt. Then go."));
    assertNull(withoutIterator("Done at 10 a.m. Then left."));
    assertNull(withoutIterator("They came.Then they left."), "no space");
    assertNull(withoutIterator("They came. then they left."), "no capital");
    assertNull(withoutIterator("In the U.S. Army"), "a capital before");
    assertNull(withoutIterator("They came.” Then they left."), "a closing quote");
    assertNull(withoutIterator("About 1.5 million"), "a point inside: ask the iterator");
    assertNull(withoutIterator("In the U.S."));
    assertNull(withoutIterator("one\u2029two"));
    assertNull(withoutIterator("Done. \u201d"), "a space before the quote: ask");
    assertEquals(1, icu("He said: \u201cNo more recruits!\u201d  ").size());
  }
}
