package dev.muster.parse.segment;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import java.util.Arrays;

/**
 * Splits a paragraph into sentences as ICU's sentence iterator does, running it as little as
 * possible. Under the sentence rules of Unicode (UAX #29), which ICU implements, a sentence ends
 * only after a paragraph separator or after a run of sentence terminators ({@code .}, {@code !}, {@code ?}
 * and their kin) with its closing punctuation and spaces; ICU's abbreviation filter only removes
 * such breaks. So a paragraph whose only terminators are in one run at its very end (followed by
 * closing punctuation, then spaces) has no break inside, and {@link #breaks} does not run the
 * iterator for it.
 *
 * <p>For a paragraph of several sentences, {@link #breaks} runs the iterator only on short
 * windows around its terminators. Whether a terminator ends a sentence depends on the character
 * before it (UAX #29 rule SB7), on the characters after it up to the next letter or terminator
 * (SB6, SB8 to SB11), and, for ICU's abbreviation filter, on at most {@value #LONGEST_EXCEPTION}
 * characters before the break (a word such as "Mr." or "Lt.Cdr.") and as many after its start
 * ("Ph.D."); so a window from {@value #BEFORE} characters before a terminator to {@value #AFTER}
 * characters past the first letter or terminator after it decides it as the whole paragraph
 * would. A plain sentence end (a lower-case letter, a terminator, spaces, a capital; see
 * {@link #plainBreak}) is decided without the iterator, and no later window starts before it.
 * Windows that overlap are joined; a paragraph with characters that the rules skip or
 * that separate paragraphs (combining marks, format characters, line separators) or with
 * characters outside the Basic Multilingual Plane goes to the iterator whole. Stateless.
 */
final class SentenceBreaks {

  private SentenceBreaks() {}

  /** The longest abbreviation in ICU's English sentence-break exceptions ("Lt.Cdr.", "Hon.B.A."). */
  static final int LONGEST_EXCEPTION = 8;

  /** Characters of a window before a terminator. */
  static final int BEFORE = 3 * LONGEST_EXCEPTION;

  /** Characters of a window after the first letter or terminator that follows a terminator. */
  static final int AFTER = 2 * LONGEST_EXCEPTION;

