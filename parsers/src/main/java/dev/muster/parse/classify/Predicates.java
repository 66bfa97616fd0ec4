package dev.muster.parse.classify;

import dev.muster.Measure;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.quantity.QuantityMention;
import dev.muster.parse.token.PhraseIndex;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.util.List;

/**
 * What the words around a measure word say about the clause's predicate: an aim or need before a
 * verb of recruiting makes a plan ("wants to recruit", "needs to mobilise"); a time preposition or
 * an age noun makes it name a time or an age ("during the mobilisation", "of conscription age"); a
 * possessive makes it another party's ("to replace its losses"); and whether the words after a bare
 * number may be the people it counts.
 *
 * <p>Immutable and thread-safe.
 */
final class Predicates {

  private final Lexicon lex;
  private final Words ofWord;
  private final Words relative;
  private final Words clauseBreaks;
  /** "and", "over", "during": words that may follow a bare number counting people ("arrested 17 over"). */
  private final Words countFollowers;
  /** "wants", "plans", "намерен": a verb of aim whose infinitive of recruiting after it is a plan, not a count. */
  private final Words aimWords;
  /** "needs", "must", "нужно": a verb of need whose infinitive of recruiting or drafting is a plan. */
  private final Words needWords;
  /** "to", "di": the word that may stand between an aim word and its infinitive. */
  private final Words infinitiveMarkers;
  /** "will", "plant": in a verb-final language, an aim word before the number whose infinitive ends the clause. */
  private final Words finalAimWords;
  /** "since", "during", "seit": a measure word right after one of these names a time, not what is counted. */
  private final Words timePrepositions;
  /** "the", "der": the article that may stand between a time preposition and its noun. */
  private final Words timeArticles;
  /** "age": a measure word right before one of these names an age ("conscription age"), not what is counted. */
  private final Words ageNouns;
  /** "its", "their": a measure noun after one of these belongs to another party than the number's people. */
  private final Words possessives;
  /** "who", "которые": relative pronouns that open a clause about people even without a comma. */
  private final Words peopleRelatives;

  Predicates(Lexicon lex) {
    this.lex = lex;
    this.ofWord = lex.optionalWords("classify.of");
    this.relative = lex.optionalWords("classify.relative");
    this.clauseBreaks = lex.optionalWords("classify.clause-breaks");
    this.countFollowers = lex.optionalWords("classify.count-followers");
    this.aimWords = lex.optionalWords("classify.aim-words");
    this.needWords = lex.optionalWords("classify.need-words");
    this.infinitiveMarkers = lex.optionalWords("classify.infinitive-markers");
    this.finalAimWords = lex.optionalWords("classify.final-aim-words");
    this.timePrepositions = lex.optionalWords("classify.time-prepositions");
    this.timeArticles = lex.optionalWords("classify.time-articles");
    this.ageNouns = lex.optionalWords("classify.age-nouns");
    this.possessives = lex.optionalWords("classify.possessives");
    this.peopleRelatives = lex.optionalWords("classify.people-relatives");
  }

  /**
   * Whether the measure word at {@code s} names the time of the clause ("fled abroad during the
   * mobilisation", "seit der Mobilmachung nach Armenien geflohen"): a time preposition, over an article,
   * before it.
   */
  boolean namesTime(List<Token> t, int s) {
    int b = s - 1;
    if (b > 0 && timeArticles.has(t.get(b))) {
      b--;
    } else if (!timeArticles.isEmpty()) {
      return false; // "have since detained 85": in a language with articles, the noun takes one
    }
    return b >= 0 && timePrepositions.has(t.get(b));
  }

  /**
   * Whether the measure word at {@code k}, after the number, is a noun another party owns ("moving
   * 2,000 more troops east to offset its losses"): a possessive before it, not in a partitive after
   * the number ("3,000 of their recruits").
   */
  boolean ownedByOther(List<Token> t, QuantityMention q, int k) {
    return k - 1 > q.end() && possessives.has(t.get(k - 1)) && !ofWord.has(t.get(k - 2));
  }

