package dev.muster.parse.classify;

import dev.muster.Measure;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.quantity.QuantityMention;
import dev.muster.parse.token.PhraseIndex;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.math.BigDecimal;
import java.util.List;

/**
 * The measure rules of a figure's clause: the measure words ("killed", "recruited", "the
 * recruitment target") nearest to the number, weighed by distance, by whether they stand in a
 * relative clause, and by the auxiliaries before them ("30 have been killed"); and the copula
 * that links a measure noun to the number ("the target for Chelyabinsk is 10,000").
 *
 * <p>Immutable and thread-safe.
 */
final class Triggers {

  private final Lexicon lex;
  private final Words andWord;
  private final Words butWord;
  private final Words orWord;
  private final Words toWord;
  private final Words clauseBreaks;
  /** A dash that stands for "is" ("из Татарстана — 2 615"), no clause break; none in English. */
  private final Words copulaDash;
  private final Words relative;
  /** "refused", "declined": verbs of refusing, after which a measure word says what was not done. */
  private final Words refusalVerbs;
  private final Words copulas;
  private final Words verbGroupAdverbs;
  private final Words finiteAux;
  /** "will", "be": a verb group yet to come ("5,000 will be called up"). */
  private final Words modalAux;
  /** "more": an increment after the number ("two more died"). */
  private final Words incrementsAfter;
  private final Words perfectAux;
  private final Words been;
  private final Words beenBeing;
  private final Words copulaAdverbs;
  /** "in", "the": the words between a copula and a vague amount ("was probably in the hundreds"). */
  private final Words magnitudeFillers;
  /** "age": a word after a figure noun that makes the figure an age ("the average age of infantrymen is 40"). */
  private final Words ageNouns;
  private final Words believed;
  private final Words figureNouns;
  /** "they", "it": a pronoun as the subject of the copula before a bare number, standing for the figure before. */
  private final Words copulaPronouns;
  /** "average", "rate": the figure nouns of a rate, which keep the rate of the figure they refer to. */
  private final Words rateFigureNouns;
  /** "since": the word that opens a running total's time between its figure noun and its number. */
  private final Words figureSpanOpeners;
  /** ":", "—": the mark after a list item's opening number before the words that say what it counts. */
  private final Words glossMarks;
  /** "in": the last word of a trigger whose place, named after it, may say more ("remain in"). */
  private final Words placePrepositions;
  /** "and": after a comma, the start of another clause. */
  private final Words clauseAnd;
  /** "that": after "and", the opening of a second reported clause, whose words are not the number's. */
  private final Words that;
  /** "hours", "days": the unit of a span after its number ("the past 24 hours"). */
  private final Words periodWords;
  private final Words ofWord;
  private final Words countNouns;
  /** "out" (of): the word that opens a whole a number before it is a part of. */
  private final Words wholeOpeners;
  /** "its", "the": a measure word after one of these is a noun, not a verb governing the number after it. */
  private final Words determiners;
  private final Predicates predicates;

