package dev.muster.parse.classify;

import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.quantity.QuantityMention;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.util.List;

/**
 * A bare number that a figure before it in its clause is set against: the same count for another
 * time or place ("2,000 signed in May, compared with 1,500 in April", "rose to 900 a week, up from
 * 600", "410 this year against 350 in 2023"). It counts what the figure counts. Not when words of
 * its own say what it counts ("compared with 40 tanks", "against 300 who died"), nor a part of
 * something ("against 45 of them").
 *
 * <p>Immutable and thread-safe.
 */
final class ComparedFigures {

  /** How many tokens may stand between the figure and the number set against it. */
  private static final int REACH = 14;
  /** How many tokens may stand between the figure and a number set against it by ", up from". */
  private static final int SHIFT_REACH = 40;

  /** "against", "versus", "from": a word that sets the number after it against a figure. */
  private final Words links;
  /** "with", "to": a link only after a word of {@link #comparing}. */
  private final Words pairedLinks;
  /** "compared", "comparison": the word before a paired link. */
  private final Words comparing;
  /** "up", "down": before the link "from" and after a comma, a link that reaches the whole sentence. */
  private final Words shifts;
  private final Words clauseBreaks;
  private final Words partOf;
  private final Lexicon lex;

  ComparedFigures(Lexicon lex) {
    this.lex = lex;
    this.links = lex.optionalWords("classify.comparison-links");
    this.pairedLinks = lex.optionalWords("classify.comparison-paired-links");
    this.comparing = lex.optionalWords("classify.comparing");
    this.shifts = lex.optionalWords("classify.comparison-shifts");
    this.clauseBreaks = lex.optionalWords("classify.clause-breaks");
    this.partOf = lex.optionalWords("document.of");
  }

  /** Whether the bare number {@code q} is set against the figure {@code before} in its clause. */
  boolean against(List<Token> t, QuantityMention before, QuantityMention q) {
    int link = q.first() - 1;
    int reach = link >= 2 && shifts.has(t.get(link - 1)) && t.get(link - 2).is(",") ? SHIFT_REACH : REACH;
    if (link <= before.end() || q.first() - before.end() > reach || !linked(t, link)) {
      return false;
    }
    for (int k = before.end(); k < link; k++) {
      Token x = t.get(k);
      if (clauseBreaks.has(x) || x.isNumber() && !x.isYear()) {
        return false;
      }
    }
    return bare(t, q);
  }

  private boolean linked(List<Token> t, int link) {
    Token x = t.get(link);
    return links.has(x) || pairedLinks.has(x) && link > 0 && comparing.has(t.get(link - 1));
  }

  /** Whether nothing in the number's clause after it says what it counts. */
  private boolean bare(List<Token> t, QuantityMention q) {
    int end = q.end();
    if (end < t.size() && (partOf.has(t.get(end)) || t.get(end).isWord() && lex.nouns.longest(t, end) != null)) {
      return false;
    }
    for (int k = end; k < t.size(); k++) {
      Token x = t.get(k);
      if (x.is(",") || clauseBreaks.has(x) || x.isPunct() && !x.is("-")) {
        return true;
      }
      if (lex.triggers.longest(t, k) != null || x.isWord() && lex.nouns.longest(t, k) != null
          && lex.nouns.longest(t, k).value.isPeople()) {
        return false;
      }
    }
    return true;
  }

}