  /**
   * Whether the measure word ending before {@code after} names an age ("men of conscription age",
   * "im wehrpflichtigen Alter"): an age noun right after it.
   */
  boolean namesAge(List<Token> t, int after) {
    return after < t.size() && ageNouns.has(t.get(after));
  }

  /**
   * The measure of a verb of recruiting after the number, in a language whose infinitive ends the
   * clause: a target when an aim word stands before the number ("will bis Jahresende 20.000
   * Soldaten rekrutieren"; but a planned call-up, "sollen 133.000 einberufen werden", is drafting).
   */
  Measure aimedAfter(List<Token> t, int lo, int first, Measure m) {
    if (m != Measure.RECRUITED || finalAimWords.isEmpty()) {
      return m;
    }
    for (int k = lo; k < first; k++) {
      if (finalAimWords.has(t.get(k))) {
        return Measure.FORCE_TARGET;
      }
    }
    return m;
  }

  /**
   * Whether a bare number ending at {@code end} may count people: its clause ends after it, a
   * function word follows it, or a people noun stands within a few words ("arrested 17 suspected
   * recruitment agents"); not an unknown noun of things ("serve two purposes").
   */
  boolean countsPeople(List<Token> t, int end) {
    if (end >= t.size()) {
      return true;
    }
    if (!t.get(end).isWord()) {
      return !CLOSING_QUOTES.contains(t.get(end).text); // not the name «contratto 18-24»
    }
    Token next = t.get(end);
    if (countFollowers.has(next) || relative.has(next) || clauseBreaks.has(next)) {
      return true;
    }
    PhraseIndex.Match<Lexicon.Rate> rate = lex.rates.longest(t, end);
    if (rate != null && rate.value.after()) {
      return true; // "they detain dozens a day"
    }
    for (int k = end; k < Math.min(t.size(), end + PEOPLE_NOUN_REACH); k++) {
      PhraseIndex.Match<Lexicon.Noun> nm = lex.nouns.longest(t, k);
      if (nm != null && nm.value.isPeople()) {
        return true;
      }
    }
    return false;
  }

  /** Quotation marks that close a name a number may be part of. */
  private static final java.util.Set<String> CLOSING_QUOTES = java.util.Set.of("\"", "»", "”", "“", "'", "’");

  /** How many words after a bare number its people noun may stand ("17 suspected recruitment agents"). */
  private static final int PEOPLE_NOUN_REACH = 3;

  /**
   * The measure of a verb of recruiting or drafting that starts at {@code s}: a target when an aim
   * word governs a verb of recruiting ("wants to recruit", "планирует набрать") or a need word either
   * ("needs to mobilise", "нужно призвать"); the verb's own measure otherwise ("managed to recruit",
   * "plans to call up 150,000 conscripts": a call-up, planned or not, is drafting).
   */
  Measure aimed(List<Token> t, int s, int lo, Measure m) {
    if (m != Measure.RECRUITED && m != Measure.CONSCRIPTED) {
      return m;
    }
    int b = s - 1;
    if (b > lo && infinitiveMarkers.has(t.get(b))) {
      b--;
    }
    if (b < lo) {
      return m;
    }
    return needWords.has(t.get(b)) || m == Measure.RECRUITED && aimWords.has(t.get(b)) ? Measure.FORCE_TARGET : m;
  }

  /**
   * Whether a relative clause opens right at {@code k}, after the people's noun: "people who ...",
   * "Serben, die ..." (without a comma only a pronoun no article spells: not "Afghanen die russische
   * Staatsbürgerschaft").
   */
  boolean opensAt(List<Token> t, int k) {
    return k < t.size() && peopleRelatives.has(t.get(k))
        || k + 1 < t.size() && t.get(k).is(",") && relative.has(t.get(k + 1));
  }
}
