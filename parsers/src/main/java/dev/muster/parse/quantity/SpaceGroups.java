package dev.muster.parse.quantity;

import dev.muster.parse.token.Token;
import java.math.BigDecimal;
import java.util.List;

/**
 * Numbers written in groups of three digits one space apart ("1 500", "19 547", "1 000 000"),
 * the space any of the tokenizer's (plain, no-break, narrow no-break): the part of the digit
 * grammar English and the Slavic languages share.
 *
 * <p>Stateless and thread-safe.
 */
final class SpaceGroups {

  /** Groups of three digits after the first in "999 999 999 999 999", the largest count. */
  private static final int MAX_GROUPS = 4;
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private SpaceGroups() {}

  /**
   * Reads the groups after token {@code i}, whose value is {@code first}: the number they make
   * with it, ending at the token after the last group (the number alone when none follow), or
   * a malformed read when they form no number ("1 000 5", more groups than a count has), so that
   * no group is read alone as one.
   */
  static NumberRead read(List<Token> t, int i, BigDecimal first) {
    int end = i + 1;
    int g = end;
    while (g < t.size() && isGroup(t, g)) {
      g++;
    }
    if (g > end && (g - end > MAX_GROUPS || g < t.size() && t.get(g).isNumber())) {
      return NumberRead.malformed(g);
    }
    BigDecimal v = first;
    for (; end < g; end++) {
      v = v.multiply(THOUSAND).add(new BigDecimal(t.get(end).text));
    }
    return NumberRead.of(v, false, false, end);
  }

  /** Whether token {@code g} is three plain digits one space after the token before it. */
  private static boolean isGroup(List<Token> t, int g) {
    Token d = t.get(g);
    return d.text.length() == 3 && d.isDigitsOnly() && d.start - t.get(g - 1).end() == 1;
  }
}
