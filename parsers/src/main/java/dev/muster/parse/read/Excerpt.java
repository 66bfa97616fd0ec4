package dev.muster.parse.read;

/**
 * Offending text quoted in a problem message: at most {@value #LONGEST} characters, cut with an
 * ellipsis, with line breaks shown as {@code \n} and {@code \r}.
 */
final class Excerpt {

  /** The longest excerpt, before the ellipsis. */
  static final int LONGEST = 64;

  private Excerpt() {}

  /** Returns {@code text[start, end)} cut to {@value #LONGEST} characters. */
  static String of(CharSequence text, int start, int end) {
    int stop = Math.min(end, start + LONGEST);
    if (stop < end && stop > start && Character.isHighSurrogate(text.charAt(stop - 1))) {
      stop--;
    }
    StringBuilder sb = new StringBuilder(stop - start + 8);
    for (int i = start; i < stop; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else {
        sb.append(c);
      }
    }
    if (stop < end) {
      sb.append('…');
    }
    return sb.toString();
  }
}
