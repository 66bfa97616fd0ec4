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

  /** How many words may stand between a captor and its verb of holding ("Russia is still holding"). */
  private static final int SUBJECT_GAP = 2;

  /**
   * The side the prisoners counted from token {@code first} belong to, when the captor is named as
   * the subject of a verb of holding just before them: "Russia still holds thousands of our
   * people" are Ukrainians.
   */
  Optional<Origin> heldBy(List<Token> t, int first) {
    int v = first - 1;
    if (v < 1 || !holdVerbs.has(t.get(v))) {
      return Optional.empty();
    }
    for (int k = v - 1; k >= Math.max(0, v - 1 - SUBJECT_GAP); k--) {
      PhraseIndex.Match<Lexicon.Place> pm = lex.places.longest(t, k);
      if (pm != null && !pm.value.demonym && k + pm.length <= v) {
        if (pm.value.origin.equals(RUSSIA)) {
          return Optional.of(UKRAINE);
        }
        if (pm.value.origin.equals(UKRAINE)) {
          return Optional.of(RUSSIA);
        }
        return Optional.empty();
      }
      if (!t.get(k).isWord()) {
        return Optional.empty();
      }
    }
    return Optional.empty();
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
