package dev.muster.parse.classify;

import dev.muster.Origin;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.token.PhraseIndex;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.util.List;
import java.util.Optional;

/**
 * A foreign country set at the head of a clause as the scene of a payment: "In India, the monthly
 * salary is given as Rs 2 lakh", "while in Nepal agents have been paid 1.5 million rupees". The
 * payees of an amount in that clause are of that country. Russia is no such scene: the regions
 * that pay ("In Moscow, foreign recruits are promised ...") do not name who is paid.
 *
 * <p>Immutable and thread-safe.
 */
final class PaidScene {

  private static final Origin RUSSIA = Origin.of("RU");

  private final Lexicon lex;
  private final Words in;
  /** "while", "whereas", ";", "and": the words that open a clause a scene may head. */
  private final Words openers;
  /** "while", "whereas", ";": the words that end the clause of an amount, and a scene before them. */
  private final Words breaks;

  PaidScene(Lexicon lex) {
    this.lex = lex;
    this.in = lex.optionalWords("classify.in");
    this.openers = lex.optionalWords("classify.scene-openers");
    this.breaks = lex.optionalWords("classify.scene-breaks");
  }

  /** The country of the scene that heads the clause of token {@code at}; empty when none. */
  Optional<Origin> before(List<Token> t, int at) {
    for (int k = at - 2; k >= 0; k--) {
      if (in.has(t.get(k)) && (k == 0 || openers.has(t.get(k - 1)))) {
        PhraseIndex.Match<Lexicon.Place> pm = lex.places.longest(t, k + 1, at);
        if (pm != null && !pm.value.demonym && pm.value.origin.isCountry() && !pm.value.origin.equals(RUSSIA)) {
          return Optional.of(pm.value.origin);
        }
        return Optional.empty();
      }
      if (breaks.has(t.get(k))) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
