package dev.muster.parse.classify;

import dev.muster.Origin;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.token.PhraseIndex;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.util.List;
import java.util.Optional;

/**
 * The side that holds prisoners, which makes them the other side's: "8,000 of our people held in
 * Russia", "1,200 soldiers in Russian camps" are Ukrainians; "held in Ukraine", "in Ukrainian
 * captivity" are Russians. Only Russia and Ukraine are sides; any other country says nothing.
 *
 * <p>Immutable and thread-safe.
 */
final class Captors {

  private static final Origin RUSSIA = Origin.of("RU");
  private static final Origin UKRAINE = Origin.of("UA");

  private final Lexicon lex;
  private final Words holdVerbs;
  private final Words holdPrepositions;
  private final Words holdPlaces;
  private final Words theWord;

  Captors(Lexicon lex) {
    this.lex = lex;
    this.holdVerbs = lex.optionalWords("classify.hold-verbs");
    this.holdPrepositions = lex.optionalWords("classify.hold-prepositions");
    this.holdPlaces = lex.optionalWords("classify.hold-places");
    this.theWord = lex.optionalWords("classify.the");
  }

  /** The side the prisoners after token {@code from} belong to, when their captor is named. */
  Optional<Origin> prisonersOf(List<Token> t, int from) {
    for (int k = from; k + 1 < t.size(); k++) {
      if (!holdPrepositions.has(t.get(k))) {
        continue;
      }
      int p = k + 1;
      if (theWord.has(t.get(p)) && p + 1 < t.size()) {
        p++;
      }
      PhraseIndex.Match<Lexicon.Place> pm = lex.places.longest(t, p);
      if (pm == null || !(pm.value.origin.equals(RUSSIA) || pm.value.origin.equals(UKRAINE))) {
        continue;
      }
      int after = p + pm.length;
      boolean held = k > 0 && holdVerbs.has(t.get(k - 1)) && !pm.value.demonym
          || pm.value.demonym && after < t.size() && holdPlaces.has(t.get(after));
      if (held) {
        return Optional.of(pm.value.origin.equals(RUSSIA) ? UKRAINE : RUSSIA);
      }
    }
    return Optional.empty();
  }
}
