package dev.muster.parse.internal;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * Tells when a paragraph is one sentence without running ICU's sentence iterator. Under the
 * sentence rules of Unicode (UAX #29), which ICU implements, a sentence ends only after a
 * paragraph separator or after a run of sentence terminators ({@code .}, {@code !}, {@code ?}
 * and their kin) with its closing punctuation and spaces; ICU's abbreviation filter only removes
 * such breaks. So a paragraph whose only terminators are in one run at its very end (followed by
 * closing punctuation, then spaces) has no break inside. Stateless.
 */
final class SentenceBreaks {

  private SentenceBreaks() {}

  /** The sentence-break class of each ASCII character, from ICU's data. */
  private static final byte[] ASCII = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII[c] = (byte) UCharacter.getIntPropertyValue(c, UProperty.SENTENCE_BREAK);
    }
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
   * Whether {@code text[start, end)} is certainly one sentence (or blank): no terminator or
   * separator except one run of terminators that only closing punctuation and spaces follow.
   * False means "ask the iterator", not "several sentences"; so does a character outside the
   * Basic Multilingual Plane, or any other character inside the final run.
   */
  static boolean oneSentence(String text, int start, int end) {
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
    for (int i = start; i < k; i++) {
      char c = text.charAt(i);
      if (c >= 128 && Character.isSurrogate(c)) {
        return false;
      }
      int cls = c < 128 ? ASCII[c] : UCharacter.getIntPropertyValue(c, UProperty.SENTENCE_BREAK);
      if (ends(cls) || separates(cls)) {
        return false;
      }
    }
    return true;
  }
}