  /** The sentence-break class of each ASCII character, from ICU's data. */
  private static final byte[] ASCII = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII[c] = (byte) UCharacter.getIntPropertyValue(c, UProperty.SENTENCE_BREAK);
    }
  }

  /** The ASCII characters whose class {@link #breaks} must look at: terminators and separators. */
  private static final boolean[] NOTABLE = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      NOTABLE[c] = ends(ASCII[c]) || separates(ASCII[c]) || ASCII[c] == UCharacter.SentenceBreak.EXTEND
          || ASCII[c] == UCharacter.SentenceBreak.FORMAT;
    }
  }

  /**
   * ICU's English sentence-break exceptions ("Mr.", "etc.", "a.m.") and their beginnings up to a
   * full stop ("Lt." of "Lt.Cdr."), grouped by the lower-case ASCII letter before their last full
   * stop: {@link #plainBreak} leaves to the iterator a full stop that any of them could end.
   */
  private static final String[][] ENDINGS = endings();

  private static String[][] endings() {
    java.util.List<java.util.List<String>> byLetter = new java.util.ArrayList<>();
    for (int k = 0; k < 26; k++) {
      byLetter.add(new java.util.ArrayList<>());
    }
    com.ibm.icu.util.UResourceBundle exceptions = ((com.ibm.icu.impl.ICUResourceBundle)
        com.ibm.icu.util.UResourceBundle.getBundleInstance(com.ibm.icu.impl.ICUData.ICU_BRKITR_BASE_NAME,
            com.ibm.icu.util.ULocale.ENGLISH)).getWithFallback("exceptions/SentenceBreak");
    for (int i = 0; i < exceptions.getSize(); i++) {
      String e = exceptions.getString(i);
      for (int dot = e.indexOf('.'); dot >= 1; dot = e.indexOf('.', dot + 1)) {
        char before = e.charAt(dot - 1);
        if (before >= 'a' && before <= 'z') {
          byLetter.get(before - 'a').add(e.substring(0, dot + 1));
        }
      }
    }
    String[][] out = new String[26][];
    for (int k = 0; k < 26; k++) {
      out[k] = byLetter.get(k).toArray(String[]::new);
    }
    return out;
  }

  /**
   * The break after the terminator at {@code i}, decided without the iterator, or -1 when it
   * needs the iterator. The plain case: a lower-case ASCII letter, then '.', '!' or '?', then
   * spaces (U+0020) and a capital ASCII letter, all before {@code end}; then UAX #29 breaks
   * before the capital (SB11; SB7 needs no space, SB8 a lower-case letter next, SB8a a comma or
   * terminator next), and ICU's filter keeps the break unless the text up to a full stop ends
   * with one of its exceptions or the beginning of one ({@link #ENDINGS}).
   */
  static int plainBreak(String text, int start, int i, int end) {
    char c = text.charAt(i);
    if (i == start || i + 2 >= end || text.charAt(i + 1) != ' ') {
      return -1;
    }
    char before = text.charAt(i - 1);
    if (before < 'a' || before > 'z') {
      return -1;
    }
    int k = i + 2;
    while (k < end && text.charAt(k) == ' ') {
      k++;
    }
    if (k >= end || text.charAt(k) < 'A' || text.charAt(k) > 'Z') {
      return -1;
    }
    if (c == '.') {
      for (String e : ENDINGS[before - 'a']) {
        int from = i + 1 - e.length();
        if (from < 0 || text.regionMatches(from, e, 0, e.length())) {
          return -1;
        }
      }
    } else if (c != '!' && c != '?') {
      return -1;
    }
    return k;
  }

  private static int classOf(String text, int i) {
    char c = text.charAt(i);
    return c < 128 ? ASCII[c] : UCharacter.getIntPropertyValue(c, UProperty.SENTENCE_BREAK);
  }

  private static boolean ends(int cls) {
    return cls == UCharacter.SentenceBreak.ATERM || cls == UCharacter.SentenceBreak.STERM;
  }

  private static boolean separates(int cls) {
    return cls == UCharacter.SentenceBreak.SEP || cls == UCharacter.SentenceBreak.CR
        || cls == UCharacter.SentenceBreak.LF;
  }

  /**
   * Where the paragraph's final run starts: the terminators that only closing punctuation and
   * spaces follow to its end (or where those start, if no terminator precedes them).
   */
  private static int finalRun(String text, int start, int end) {
    int k = end;
    while (k > start && classOf(text, k - 1) == UCharacter.SentenceBreak.SP) {
      k--;
    }
    while (k > start && classOf(text, k - 1) == UCharacter.SentenceBreak.CLOSE) {
      k--;
    }
    while (k > start && ends(classOf(text, k - 1))) {
      k--;
    }
    return k;
  }

  /**
   * The sentence boundaries of {@code text[start, end)} as {@code bi} finds them when given that
   * text alone, as positions in {@code text}: {@code start}, the breaks inside, {@code end}.
   */
  static int[] breaks(BreakIterator bi, String text, int start, int end) {
    // the final run has no break inside (SB9, SB10): only a terminator before it needs a window
    int last = finalRun(text, start, end);
    Positions out = null;
    boolean rare = false;
    int from = -1;
    int to = -1;
    // where a window may start: the paragraph's start, or the last break decided without one
    int floor = start;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      int cls;
      if (c < 128) {
        if (!NOTABLE[c]) {
          continue;
        }
        cls = ASCII[c];
      } else if (Character.isSurrogate(c)) {
        return whole(bi, text, start, end);
      } else {
        cls = UCharacter.getIntPropertyValue(c, UProperty.SENTENCE_BREAK);
      }
      if (separates(cls)) {
        return whole(bi, text, start, end);
      }
      if (cls == UCharacter.SentenceBreak.EXTEND || cls == UCharacter.SentenceBreak.FORMAT) {
        // the rules skip these after any character: harmless unless a window is needed
        rare = true;
        continue;
      }
      if (!ends(cls) || i >= last) {
        continue;
      }
      if (rare) {
        return whole(bi, text, start, end);
      }
      if (from < 0 || i >= to) {
        int plain = plainBreak(text, start, i, end);
        if (plain >= 0) {
          // decided here: the open window (wholly before it) goes first, and no later window
          // starts before this break, where the iterator starts afresh
          if (from >= 0) {
            window(bi, text, from, to, out);
            from = -1;
          } else if (out == null) {
            out = new Positions();
            out.add(start);
          }
          out.add(plain);
          floor = plain;
          continue;
        }
      }
      int left = Math.max(floor, i - BEFORE);
      int k = i + 1;
      while (k < end && !decides(classOf(text, k))) {
        k++;
      }
      int right = Math.min(end, k + 1 + AFTER);
      if (from >= 0 && left <= to) {
        to = Math.max(to, right);
        continue;
      }
      if (from >= 0) {
        window(bi, text, from, to, out);
      } else if (out == null) {
        out = new Positions();
        out.add(start);
      }
      from = left;
      to = right;
    }
    if (out == null) {
      return new int[] {start, end};
    }
    if (rare) {
      return whole(bi, text, start, end);
    }
    if (from >= 0) {
      window(bi, text, from, to, out);
    }
    out.add(end);
    return out.toArray();
  }

  /** A letter or a terminator: where the rules after a terminator stop looking ahead. */
  private static boolean decides(int cls) {
    return cls == UCharacter.SentenceBreak.LOWER || cls == UCharacter.SentenceBreak.UPPER
        || cls == UCharacter.SentenceBreak.OLETTER || ends(cls);
  }

  /** Adds the breaks that {@code bi} finds strictly inside the window {@code [from, to)}. */
  private static void window(BreakIterator bi, String text, int from, int to, Positions out) {
    bi.setText(text.substring(from, to));
    bi.first();
    for (int b = bi.next(); b != BreakIterator.DONE; b = bi.next()) {
      if (b > 0 && from + b < to) {
        out.add(from + b);
      }
    }
  }

  /** All the boundaries from the iterator over the whole of {@code text[start, end)}. */
  private static int[] whole(BreakIterator bi, String text, int start, int end) {
    Positions out = new Positions();
    bi.setText(text.substring(start, end));
    for (int b = bi.first(); b != BreakIterator.DONE; b = bi.next()) {
      out.add(start + b);
    }
    return out.toArray();
  }

  /** A growing list of positions. */
  private static final class Positions {
    private int[] at = new int[8];
    private int size;

    void add(int p) {
      if (size == at.length) {
        at = Arrays.copyOf(at, size * 2);
      }
      at[size++] = p;
    }

    int[] toArray() {
      return Arrays.copyOf(at, size);
    }
  }
}