  Triggers(Lexicon lex) {
    this.lex = lex;
    this.andWord = lex.optionalWords("classify.and");
    this.butWord = lex.optionalWords("classify.but");
    this.orWord = lex.optionalWords("classify.or");
    this.toWord = lex.optionalWords("classify.to");
    this.clauseBreaks = lex.optionalWords("classify.clause-breaks");
    this.copulaDash = lex.optionalWords("classify.copula-dash");
    this.relative = lex.optionalWords("classify.relative");
    this.refusalVerbs = lex.optionalWords("classify.refusal-verbs");
    this.copulas = lex.optionalWords("classify.copulas");
    this.verbGroupAdverbs = lex.optionalWords("classify.verb-group-adverbs");
    this.finiteAux = lex.optionalWords("classify.finite-aux");
    this.modalAux = lex.optionalWords("classify.modal-aux");
    this.incrementsAfter = lex.optionalWords("classify.increments-after");
    this.perfectAux = lex.optionalWords("classify.perfect-aux");
    this.been = lex.optionalWords("classify.been");
    this.beenBeing = lex.optionalWords("classify.been-being");
    this.copulaAdverbs = lex.optionalWords("classify.copula-adverbs");
    this.magnitudeFillers = lex.optionalWords("classify.magnitude-copula-fillers");
    this.ageNouns = lex.optionalWords("classify.age-nouns");
    this.believed = lex.optionalWords("classify.believed");
    this.figureNouns = lex.optionalWords("classify.figure-nouns");
    this.figureSpanOpeners = lex.optionalWords("classify.figure-span-openers");
    this.rateFigureNouns = lex.optionalWords("classify.rate-figure-nouns");
    this.copulaPronouns = lex.optionalWords("classify.copula-pronouns");
    this.glossMarks = lex.optionalWords("classify.gloss-marks");
    this.placePrepositions = lex.optionalWords("classify.trigger-place-prepositions");
    this.clauseAnd = lex.optionalWords("classify.and");
    this.that = lex.optionalWords("classify.that");
    this.periodWords = lex.optionalWords("classify.label-periods");
    this.ofWord = lex.optionalWords("classify.of");
    this.countNouns = lex.optionalWords("classify.count-nouns");
    this.determiners = lex.optionalWords("classify.determiners");
    this.wholeOpeners = lex.optionalWords("classify.whole-openers");
    this.predicates = new Predicates(lex);
  }

  /**
   * The measure a line's label gives the value after its colon, when the value ends the line or
   * only a bracket follows it ("Russian personnel losses since February 2022: 338,270 (General
   * Staff)", "- Killed in action: 4,100"): the label's last measure word, when it says what became
   * of the people (losses, killed, captured, sent home); null otherwise: a label that says who they
   * are ("- volunteers who signed contracts: 38,000") may be a part of a total its lead gives;
   * and null when a figure stands before the colon ("6,400 held in captivity (as of: 1 March)").
   */
  Measure labelOfValue(List<Token> t, QuantityMention q, int lo) {
    int colon = q.first() - 1;
    if (lo > 0 || colon <= 0 || !t.get(colon).is(":")
        || q.end() < t.size() && !(t.get(q.end()).is("(") || t.get(q.end()).is("."))) {
      return null;
    }
    Measure last = lastInLabel(t, colon);
    return last == Measure.KILLED || last == Measure.WOUNDED || last == Measure.CASUALTIES
        || last == Measure.CAPTURED || last == Measure.OTHER ? last : null;
  }

  /**
   * The measure a label of losses gives the soldiers counted after its colon, when the count opens
   * the sentence's part after the colon and its noun phrase, ending at {@code end}, ends the line or
   * its list item (a comma, a bracket, a full stop or a dash follows): "Russian losses as of 3 May:
   * about 980,000 personnel, 1,100 over the past day", "Killed in action: 3,400 soldiers". Only a
   * label that says what became of them (killed, wounded, losses, captured) counts, not "Deployed:
   * 4,000 troops"; null otherwise, and when a verb follows the noun ("Losses: 900 soldiers were
   * killed" has its own).
   */
  Measure labelOfSoldiers(List<Token> t, QuantityMention q, int lo, int end) {
    int colon = q.first() - 1;
    if (lo > 0 || colon <= 0 || !t.get(colon).is(":")
        || end < t.size() && !(t.get(end).is(",") || t.get(end).is("(") || t.get(end).is(".")
        || t.get(end).is("-") || t.get(end).is(";"))) {
      return null;
    }
    Measure last = lastInLabel(t, colon);
    return last == Measure.KILLED || last == Measure.WOUNDED || last == Measure.CASUALTIES
        || last == Measure.CAPTURED ? last : null;
  }

  /**
   * The outcome a list's lead names as its last measure word before its closing colon ("inflicted
   * the following losses on ...:", "Killed in the past week, by unit:"): killed, wounded, losses or
   * captured; null for any other measure, none, or a lead that does not end with a colon.
   */
  Measure leadOutcome(List<Token> lead) {
    int colon = lead.size() - 1;
    if (colon <= 0 || !lead.get(colon).is(":")) {
      return null;
    }
    Measure last = lastInLabel(lead, colon);
    return last == Measure.KILLED || last == Measure.WOUNDED || last == Measure.CASUALTIES
        || last == Measure.CAPTURED ? last : null;
  }

