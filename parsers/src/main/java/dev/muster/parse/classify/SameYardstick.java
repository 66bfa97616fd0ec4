package dev.muster.parse.classify;

import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.quantity.QuantityMention;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.util.List;

/**
 * An amount that goes on with an amount before it that is no pay, in the same currency and with
 * nothing of the war between or in its own clause: "the average wage is 70,000 roubles, and in
 * the south it is nearer 50,000 roubles", "a flat costs 6 million roubles and a car 2 million
 * roubles". "..., while recruits get 200,000 roubles" names the war and is pay again.
 *
 * <p>Immutable and thread-safe.
 */
final class SameYardstick {

  /** How many tokens may stand between the two amounts. */
  private static final int REACH = 16;
  /** How far after the amount its own clause is read for words of the war. */
  private static final int CLAUSE_REACH = 8;

  private final Words warWords;
  private final Words payVerbs;
  private final Words payees;
  private final Words clauseBreaks;

  SameYardstick(Lexicon lex) {
    this.warWords = lex.optionalWords("classify.war-words");
    this.payVerbs = lex.optionalWords("classify.pay-verbs");
    this.payees = lex.optionalWords("classify.wage-payees");
    this.clauseBreaks = lex.optionalWords("classify.clause-breaks");
  }

  /** Whether the amount {@code q} is the same kind of yardstick as the rejected amount {@code before}. */
  boolean continues(List<Token> t, QuantityMention before, QuantityMention q) {
    if (before.unit() == null || !before.unit().equals(q.unit()) || q.first() - before.end() > REACH) {
      return false;
    }
    for (int k = before.end(); k < q.first(); k++) {
      if (ofTheWar(t.get(k))) {
        return false;
      }
    }
    for (int k = q.end(); k < Math.min(t.size(), q.end() + CLAUSE_REACH); k++) {
      Token x = t.get(k);
      if (x.is(",") || clauseBreaks.has(x)) {
        break;
      }
      if (ofTheWar(x)) {
        return false;
      }
    }
    return true;
  }

  private boolean ofTheWar(Token x) {
    return warWords.has(x) || payVerbs.has(x) || payees.has(x);
  }
}
