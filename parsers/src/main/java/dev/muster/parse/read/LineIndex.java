package dev.muster.parse.read;

import java.util.Arrays;

/**
 * The lines of a text from a given offset on: where each starts and where its content ends (before
 * its terminator). A line ends at {@code \n}, at {@code \r\n} or at a lone {@code \r}; the text
 * itself is never changed, so every offset here is an offset into it.
 *
 * <p>Immutable after construction and safe to share between threads.
 */
public final class LineIndex {

  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final int count;

  private LineIndex(String text, int[] starts, int[] ends, int count) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.count = count;
  }

  /** Indexes the lines of {@code text} that start at or after {@code from}. */
  public static LineIndex of(String text, int from) {
    int[] starts = new int[16];
    int[] ends = new int[16];
    int n = 0;
    int lineStart = from;
    int len = text.length();
    // String.indexOf is a vectorised scan; the next '\r' is looked for again only once passed,
    // so the whole text is scanned about once for each of the two characters
    int cr = from < len ? text.indexOf('\r', from) : -1;
    int i = from;
    while (i < len) {
      int nl = text.indexOf('\n', i);
      if (cr >= 0 && cr < i) {
        cr = text.indexOf('\r', i);
      }
      int b = nl < 0 ? cr : cr < 0 ? nl : Math.min(nl, cr);
      if (b < 0) {
        break;
      }
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, n * 2);
        ends = Arrays.copyOf(ends, n * 2);
      }
      starts[n] = lineStart;
      ends[n] = b;
      n++;
      i = b + ((text.charAt(b) == '\r' && b + 1 < len && text.charAt(b + 1) == '\n') ? 2 : 1);
      lineStart = i;
    }
    if (lineStart < len) {
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, n + 1);
        ends = Arrays.copyOf(ends, n + 1);
      }
      starts[n] = lineStart;
      ends[n] = len;
      n++;
    }
    return new LineIndex(text, starts, ends, n);
  }

  public int count() {
    return count;
  }

  /** Returns where line {@code i} starts. */
  public int start(int i) {
    return starts[i];
  }

  /** Returns where the content of line {@code i} ends (its terminator excluded). */
  public int end(int i) {
    return ends[i];
  }

  /** Returns the offset of the first non-space character of line {@code i}, or its end. */
  public int trimmedStart(int i) {
    int s = starts[i];
    int e = ends[i];
    while (s < e && isSpace(text.charAt(s))) {
      s++;
    }
    return s;
  }

  /** Returns the offset after the last non-space character of line {@code i}, or its start. */
  public int trimmedEnd(int i) {
    int s = trimmedStart(i);
    int e = ends[i];
    while (e > s && isSpace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /** Returns the length of line {@code i} without surrounding spaces. */
  int trimmedLength(int i) {
    return trimmedEnd(i) - trimmedStart(i);
  }

  /** Returns whether line {@code i} holds only spaces. */
  public boolean isBlank(int i) {
    return trimmedStart(i) == ends[i];
  }

  /** Returns line {@code i} without surrounding spaces. */
  String trimmed(int i) {
    return text.substring(trimmedStart(i), trimmedEnd(i));
  }

  /** Returns whether {@code c} is white space, including no-break and zero-width spaces. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
  }
}
