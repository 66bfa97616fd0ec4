package dev.muster.parse.classify;

import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.util.List;

/**
 * People who received a citizenship however the verb and the passport are put: "3,270 people
 * received a Russian passport", "412 of its citizens who took Russian passports", "600 foreign
 * fighters got Russian citizenship", "around 1,200 people last year get passports", and "one" for
 * a passport the sentence named before ("may apply for a Russian passport; at least 140 Arab
 * recruits had received one"). The phrases of the trigger list hold the passport next to the verb;
 * here a few words may stand between. A passport received in a relative clause that the sentence
 * goes on past ("30,000 people who had received Russian citizenship but had not registered") only
 * says who the people are.
 *
 * <p>Immutable and thread-safe.
 */
final class ReceivedCitizenship {

  /** How far after its noun phrase the verb of receiving may stand ("people last year, get"). */
  private static final int VERB_REACH = 6;
  /** How many words may describe the passport between the verb and it ("a new Russian"). */
  private static final int OBJECT_REACH = 3;

  private final Lexicon lex;
  private final Words clauseBreaks;
  /** "who", "whom": a relative clause about the people. */
  private final Words relatives;
  /** "identified", "counted": verbs before a number that count the people a relative clause describes. */
  private final Words countVerbs;
  /** "were", "had": a finite verb after a relative clause, the sentence's own predicate of its people. */
  private final Words finiteVerbs;
  /** "received", "took", "got": verbs whose object may be a passport. */
  private final Words receiptVerbs;
  /** "a", "new", "Russian": words between the verb and the passport. */
  private final Words objectWords;
  /** "citizenship", "passport", "passports". */
  private final Words citizenshipNouns;
  /** "one": a passport the sentence named before. */
  private final Words anaphors;

  ReceivedCitizenship(Lexicon lex) {
    this.lex = lex;
    this.clauseBreaks = lex.optionalWords("classify.clause-breaks");
    this.relatives = lex.optionalWords("classify.people-relatives");
    this.countVerbs = lex.optionalWords("classify.receipt-count-verbs");
    this.finiteVerbs = lex.optionalWords("classify.receipt-finite-verbs");
    this.receiptVerbs = lex.optionalWords("classify.receipt-verbs");
    this.objectWords = lex.optionalWords("classify.receipt-object-words");
    this.citizenshipNouns = lex.optionalWords("classify.received-citizenship");
    this.anaphors = lex.optionalWords("classify.receipt-anaphors");
  }

  /**
   * Whether a verb of receiving stands after a noun phrase ending at {@code from}, before
   * {@code hi}, with no clause break or other number between, and takes a passport or citizenship
   * within a few words, or "one" when the sentence names a passport before {@code first} (not
   * "received summonses", "got new boots"); in a relative clause, only when the sentence says
   * nothing more of them after it.
   */
  boolean after(List<Token> t, int first, int from, int hi) {
    boolean relative = false;
    for (int k = from; k < Math.min(hi, from + VERB_REACH); k++) {
      Token x = t.get(k);
      if (clauseBreaks.has(x) || x.isNumber()) {
        return false;
      }
      relative |= relatives.has(x);
      if (!receiptVerbs.has(x)) {
        continue;
      }
      for (int j = k + 1; j < Math.min(t.size(), k + 2 + OBJECT_REACH); j++) {
        Token y = t.get(j);
        if (citizenshipNouns.has(y)) {
          return !relative || countedBy(t, first) && !saysMore(t, j + 1);
        }
        if (anaphors.has(y)) {
          return citizenshipNouns.anyIn(t, 0, first) && (!relative || countedBy(t, first) && !saysMore(t, j + 1));
        }
        if (!objectWords.has(y)) {
          return false;
        }
      }
      return false;
    }
    return false;
  }

  /**
   * Whether the number at {@code first} is counted by a verb right before it ("has identified 412
   * of its citizens who") or by none ("Some 5,000 men who", ", 300 people who"); not one that acts
   * on them ("questioned 20,000 men who").
   */
  private boolean countedBy(List<Token> t, int first) {
    return first == 0 || !t.get(first - 1).isWord() || countVerbs.has(t.get(first - 1));
  }

  /**
   * Whether the sentence goes on after a relative clause ending before {@code from} with a clause
   * break, a finite verb or a word of what became of the people ("but had not registered", "were
   * put on the register", "were handed call-up papers").
   */
  private boolean saysMore(List<Token> t, int from) {
    for (int k = from; k < t.size(); k++) {
      if (clauseBreaks.has(t.get(k)) || finiteVerbs.has(t.get(k)) || lex.triggers.longest(t, k) != null) {
        return true;
      }
    }
    return false;
  }
}
