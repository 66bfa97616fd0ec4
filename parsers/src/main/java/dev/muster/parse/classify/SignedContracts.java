package dev.muster.parse.classify;

import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.util.List;

/**
 * People who signed a contract however the contract is described: "have signed the one-year
 * '18-24' contracts", "signed such contracts", "signed short-term army contracts". The phrases
 * of the trigger list hold the contract next to the verb; here words may stand between.
 *
 * <p>Immutable and thread-safe.
 */
final class SignedContracts {

  /** How far after its noun phrase the verb of signing may stand ("aged 18 to 24 have already signed"). */
  private static final int VERB_REACH = 8;
  /** How many words may describe the contract between the verb and it ("the one-year '18-24'"). */
  private static final int OBJECT_REACH = 10;

  private final Words clauseBreaks;
  /** "signed", "concluded": verbs whose object is a contract. */
  private final Words signVerbs;
  /** "against", "for": a preposition, after which the contract is not the verb's object ("a petition against contracts"). */
  private final Words objectStops;
  /** "contract", "contracts". */
  private final Words contractNouns;

  SignedContracts(Lexicon lex) {
    this.clauseBreaks = lex.optionalWords("classify.clause-breaks");
    this.signVerbs = lex.optionalWords("classify.sign-verbs");
    this.objectStops = lex.optionalWords("classify.sign-object-stops");
    this.contractNouns = lex.optionalWords("classify.contract-nouns");
  }

  /**
   * Whether a verb of signing stands after a noun phrase ending at {@code from}, before
   * {@code hi}, and takes a contract within a few words, with no clause break or preposition
   * between.
   */
  boolean after(List<Token> t, int from, int hi) {
    for (int k = from; k < Math.min(hi, from + VERB_REACH); k++) {
      Token x = t.get(k);
      if (clauseBreaks.has(x) || x.is(",")) {
        return false;
      }
      if (!signVerbs.has(x)) {
        continue;
      }
      // the clause of the number may end at a number in the contract's name ("the '18-24' contracts")
      for (int j = k + 1; j < Math.min(t.size(), k + 1 + OBJECT_REACH); j++) {
        Token y = t.get(j);
        if (clauseBreaks.has(y) || objectStops.has(y) || y.is(",") || y.is(".")) {
          return false;
        }
        if (contractNouns.has(y)) {
          return true;
        }
      }
      return false;
    }
    return false;
  }
}
