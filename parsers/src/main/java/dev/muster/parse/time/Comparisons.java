package dev.muster.parse.time;

import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * A "since" that dates a comparison, not a figure: "averaged 931 a day in November, the highest of
 * any month since March", "called up 150,000, the largest spring draft since 2016", "fell to
 * 20,000, the lowest level since early 2023", "a toll that no war since 1945 comes close to". The
 * span after a superlative in its own clause says how long the record stands; the figure's time is
 * the one the sentence states besides it, or none. So is a time right after a comparison's words
 * ("close to this year's level", "fewer than in September", "compared with last year"), which
 * dates what the figure is compared with.
 *
 * <p>Immutable and thread-safe.
 */
final class Comparisons {

  /** How many tokens may stand between a superlative and its "since" ("highest weekly figure in the region since"). */
  private static final int REACH = 6;

  /** "highest", "largest": the words of a record that a "since" after them dates. */
  private final Words superlatives;
  private final Words since;
  /** "no", "never": words that deny any match, whose "since" after them dates a record too. */
  private final Words recordNegations;
  /** "toll", "total", "pace": the nouns of a figure a denial after them compares ("a toll that no war since"). */
  private final Words recordNouns;
  /** "that", "which": the relative word a denial may follow its record's noun with. */
  private final Words recordRelatives;

  /** "close", "compared": the words of a comparison that a link and a time after them date. */
  private final Words comparisonWords;
  /** "to", "with": the links between such a word and its time ("close to this year's level"). */
  private final Words comparisonLinks;

  Comparisons(Lexicon lex) {
    this.superlatives = lex.optionalWords("time.superlatives");
    this.since = lex.optionalWords("time.since");
    this.recordNegations = lex.optionalWords("time.record-negations");
    this.recordNouns = lex.optionalWords("time.record-nouns");
    this.recordRelatives = lex.optionalWords("time.record-relatives");
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

  /**
   * Whether a record's noun stands right before the denial at {@code k}, perhaps with a relative
   * word between ("a toll that no war", "a total no region", "a pace never"): the denial then
   * compares the figure, where "had no news of them since October" denies the news.
   */
  private boolean recordBefore(List<Token> t, int k) {
    int j = k - 1;
    if (j >= 0 && recordRelatives.has(t.get(j))) {
      j--;
    }
    return j >= 0 && recordNouns.has(t.get(j));
  }

  /**
   * Whether a superlative stands at most {@value #REACH} tokens before {@code at}, with no clause
   * mark between; or a word that denies any match after a record's noun ("a toll that no Russian
   * war since 1945 comes close to", "a rate never seen since 2022"), with no number between either, whose time the
   * "since" would then be ("no breakdown of the 5,000 recruited since January").
   */
  private boolean afterSuperlative(List<Token> t, int at) {
    boolean number = false;
    for (int k = at - 1; k >= Math.max(0, at - REACH); k--) {
      Token x = t.get(k);
      if (superlatives.has(x) || !number && recordNegations.has(x) && !x.isCapitalized() && recordBefore(t, k)) {
        return true;
      }
      if (x.isPunct() && !x.is("-")) {
        return false;
      }
      number |= x.isNumber();
    }
    return false;
  }
}
