package dev.muster.parse.classify;

import dev.muster.Measure;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.token.PhraseIndex;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.util.List;

/**
 * People counted as a part of a whole named after them ("1,090 foreigners among the 111,387
 * Russian military dead", "12 Nepalis among those killed", "40 students among the new recruits"):
 * the part takes the whole's measure.
 *
 * <p>Immutable and thread-safe.
 */
final class AmongTheWhole {

  /** How many words may describe the whole before its measure word ("the 111,387 Russian military dead"). */
  private static final int REACH = 8;

  private final Lexicon lex;
  private final Words among;
  private final Words clauseBreaks;

  AmongTheWhole(Lexicon lex) {
    this.lex = lex;
    this.among = lex.optionalWords("classify.split-openers");
    this.clauseBreaks = lex.optionalWords("classify.clause-breaks");
  }

  /**
   * The measure of the whole that "among" right after a noun phrase ending at {@code from} names,
   * before a comma or clause break; null when none follows, or the whole is counted as money or as
   * other.
   */
  Measure after(List<Token> t, int from) {
    if (from >= t.size() || !among.has(t.get(from))) {
      return null;
    }
    for (int k = from + 1; k < Math.min(t.size(), from + 1 + REACH); k++) {
      Token x = t.get(k);
      if (clauseBreaks.has(x) || x.is(",") || x.is(".")) {
        return null;
      }
      PhraseIndex.Match<Measure> m = lex.triggers.longest(t, k);
      if (m != null) {
        return m.value == Measure.PAYMENT || m.value == Measure.OTHER ? null : m.value;
      }
    }
    return null;
  }
}
