package dev.muster.parse.classify;

import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.quantity.QuantityMention;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.util.List;

/**
 * People said to come back in coffins are the dead: "two came home in coffins", "were returned in
 * zinc coffins", "sent back in body bags", whatever verb brings them.
 *
 * <p>Immutable and thread-safe.
 */
final class Coffins {

  /** How far after the number the "in" of the coffin may stand. */
  private static final int REACH = 12;
  /** How far after "in" the coffin word may stand ("in sealed zinc coffins"). */
  private static final int MODIFIERS = 3;

  private final Words clauseBreaks;
  private final Words in;
  /** "coffins", "caskets", "bags": what the dead come back in. */
  private final Words coffins;

  Coffins(Lexicon lex) {
    this.clauseBreaks = lex.optionalWords("classify.clause-breaks");
    this.in = lex.optionalWords("classify.in");
    this.coffins = lex.optionalWords("classify.coffins");
  }

  /** Whether the clause after the number {@code q}, before {@code hi}, says they came back in coffins. */
  boolean after(List<Token> t, QuantityMention q, int hi) {
    int end = Math.min(hi, q.end() + REACH);
    for (int k = q.end(); k < end; k++) {
      Token x = t.get(k);
      if (clauseBreaks.has(x) || x.is(",")) {
        return false;
      }
      if (in.has(x)) {
        for (int j = k + 1; j < Math.min(hi, k + 1 + MODIFIERS); j++) {
          if (coffins.has(t.get(j))) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