  /** Whether a measure word stands in {@code t} from token {@code from} to the next comma or semicolon. */
  boolean namesMeasure(List<Token> t, int from) {
    for (int k = from; k < t.size() && !t.get(k).is(",") && !t.get(k).is(";"); k++) {
      if (lex.triggers.longest(t, k, t.size()) != null) {
        return true;
      }
    }
    return false;
  }

  /** The last measure word of the label before the colon at {@code colon}; null when none, or when a clause break stands in it. */
  private Measure lastInLabel(List<Token> t, int colon) {
    Measure last = null;
    for (int k = 0; k < colon; k++) {
      if (clauseBreaks.has(t.get(k))) {
        return null; // a colon before the label's: the label is no line's own
      }
      PhraseIndex.Match<Measure> m = lex.triggers.longest(t, k, colon);
      if (m != null) {
        last = m.value;
        k += m.length - 1;
      }
    }
    return last;
  }

  /**
   * The measure of a verb that governs a bare number right after it, in its clause ("killed 40
   * and wounded 120", "plans to recruit 3,000 by the summer"); null when no measure word ends just
   * before it, when it is a noun after a determiner ("its losses almost one for one"), or when the
   * number counts something else ("за кожного полоненого 120 балів").
   */
  Measure governingVerb(List<Token> t, QuantityMention q, int lo) {
    if (q.value().compareTo(BigDecimal.ONE) <= 0 || !predicates.countsPeople(t, q.end())) {
      return null; // not "send 400 letters", "потрібно 2 роки", "losses almost one for one"
    }
    PhraseIndex.Match<Measure> m = lowerCaseEndingAt(t, q.first(), lo);
    int s = m == null ? -1 : q.first() - m.length;
    if (m == null || s > lo && determiners.has(t.get(s - 1))) {
      return null; // a noun, no verb: "replaced its losses almost one for one"
    }
    return predicates.aimed(t, s, lo, m.value);
  }

  /**
   * The measure of the measure word that ends right before the number at {@code first} ("brought
   * back 25 bodies", "the killing of 120 prisoners of war"); null when no lower-case one ends there
   * (not "«Контракт 18-24»").
   */
  Measure verbBefore(List<Token> t, int first, int lo) {
    PhraseIndex.Match<Measure> m = lowerCaseEndingAt(t, first, lo);
    return m == null ? null : predicates.aimed(t, first - m.length, lo, m.value);
  }

  /**
   * The one outcome a loss is narrowed to: a verb of loss ends right before the number at
   * {@code first} and a measure word of one outcome (killed, wounded, captured) starts right after
   * its people, at {@code end} ("has lost 90,000 men killed", "lost 450 wounded", "lost 600 troops
   * captured"); null otherwise, and when the words after them name losses of both kinds ("lost
   * 12,000 soldiers killed or wounded").
   */
  Measure narrowedLoss(List<Token> t, int first, int end, int lo, int hi) {
    if (end >= hi || verbBefore(t, first, lo) != Measure.CASUALTIES) {
      return null;
    }
    PhraseIndex.Match<Measure> after = lex.triggers.longest(t, end, hi);
    return after != null && (after.value == Measure.KILLED || after.value == Measure.WOUNDED
        || after.value == Measure.CAPTURED) ? after.value : null;
  }

  /** The measure word that ends right before {@code first} on a lower-case word, or null. */
  private PhraseIndex.Match<Measure> lowerCaseEndingAt(List<Token> t, int first, int lo) {
    if (first - 1 < lo || !t.get(first - 1).isWord() || t.get(first - 1).isCapitalized()) {
      return null;
    }
    return endingAt(t, first - 1, lo, first);
  }

