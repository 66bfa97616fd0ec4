package dev.muster.parse.classify;

import dev.muster.Measure;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.token.PhraseIndex;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.util.List;

/**
 * People who left to escape service, told by where they found refuge or by why they went rather
 * than by a verb of flight: "men registered for temporary protection", "applied for asylum after
 * the call-up", "went home to avoid a summons". Refuge counts only people tied to service (men,
 * conscripts, or a sentence about the draft): refugees in general are no flight from service.
 *
 * <p>Immutable and thread-safe.
 */
final class Refuge {

  /** How far after its noun phrase the word of refuge may stand ("men aged 18 to 60 registered for protection"). */
  private static final int REFUGE_REACH = 9;
  /** How far after its noun phrase "abroad" may stand ("men of draft age who are now abroad"). */
  private static final int ABROAD_REACH = 7;
  /** How far after the number the purpose of leaving may stand ("have gone home since ..., many to avoid"). */
  private static final int PURPOSE_REACH = 24;
  /** How far after the verb of avoiding the service it avoids may stand ("to avoid being handed a summons"). */
  private static final int AVOIDED_REACH = 4;

  private final Lexicon lex;
  private final Words clauseBreaks;
  /** "military", "draft": the age of service before a head ("military-age", "draft-age"). */
  private final Words liableAges;
  /** "asylum", "protection": what people leaving a country apply for abroad. */
  private final Words refugeWords;
  /** "men", "conscripts": people whose refuge is from service. */
  private final Words liableNouns;
  /** "draft", "mobilisation", "summons": words of service that tie a sentence's refuge to it. */
  private final Words serviceWords;
  /** "draft", "service": what leaving avoids (the words of the draft and service). */
  private final Words avoidedWords;
  /** "avoid", "escape": verbs of a purpose of leaving. */
  private final Words avoidVerbs;
  private final Words toWord;
  /** "abroad", "overseas". */
  private final Words abroadWords;
  /** "drove", "forced": verbs that push people somewhere. */
  private final Words driveVerbs;
  /** "trying", "attempting": an attempt, which is not a departure. */
  private final Words attemptWords;
  /** "helped", "enabled": verbs of help before people who then avoid service. */
  private final Words helpVerbs;

  Refuge(Lexicon lex) {
    this.lex = lex;
    this.clauseBreaks = lex.optionalWords("classify.clause-breaks");
    this.liableAges = lex.optionalWords("classify.liable-ages");
    this.refugeWords = lex.optionalWords("classify.refuge-words");
    this.liableNouns = lex.optionalWords("classify.liable-nouns");
    this.serviceWords = lex.optionalWords("classify.service-words");
    this.avoidedWords = serviceWords.union(lex.optionalWords("classify.avoided-words"));
    this.avoidVerbs = lex.optionalWords("classify.avoid-verbs");
    this.toWord = lex.optionalWords("classify.to");
    this.abroadWords = lex.optionalWords("classify.abroad-words");
    this.driveVerbs = lex.optionalWords("classify.drive-verbs");
    this.attemptWords = lex.optionalWords("classify.attempt-words");
    this.helpVerbs = lex.optionalWords("classify.help-verbs");
  }

  /**
   * Whether the clause after a noun phrase ending at {@code from}, before {@code hi}, says its
   * people sought refuge abroad, and they are tied to service: the head at {@code headAt} (or -1)
   * is a word of men liable to serve or has an age of service before it from the number at
   * {@code first} ("military-age Ukrainians"), or the sentence speaks of the draft.
   */
  boolean sought(List<Token> t, int first, int from, int hi, int headAt) {
    return inClause(t, refugeWords, from, Math.min(hi, from + REFUGE_REACH)) && tied(t, first, headAt);
  }

  /** Whether a word of {@code words} stands in {@code t[from, to)} before any clause break. */
  private boolean inClause(List<Token> t, Words words, int from, int to) {
    for (int k = from; k < to; k++) {
      if (clauseBreaks.has(t.get(k))) {
        return false;
      }
      if (words.has(t.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the people of the number at {@code first} are tied to service, as for {@link #sought}. */
  private boolean tied(List<Token> t, int first, int headAt) {
    return headAt >= 0 && (liableNouns.has(t.get(headAt)) || FigureRules.anyIn(t, liableAges, first, headAt))
        || FigureRules.anyIn(t, serviceWords, 0, t.size()) || draftNamed(t);
  }

  /** Whether the sentence names the draft in a phrase of its own ("the call-up", "mobilised"). */
  private boolean draftNamed(List<Token> t) {
    for (int k = 0; k < t.size(); k++) {
      PhraseIndex.Match<Measure> m = lex.triggers.longest(t, k);
      if (m != null && m.value == Measure.CONSCRIPTED) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the clause after a noun phrase ending at {@code from}, before {@code hi}, puts its
   * people abroad and a verb of driving stands right before the number at {@code first} ("drove
   * several hundred thousand men abroad"), or they are tied to service as for {@link #sought}
   * ("men of draft age who are now abroad") when {@code mayBeTied}; not people sent or serving
   * there, whose verb says so.
   */
  boolean driven(List<Token> t, int first, int from, int hi, int headAt, boolean mayBeTied) {
    if (!inClause(t, abroadWords, from, Math.min(hi, from + ABROAD_REACH))) {
      return false;
    }
    return first > 0 && driveVerbs.has(t.get(first - 1)) || mayBeTied && tied(t, first, headAt);
  }

  /**
   * Whether a verb of help stands right before the number at {@code first} and the people of the noun
   * phrase ending at {@code from} avoid service right after it: "helped almost 3,000 men evade
   * service", "enabled 300 men to avoid mobilisation".
   */
  boolean helpedToAvoid(List<Token> t, int first, int from) {
    if (first < 1 || !helpVerbs.has(t.get(first - 1)) || from >= t.size()) {
      return false;
    }
    int v = toWord.has(t.get(from)) ? from + 1 : from;
    return v < t.size() && avoidVerbs.has(t.get(v))
        && FigureRules.anyIn(t, avoidedWords, v + 1, Math.min(t.size(), v + 1 + AVOIDED_REACH));
  }

  /**
   * Whether the sentence after the number ending at {@code end} gives avoiding service as the
   * purpose of leaving: "to avoid the draft", "to escape being handed a summons"; not an attempt
   * ("trying to avoid").
   */
  boolean avoided(List<Token> t, int end) {
    int stop = Math.min(t.size(), end + PURPOSE_REACH);
    for (int k = end + 1; k < stop; k++) {
      if (!avoidVerbs.has(t.get(k)) || !toWord.has(t.get(k - 1))
          || k >= 2 && attemptWords.has(t.get(k - 2))) {
        continue;
      }
      if (FigureRules.anyIn(t, avoidedWords, k + 1, Math.min(t.size(), k + 1 + AVOIDED_REACH))) {
        return true;
      }
    }
    return false;
  }
}
