package dev.muster.parse.classify;

import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.token.PhraseIndex;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.util.List;

/**
 * People, not troops, that someone sent to Russia or to fight for it are recruits: "the network had sent
 * at least 35 young men from Kerala to Russia", "accused of sending dozens of young Kenyans to
 * fight for Russia", "sent 20 young men to join the Russian army". Troops sent somewhere ("sent 3,000 soldiers to Kursk"), and people a state
 * sends, serve there.
 *
 * <p>Immutable and thread-safe.
 */
final class SentToEnlist {

  /** How far after its noun phrase the destination may stand ("men from Kerala and Punjab to Russia"). */
  private static final int REACH = 10;

  private final Lexicon lex;
  private final Words sendVerbs;
  private final Words toWord;
  /** "russia", "moscow": where recruits are sent. */
  private final Words destinations;
  /** "fight": what recruits are sent for, when "for" a side follows ("to fight for Russia", not "to fight in Ukraine"). */
  private final Words purposes;
  private final Words forWord;
  /** "join", "enlist": what recruits are sent for with no side after ("to join the Russian army"). */
  private final Words joinPurposes;
  /** "former", "retired": words before soldiers no longer serving. */
  private final Words formerWords;
  private final Words clauseBreaks;

  SentToEnlist(Lexicon lex) {
    this.lex = lex;
    this.sendVerbs = lex.optionalWords("classify.enlist-send-verbs");
    this.toWord = lex.optionalWords("classify.to");
    this.destinations = lex.optionalWords("classify.enlist-destinations");
    this.clauseBreaks = lex.optionalWords("classify.clause-breaks");
    this.purposes = lex.optionalWords("classify.enlist-purposes");
    this.forWord = lex.optionalWords("classify.enlist-purpose-sides");
    this.joinPurposes = lex.optionalWords("classify.enlist-join-purposes");
    this.formerWords = lex.optionalWords("classify.enlist-former-words");
  }

  /**
   * Whether a place is named before the verb at {@code v}: a state that sends its people deploys
   * them ("North Korea has sent 5,000 engineers to Russia"), and a sender placed somewhere ("a broker
   * in Kathmandu") is left as the sentence tells it.
   */
  private boolean placeBefore(List<Token> t, int v) {
    for (int k = 0; k < v; k++) {
      PhraseIndex.Match<Lexicon.Place> pm = lex.places.longest(t, k, v);
      if (pm != null && !pm.value.demonym) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether soldiers no longer serving, a word of which stands in {@code t[first, from)}, were sent
   * to join an army ("sent at least 14 former soldiers to join the Russian army", "sending retired
   * officers to Russia"): they were recruited again, not moved as troops.
   */
  boolean sentFormer(List<Token> t, int first, int from, int hi) {
    return formerWords.anyIn(t, first, from) && sent(t, first, from, hi);
  }

  /**
   * Whether a verb of sending stands right before the number starting at {@code first} (over an
   * opening quote) and "to" and a destination of recruits ("to Russia", "to fight for", "to join") follow the
   * noun phrase ending at
   * {@code from}, before {@code hi}.
   */
  boolean sent(List<Token> t, int first, int from, int hi) {
    int v = first - 1;
    if (v >= 0 && t.get(v).is("\"")) {
      v--;
    }
    if (v < 0 || !sendVerbs.has(t.get(v)) || placeBefore(t, v)) {
      return false;
    }
    // the clause of the number may end before the destination ("dozens of young men to Russia in 2024")
    for (int k = from; k + 1 < Math.min(t.size(), from + REACH); k++) {
      Token x = t.get(k);
      if (clauseBreaks.has(x) || x.is(",") || x.is(".")) {
        return false;
      }
      if (toWord.has(x) && (destinations.has(t.get(k + 1)) || joinPurposes.has(t.get(k + 1))
          || k + 2 < t.size() && purposes.has(t.get(k + 1)) && forWord.has(t.get(k + 2)))) {
        return true;
      }
    }
    return false;
  }
}