  /**
   * "30 have been killed", "6,000 killed", "one captured", "hundreds of thousands fled", "5,000 will
   * be called up", "600 who had gone to fight" (a relative pronoun right after the number opens its people's own verb group).
   */
  Measure adjacent(List<Token> t, int k, int hi) {
    // "fewer than 1,000 a month are now signing up": a rate after the number is no word of its own
    PhraseIndex.Match<Lexicon.Rate> rate = k < hi ? lex.rates.longest(t, k, hi) : null;
    if (rate != null && rate.value.after()) {
      k += rate.length;
    }
    // "hundreds more who are now listed as missing": the relative pronoun may follow an increment
    int opens = k < hi && incrementsAfter.has(t.get(k)) ? k + 1 : k;
    int limit = Math.min(hi, opens + 4);
    for (int j = k; j < limit; j++) {
      PhraseIndex.Match<Measure> m = lex.triggers.longest(t, j, hi);
      if (m != null) {
        // "300 were naturalised citizens": who they were, no word of what became of them
        return m.value == Measure.CITIZENSHIP_GRANTED && describesPeople(t, j + m.length, hi) ? null : m.value;
      }
      Token tok = t.get(j);
      // "two more drowned": an increment right after the number is no word of its own
      if (!(finiteAux.has(tok) || modalAux.has(tok) || beenBeing.has(tok) || verbGroupAdverbs.has(tok)
          || j == k && incrementsAfter.has(tok) || j == opens && relative.has(tok))) {
        return null;
      }
    }
    return null;
  }

  /** The longest trigger that ends at token {@code k}, within [lo, limit). */
  private PhraseIndex.Match<Measure> endingAt(List<Token> t, int k, int lo, int limit) {
    for (int len = 5; len >= 1; len--) {
      int s = k - len + 1;
      if (s < lo) {
        continue;
      }
      PhraseIndex.Match<Measure> m = lex.triggersBefore.longest(t, s, Math.min(limit, k + 1));
      if (m != null && m.length == len) {
        return m;
      }
    }
    return null;
  }

  /** The first trigger after the number in its clause, before any other number. */
  Measure forward(List<Token> t, QuantityMention q, int hi) {
    int at = forwardAt(t, q, hi);
    return at < 0 ? null : lex.triggers.longest(t, at, hi).value;
  }

