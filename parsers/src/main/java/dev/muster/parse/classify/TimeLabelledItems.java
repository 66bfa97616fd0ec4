package dev.muster.parse.classify;

import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.quantity.QuantityMention;
import dev.muster.parse.token.PhraseIndex;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.util.List;

/**
 * A list item labelled only by a time ("- Past 48 hours: 2,140", "- Last month: about 30,000", "- In
 * May alone: 35,960")
 * goes on counting what the item before it in the paragraph counted: the label names a span, not
 * the people. A label that names people or what became of them ("- Wounded this week: 300") is
 * read on its own.
 *
 * <p>Immutable and thread-safe.
 */
final class TimeLabelledItems {

  /** How many tokens a time label may have ("Change over the past 24 hours"). */
  private static final int LABEL_TOKENS = 8;
  /** How far after the separator the item's number may stand ("about 1,000", "more than 900"). */
  private static final int VALUE_START = 4;

  private final Lexicon lex;
  private final Words markers;
  private final Words separators;
  /** "hours", "days", "week": the words of a span that make a label a time. */
  private final Words periodWords;
  /** "May": a month's name, which makes a label a time too ("- In May alone: 35,960"). */
  private final Words months;

  TimeLabelledItems(Lexicon lex) {
    this.lex = lex;
    this.markers = lex.optionalWords("document.list-markers");
    this.separators = lex.optionalWords("classify.label-separators");
    this.periodWords = lex.optionalWords("classify.label-periods");
    this.months = lex.optionalWords("time.months");
  }

  /** Whether {@code q} is the value of a list item whose label is only a time. */
  boolean of(List<Token> t, QuantityMention q) {
    if (t.isEmpty() || !markers.has(t.get(0))) {
      return false;
    }
    int separator = -1;
    for (int k = 2; k < Math.min(t.size(), LABEL_TOKENS + 2); k++) {
      if (separators.has(t.get(k))) {
        separator = k;
        break;
      }
    }
    if (separator < 0 || q.first() <= separator || q.first() > separator + VALUE_START) {
      return false;
    }
    boolean time = false;
    for (int k = 1; k < separator; k++) {
      PhraseIndex.Match<Lexicon.Noun> noun = t.get(k).isWord() ? lex.nouns.longest(t, k, separator) : null;
      if (noun != null && (noun.value.isPeople() || noun.value.measure != null)
          || t.get(k).isWord() && lex.triggers.longest(t, k, separator) != null) {
        return false; // "- Wounded this week: 300", "- Volunteers last month: 900"
      }
      time |= periodWords.has(t.get(k)) || months.has(t.get(k));
    }
    return time;
  }
}
