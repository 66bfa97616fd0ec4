package dev.muster.parse.time;

import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * A "since" that dates a comparison, not a figure: "averaged 931 a day in November, the highest of
 * any month since March", "called up 150,000, the largest spring draft since 2016", "fell to
 * 20,000, the lowest level since early 2023". The span after a superlative in its own clause says
 * how long the record stands; the figure's time is the one the sentence states besides it, or
 * none. So is a time right after a comparison's words ("close to this year's level", "compared
 * with last year"), which dates what the figure is compared with.
 *
 * <p>Immutable and thread-safe.
 */
final class Comparisons {

  /** How many tokens may stand between a superlative and its "since" ("highest weekly figure in the region since"). */
  private static final int REACH = 6;

  /** "highest", "largest": the words of a record that a "since" after them dates. */
  private final Words superlatives;
  private final Words since;

  /** "close", "compared": the words of a comparison that a link and a time after them date. */
  private final Words comparisonWords;
  /** "to", "with": the links between such a word and its time ("close to this year's level"). */
  private final Words comparisonLinks;

  Comparisons(Lexicon lex) {
    this.superlatives = lex.optionalWords("time.superlatives");
    this.since = lex.optionalWords("time.since");
    this.comparisonWords = lex.optionalWords("time.comparison-words");
    this.comparisonLinks = lex.optionalWords("time.comparison-links");
  }

  /** The spans less those that open with "since" after a superlative of their clause; {@code spans} itself when none does. */
  List<DatedSpan> apply(List<Token> t, List<DatedSpan> spans) {
    List<DatedSpan> out = null;
    for (DatedSpan e : spans) {
      if (e.kind() == TimeKind.SINCE && since.has(t.get(e.start())) && afterSuperlative(t, e.start())
          || comparedTime(t, e)) {
        if (out == null) {
          out = new ArrayList<>(spans);
        }
        out.remove(e);
      }
    }
    return out == null ? spans : out;
  }

  /**
   * Whether the span dates what a figure is compared with: a comparison's word and its link stand
   * right before it ("close to this year's level", "compared with last year", "similar to 2024"),
   * and no number follows it, whose time it would be ("compared with last year's 15,000").
   */
  private boolean comparedTime(List<Token> t, DatedSpan e) {
    int k = e.start();
    if (k < 2 || !comparisonLinks.has(t.get(k - 1)) || !comparisonWords.has(t.get(k - 2))) {
      return false;
    }
    for (int j = e.end(); j < Math.min(t.size(), e.end() + 2); j++) {
      if (t.get(j).isNumber()) {
        return false;
      }
    }
    return true;
  }

  /** Whether a superlative stands at most {@value #REACH} tokens before {@code at}, with no clause mark between. */
  private boolean afterSuperlative(List<Token> t, int at) {
    for (int k = at - 1; k >= Math.max(0, at - REACH); k--) {
      Token x = t.get(k);
      if (superlatives.has(x)) {
        return true;
      }
      if (x.isPunct() && !x.is("-")) {
        return false;
      }
    }
    return false;
  }
}
