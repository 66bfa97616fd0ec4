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
 * none.
 *
 * <p>Immutable and thread-safe.
 */
final class Comparisons {

  /** How many tokens may stand between a superlative and its "since" ("highest weekly figure in the region since"). */
  private static final int REACH = 6;

  /** "highest", "largest": the words of a record that a "since" after them dates. */
  private final Words superlatives;
  private final Words since;

  Comparisons(Lexicon lex) {
    this.superlatives = lex.optionalWords("time.superlatives");
    this.since = lex.optionalWords("time.since");
  }

  /** The spans less those that open with "since" after a superlative of their clause; {@code spans} itself when none does. */
  List<DatedSpan> apply(List<Token> t, List<DatedSpan> spans) {
    List<DatedSpan> out = null;
    for (DatedSpan e : spans) {
      if (e.kind() == TimeKind.SINCE && since.has(t.get(e.start())) && afterSuperlative(t, e.start())) {
        if (out == null) {
          out = new ArrayList<>(spans);
        }
        out.remove(e);
      }
    }
    return out == null ? spans : out;
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