  /** Where the first trigger after the number in its clause starts, or -1. */
  private int forwardAt(List<Token> t, QuantityMention q, int hi) {
    for (int k = q.end(); k < hi && k < q.end() + 8; k++) {
      if (clauseBreaks.has(t.get(k)) || t.get(k).is(",") && k + 1 < hi && clauseAnd.has(t.get(k + 1))) {
        return -1; // "put it at about 950, and said the increase ...": the next clause's words
      }
      PhraseIndex.Match<Measure> m = lex.triggers.longest(t, k, hi);
      if (m != null && m.value == Measure.CITIZENSHIP_GRANTED && describesPeople(t, k + m.length, hi)) {
        k += m.length - 1; // "150 of them were naturalised Russian citizens": who they were
        continue;
      }
      if (m != null) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether the first trigger after the number describes the people, inside their noun phrase or
   * as a participle after it, with no finite auxiliary or relative pronoun before it: "30 students
   * lured with job offers", "300 mobilised men" (but "40 who were later killed" says what became
   * of them).
   */
  boolean forwardDescribes(List<Token> t, QuantityMention q, int hi) {
    int at = forwardAt(t, q, hi);
    if (at < 0) {
      return false;
    }
    for (int k = q.end(); k < at; k++) {
      if (finiteAux.has(t.get(k)) || relative.has(t.get(k)) || t.get(k).is(",")) {
        return false;
      }
    }
    return true;
  }

  /**
   * "put the figure at", "the number rose to", "the tally stands at", "the previous record, 41,980":
   * a reference to an earlier figure; a span or a year between does not end the search ("put the
   * figure for the past 24 hours at 1,570", "the equivalent figure for the first half of 2024
   * was"), nor does the time a running total covers ("puts the total since February 2022 at
   * 1,203,450").
   */
  boolean refersToFigure(List<Token> t, QuantityMention q) {
    return figureNounAt(t, q) >= 0;
  }

  /**
   * Whether the figure noun before {@code q} stands alone, with no "of" after it that names what
   * it counts: "put the total at 1,500", not "put the number of amputees at 56,000".
   */
  boolean totalsEarlier(List<Token> t, QuantityMention q) {
    int k = figureNounAt(t, q);
    return k >= 0 && !(k + 1 < t.size() && ofWord.has(t.get(k + 1)));
  }

  /**
   * Whether the figure noun before {@code q} names a rate ("the daily rate eased to around 1,380",
   * "put the September average at about 950"): it counts at the rate of the figure it refers to.
   */
  boolean refersToRate(List<Token> t, QuantityMention q) {
    int k = figureNounAt(t, q);
    return k >= 0 && rateFigureNouns.has(t.get(k));
  }

  /** Where the figure noun that refers {@code q} to an earlier figure stands, or -1. */
  int figureNounAt(List<Token> t, QuantityMention q) {
    int span = spanOpenerBefore(t, q.first() - 1);
    if (span > 0 && figureNouns.has(t.get(span - 1))) {
      return span - 1; // "the total since February 2022 at", "the tally since the start of the invasion to"
    }
    for (int k = q.first() - 1, words = 0; k >= 0 && words < FIGURE_NOUN_REACH; k--, words++) {
      if (figureNouns.has(t.get(k))) {
        return k + 1 < q.first() && ageNouns.has(t.get(k + 1)) ? -1 : k; // not "the average age of ... is 40"
      }
      if (copulaAdverbs.has(t.get(k))) {
        words--; // "the real number almost certainly runs into the thousands": a hedge adds no distance
        continue;
      }
      if (k + 1 < q.first() && t.get(k).isNumber() && periodWords.has(t.get(k + 1)) || t.get(k).isYear()) {
        words -= SPAN_TOKENS; // "for the past 24 hours", "for the first half of 2024"
        continue;
      }
      if (clauseBreaks.contains(t.get(k).key) || t.get(k).isNumber()) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Where the word that opens a time ("since") stands within {@value #SPAN_REACH} tokens before
   * {@code k} and after any clause break, or -1.
   */
  private int spanOpenerBefore(List<Token> t, int k) {
    for (int j = k; j >= 0 && j > k - SPAN_REACH; j--) {
      if (figureSpanOpeners.has(t.get(j))) {
        return j;
      }
      if (clauseBreaks.contains(t.get(j).key) || t.get(j).is(",")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * When the trigger {@code m} at {@code k} ends in a preposition of place ("remain in", "stay
   * in"), where a trigger of another measure naming the place starts after it, over one modifier
   * ("remain in Russian captivity" counts prisoners, not troops); otherwise -1.
   */
  private int placeNamedAt(List<Token> t, int k, PhraseIndex.Match<Measure> m, int end) {
    int after = k + m.length;
    if (!placePrepositions.has(t.get(after - 1))) {
      return -1;
    }
    for (int j = after; j < Math.min(end, after + PLACE_MODIFIERS + 1); j++) {
      PhraseIndex.Match<Measure> place = t.get(j).isWord() ? lex.triggers.longest(t, j, end) : null;
      if (place != null) {
        return place.value == m.value ? -1 : j;
      }
    }
    return -1;
  }

  /** How many words may stand between a preposition of place and the trigger naming the place. */
  private static final int PLACE_MODIFIERS = 1;

  /** How many tokens before a number its figure noun may stand, hedging adverbs ("almost certainly") not counted. */
  private static final int FIGURE_NOUN_REACH = 5;
  /** How many tokens of a span between a figure noun and its number do not count ("the past 24 hours"). */
  private static final int SPAN_TOKENS = 4;
  /** How many tokens a running total's time may take ("since the start of the full-scale invasion"). */
  private static final int SPAN_REACH = 9;

  /**
   * The copula before a number, over adverbs: "is probably about 15,000" gives "is"; before a vague
   * amount also over "in the" ("was probably in the hundreds").
   */
  int copulaBefore(List<Token> t, int first) {
    if (first < t.size() && copulas.has(t.get(first)) && t.get(first).isWord()) {
      return first; // "surpassed 25,000": the qualifier is the verb
    }
    boolean vague = first < t.size() && lex.magnitudes.longest(t, first) != null;
    int b = first - 1;
    while (b > 0 && (copulaAdverbs.has(t.get(b)) || toWord.has(t.get(b)) && believed.has(t.get(b - 1))
        || vague && magnitudeFillers.has(t.get(b)))) {
      b--;
    }
    return b;
  }

  /**
   * Whether a pronoun is the subject of the copula before the number, over auxiliaries and adverbs
   * ("and they averaged 1,420 a day", "It now stands at 1,004,200"): the number counts what the
   * figure before it counts; not a form of "to be" ("it was 61").
   */
  boolean pronounBeforeCopula(List<Token> t, QuantityMention q) {
    int b = copulaBefore(t, q.first());
    if (!isCopula(t, b) || b >= q.first()) {
      return false;
    }
    if (b > 0 && copulas.has(t.get(b - 1))) {
      b--; // "stood at", "rose to"
    }
    if (finiteAux.has(t.get(b))) {
      return false; // "it was 61": a form of "to be" says too little to stand for a count
    }
    int k = b - 1;
    while (k >= 0 && (finiteAux.has(t.get(k)) || copulaAdverbs.has(t.get(k)) || verbGroupAdverbs.has(t.get(k)))) {
      k--;
    }
    return k >= 0 && copulaPronouns.has(t.get(k));
  }

  /** Whether token {@code b} is a copula. */
  boolean isCopula(List<Token> t, int b) {
    return b >= 0 && copulas.has(t.get(b));
  }

  /** "the recruitment target for Chelyabinsk region is 10,000", "put the number at 4,000". */
  Measure copulaAfterMeasureNoun(List<Token> t, QuantityMention q, int lo) {
    int b = copulaBefore(t, q.first());
    if (!isCopula(t, b)) {
      return null;
    }
    Measure nounMeasure = null;
    for (int k = b; k >= Math.max(lo, b - 12); k--) {
      if (clauseBreaks.has(t.get(k))) {
        return nounMeasure;
      }
      PhraseIndex.Match<Measure> m = endingAt(t, k, lo, b + 1);
      if (m != null) {
        return m.value;
      }
      // "new contracts fell to 800 a day", "signings stood at 450": a noun that is its own measure
      PhraseIndex.Match<Lexicon.Noun> own = lex.nouns.longest(t, k, b);
      if (own != null && own.value.nounClass == Lexicon.NounClass.MEASURE_NOUN && own.value.measure != null
          && verbGroupUpTo(t, k + own.length, b)) {
        return own.value.measure;
      }
      // "the count of deserters now stands at 24,000": the noun counted, with its own measure, when
      // no measure word stands before it ("plans to boost the number of troops to ...")
      if (nounMeasure == null && k >= 2 && ofWord.has(t.get(k - 1)) && countNouns.has(t.get(k - 2))) {
        PhraseIndex.Match<Lexicon.Noun> noun = lex.nouns.longest(t, k, b + 1);
        if (noun != null && noun.value.measure != null && !HeadNouns.isThing(noun.value)) {
          nounMeasure = noun.value.measure;
        }
      }
    }
    return nounMeasure;
  }

  /** Whether {@code t[from, b)} is only a verb group of auxiliaries, adverbs and linking verbs ("had fallen"). */
  private boolean verbGroupUpTo(List<Token> t, int from, int b) {
    for (int k = from; k < b; k++) {
      Token x = t.get(k);
      if (!(finiteAux.has(x) || verbGroupAdverbs.has(x) || copulas.has(x))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where a relative clause set off by a comma starts after token {@code from} ("155 Kriegsgefangene,
   * die für Russland gekämpft haben"), or {@code hi} when none does before it.
   */
  int relativeStart(List<Token> t, int from, int hi) {
    for (int k = from; k + 1 < hi; k++) {
      if (t.get(k).is(",") && relative.has(t.get(k + 1))) {
        return k;
      }
    }
    return hi;
  }

  /** The nearest measure word in the number's clause; those in a relative clause count last. */
  Measure nearest(List<Token> t, QuantityMention q, int lo, int hi, boolean comboOnly) {
    return nearest(t, q, lo, hi, comboOnly, q.end());
  }

  Measure nearest(List<Token> t, QuantityMention q, int lo, int hi, boolean comboOnly, int forwardFrom) {
    int bestScore = Integer.MAX_VALUE;
    Measure best = null;
    // forward; "the two attackers and at least 11 Russian men dead" shares the predicate
    int end = hi;
    if (hi < t.size() && hi > q.end() && (andWord.has(t.get(hi - 1)) || orWord.has(t.get(hi - 1)))) {
      end = Math.min(t.size(), hi + 12);
    }
    boolean inRelative = false;
    int from = Math.max(q.end(), forwardFrom);
    if (from == q.end() && HeadNouns.labelsItem(t, q, glossMarks)) {
      from++; // "- 3,500: foreigners granted citizenship"
    }
    for (int k = from; k < end; k++) {
      Token tok = t.get(k);
      if (clauseBreaks.has(tok) || tok.is("-") && tok.spaceBefore && !copulaDash.has(tok)
          || tok.is(",") && k + 1 < t.size() && (andWord.has(t.get(k + 1)) || butWord.has(t.get(k + 1)))
          || k > from && that.has(tok) && andWord.has(t.get(k - 1))) {
        break; // "said that X has buried 1.2 million soldiers and that the army is losing ...": a second report
      }
      if (relative.has(tok) && !(k == q.end() + 1 && ofWord.has(t.get(q.end())))) {
        inRelative = true; // not "60,000 of whom were ...": the partitive's own clause
      }
      PhraseIndex.Match<Measure> m = lex.triggers.longest(t, k, end);
      if (m == null) {
        continue;
      }
      int place = placeNamedAt(t, k, m, end);
      if (place >= 0) {
        k = place; // "remain in Russian captivity": the place says more than the verb
        m = lex.triggers.longest(t, k, end);
      }
      if (comboOnly && m.length < 3 || predicates.namesTime(t, k) || predicates.namesAge(t, k + m.length)
          || refused(t, k)
          || predicates.ownedByOther(t, q, k)) {
        k += m.length - 1;
        continue;
      }
      if (m.value == Measure.CITIZENSHIP_GRANTED && describesPeople(t, k + m.length, end)) {
        // "300 of those detained were naturalised Russian citizens": who they were, not what they were given
        k += m.length - 1;
        continue;
      }
      if (inRelative && m.value == Measure.CITIZENSHIP_GRANTED && predicates.opensAt(t, from)
          && !isMainAfterRelative(t, q.end(), k)) {
        // "20,000 men who had obtained Russian citizenship in the past two years": the relative
        // clause says who they are, as "naturalised" before a noun does
        k += m.length - 1;
        continue;
      }
      boolean aux = k > q.end() && isAux(t, k - 1);
      if (aux && inRelative && k - 1 > q.end() && relative.has(t.get(k - 2))) {
        aux = false;
      }
      int score = (k - from) + (inRelative && !aux ? 40 : 0) - (aux ? 30 : 0);
      if (inRelative && aux) {
        // "... who had been recruited by the army have been killed": the relative clause ends
        score = isMainAfterRelative(t, q.end(), k) ? (k - q.end()) - 30 : (k - q.end()) + 40;
      }
      if (score < bestScore) {
        bestScore = score;
        best = predicates.aimedAfter(t, lo, q.first(), m.value);
      }
      k += m.length - 1;
    }
    // backward
    for (int k = q.first() - 1; k >= lo; k--) {
      Token tok = t.get(k);
      if (clauseBreaks.has(tok) || tok.is("-") && tok.spaceBefore && !copulaDash.has(tok)
          || k > lo && ofWord.has(tok) && wholeOpeners.has(t.get(k - 1))) {
        break; // "60 were killed, out of 600 who had gone to fight": the whole has its own verb
      }
      for (int len = 4; len >= 1; len--) {
        int s = k - len + 1;
        if (s < lo) {
          continue;
        }
        PhraseIndex.Match<Measure> m = lex.triggersBefore.longest(t, s, k + 1);
        if (m != null && m.length == len) {
          if (comboOnly && m.length < 3) {
            continue;
          }
          if (predicates.namesTime(t, s) || predicates.namesAge(t, k + 1)) {
            k = s;
            break;
          }
          int score = (q.first() - k) + 1;
          if (q.first() - k <= 1 && !comboOnly) {
            score -= 3; // "has killed 1,200 mercenaries fighting for Russia": the verb before governs
          }
          Measure value = predicates.aimed(t, s, lo, m.value);
          if (value != m.value) {
            score -= PLAN_WEIGHT; // "needs to mobilise 20,000 reservists so that divisions which have fought can rest"
          }
          if (score < bestScore) {
            bestScore = score;
            best = value;
          }
          k = s;
          break;
        }
      }
    }
    return best;
  }

  /** How far before a measure word a verb of refusing may stand ("refused to go to the front"). */
  private static final int REFUSAL_REACH = 3;

  /**
   * Whether a verb of refusing stands just before the measure word at {@code k}: "after they refused
   * to go to the front" says what the people would not do, not what they are.
   */
  private boolean refused(List<Token> t, int k) {
    for (int j = k - 1; j >= Math.max(0, k - REFUSAL_REACH); j--) {
      if (refusalVerbs.has(t.get(j))) {
        return true;
      }
    }
    return false;
  }

  /** How much a plan before the number ("wants to recruit") outweighs the verbs of the clause after it. */
  private static final int PLAN_WEIGHT = 40;

  /** Whether token {@code k} ends a finite auxiliary group: "were", "had been", "have reportedly been". */
  private boolean isAux(List<Token> t, int k) {
    int j = skipAdverbsBack(t, k);
    if (j < 0) {
      return false;
    }
    if (been.has(t.get(j))) {
      int h = skipAdverbsBack(t, j - 1);
      return h >= 0 && perfectAux.has(t.get(h));
    }
    return finiteAux.has(t.get(j));
  }

  private int skipAdverbsBack(List<Token> t, int k) {
    int j = k;
    while (j >= 0 && verbGroupAdverbs.has(t.get(j))) {
      j--;
    }
    return j;
  }

  /**
   * Whether a people noun, or a demonym and a people noun, starts at {@code k}, before {@code end}:
   * the measure word before it is an adjective that says who the people are ("were naturalised
   * citizens", "were naturalised Russian citizens").
   */
  boolean describesPeople(List<Token> t, int k, int end) {
    if (k >= end) {
      return false;
    }
    PhraseIndex.Match<Lexicon.Place> pm = lex.places.longest(t, k, end);
    int at = pm != null && pm.value.demonym ? k + pm.length : k; // not "la cittadinanza russa in cambio"
    if (at >= end) {
      return false;
    }
    PhraseIndex.Match<Lexicon.Noun> nm = lex.nouns.longest(t, at, end);
    return nm != null && nm.value.isPeople();
  }

  /** Whether a trigger after a relative clause is the main verb: "who had been X ... have been Y". */
  private boolean isMainAfterRelative(List<Token> t, int from, int k) {
    int auxCount = 0;
    int firstAux = -1;
    int pronoun = -1;
    for (int j = from; j < k; j++) {
      if (pronoun < 0 && relative.has(t.get(j))) {
        pronoun = j;
      }
      if (finiteAux.has(t.get(j))) {
        auxCount++;
        firstAux = firstAux < 0 ? j : firstAux;
      }
    }
    if (auxCount >= 2) {
      return true;
    }
    // "1,400 men who fought for Russia are held in camps": the relative clause has its own verb
    // without an auxiliary, so the auxiliary after it starts the main clause (not "and were held")
    return auxCount == 1 && pronoun >= 0 && firstAux > pronoun + 2 && !finiteAux.has(t.get(pronoun + 1))
        && !verbGroupAdverbs.has(t.get(pronoun + 1)) && !andWord.has(t.get(firstAux - 1))
        && !orWord.has(t.get(firstAux - 1)) && !t.get(firstAux - 1).is(",");
  }
}
