package dev.muster.parse.quantity;

import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.token.Words;
import java.util.Set;

/**
 * Numbers written as one word of number words ("zwölftausend", "zweihundertfünfzig",
 * "dreiundzwanzig", "diecimila", "duemilacinquecento"): the word is cut into the number words of
 * the language's {@code numbers.tsv}, the longest first, with the joining words of {@code
 * quantity.compound-joins} ("und") between them; units and tens add up, a scale of 100 multiplies
 * what comes before it, a larger scale multiplies and closes the group ("zwölf|tausend": 12 000).
 * A language without compound joins or number words reads none.
 *
 * <p>Immutable and thread-safe.
 */
final class NumberCompounds {

  /** A compound's value, and whether a scale of a thousand or more is part of it. */
  record Value(long value, boolean scaled) {}

  private final Lexicon lex;
  /** Joining words between parts ("dreiundzwanzig"); a language with none reads no compounds. */
  private final Set<String> joins;
  private final int longestPart;

  NumberCompounds(Lexicon lex) {
    this.lex = lex;
    Words j = lex.optionalWords("quantity.compound-joins");
    this.joins = j.isEmpty() ? Set.of() : Set.copyOf(j);
    int longest = 0;
    for (String k : lex.numberWordKeys()) {
      longest = Math.max(longest, k.length());
    }
    this.longestPart = longest;
  }

  /** Returns the value of {@code key} read as a compound of at least two number words, or null. */
  Value read(String key) {
    if (joins.isEmpty() || key.length() < 5) {
      return null;
    }
    long total = 0;
    long current = 0;
    int parts = 0;
    boolean scaled = false;
    int i = 0;
    while (i < key.length()) {
      int cut = longestPart(key, i);
      if (cut < 0) {
        int join = joinAt(key, i);
        if (join < 0 || parts == 0) {
          return null;
        }
        i = join;
        continue;
      }
      Lexicon.NumberWord w = lex.numberWord(key.substring(i, cut));
      if (w.kind == Lexicon.NumberWordKind.SCALE && w.value >= 1000) {
        total += Math.max(current, 1) * w.value;
        current = 0;
        scaled = true;
      } else if (w.kind == Lexicon.NumberWordKind.SCALE) {
        current = Math.max(current, 1) * w.value;
      } else {
        current += w.value;
      }
      parts++;
      i = cut;
    }
    return parts < 2 ? null : new Value(total + current, scaled);
  }

  /** The end of the longest number word at {@code from}, or -1. */
  private int longestPart(String key, int from) {
    for (int end = Math.min(key.length(), from + longestPart); end > from + 1; end--) {
      if (lex.numberWord(key.substring(from, end)) != null) {
        return end;
      }
    }
    return -1;
  }

  /** The end of a joining word at {@code from} that a number word follows, or -1. */
  private int joinAt(String key, int from) {
    for (String j : joins) {
      if (key.startsWith(j, from) && from + j.length() < key.length() && longestPart(key, from + j.length()) > 0) {
        return from + j.length();
      }
    }
    return -1;
  }
}
