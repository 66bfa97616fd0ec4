package dev.muster.parse.classify;

import dev.muster.Likelihood;
import dev.muster.Measure;
import dev.muster.Origin;
import dev.muster.Per;
import dev.muster.Period;
import dev.muster.Qualifier;
import dev.muster.parse.attribution.AttributionFinder;
import dev.muster.parse.attribution.SentenceAttribution;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.quantity.QuantityFinder;
import dev.muster.parse.quantity.QuantityMention;
import dev.muster.parse.segment.Sentence;
import dev.muster.parse.time.DatedSpan;
import dev.muster.parse.time.TimeFinder;
import dev.muster.parse.time.TimeKind;
import dev.muster.parse.token.PhraseIndex;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * Stage classify: makes the candidate figures of one sentence from its quantities, its time
 * expressions and its attribution: each quantity's measure and origins ({@link FigureRules}), its
 * period (the nearest time expression on the figure's side of the reporting clause), its
 * likelihood word, and its rate ("a month" after the noun phrase, "monthly" before it; a
 * bracketed conversion shares its amount's rate: "400,000 rubles ($4,600) a month").
 *
 * <p>Immutable and thread-safe.
 */
public final class Classifier {

  private final Lexicon lex;
  private final HeadNouns heads;
  private final FigureRules rules;
  /** The measure words, for a list's lead that names what befell the people of its lines. */
  private final Triggers triggers;
  private final Places places;
  private final PaidScene paidScene;
  private final ListLabels listLabels;
  private final SameYardstick yardsticks;
  private final ComparedFigures compared;
  /** "daily", "weekly": rate words that also name a periodical ("the business daily Vedomosti"). */
  private final Words periodicals;
  private final TimeLabelledItems timeLabelled;
  private final QuantityFinder quantities;
  private final AttributionFinder attributions;
  private final Words clauseBreaks;
  /** "put", "estimated": the verbs of an estimate that puts a stock at a number ("put losses at 900,000"). */
  private final Words stockVerbs;
  /** "will", "could": words of a clause that puts its count in the future or the possible. */
  private final Words futureModals;
  /** Weekday names, and the verbs after which a weekday is the day of a statement ("said on Monday"). */
  private final Words weekdays;
  private final Words weekdayReports;
  /** "at": the word between such a verb's noun phrase and the number. */
  private final Words stockAt;
  /** "and": the join of a second figure that shares the first one's verb ("had been killed and 6,400 wounded"). */
  private final Words elisionJoins;
  /** "dead" after "confirmed", "missing" after "reported": the state a verb of reporting puts its people in. */
  private final Words reportedStates;
  /** "Существует реальная возможность, что ...": the word that opens the clause a likelihood phrase covers. */
  private final Words likelihoodThat;
  /** "judges it likely that ...": the word before a likelihood phrase that opens its clause anywhere. */
  private final Words likelihoodSubjects;
  /** "30 have likely been killed": the auxiliaries a likelihood word may follow in the figure's verb group. */
  private final Words finiteAux;
  private final Words notRatePrepositions;
  private final Words that;
  /** "of them", "of those": a part of the figure before it in the sentence. */
  private final Words partOf;
  /** "including": the word before the first of a list of parts of the figure before. */
  private final Words partJoins;
  /** "and": the word between two parts of such a list. */
  private final Words listJoins;
  private final Words partitivePronouns;
  /** "the": the article of a bare number that stands for a group named before ("of the 14 were"). */
  private final Words bareReferenceThe;
  /** "of", "all": the words before that article ("Three of the 14", "all the 20"). */
  private final Words bareReferenceBeforeThe;
  /** "all": a word whose bare number after it stands for a group named before ("all four had"). */
  private final Words bareReferenceAll;
  /** "were", "had", ",": the words after a bare number that stands for a group named before. */
  private final Words bareReferenceFollowers;
  /** "tally", "count": the nouns of a running count that a pronoun after them stands for. */
  private final Words tallyNouns;
  private final Words ofWord;
  private final Words rateDeterminers;
  private final Words rateNouns;
  /** "update", "briefing": the nouns of a report whose rate word dates the report, not the figure. */
  private final Words rateReports;
  private final Words payVerbs;
  private final Words oneOff;
  private final Words oneOffFirst;
  private final Words oneOffTails;
  private final Words or;
  /** "then", "now": words between a bracket and the conversion it holds. */
  private final Words conversionFillers;
  /** "or", "equal", "to", "the", "equivalent", "of", "pari a", "тобто": words between a comma and a conversion. */
  private final Words conversionLinks;
  private final Words and;
  private final Words cumulativeWords;
  /** "passed", "topped": the verbs of a running total that passes a figure at a time. */
  private final Words thresholdVerbs;
  private final Words perfectAuxiliaries;
  /** "rescued", "arrested": verbs of one operation, whose perfect tense reports a batch, no running total. */
  private final Words batchVerbs;
  private final Words participles;
  private final Words participleEndings;
  private final Words fromWord;
  /** "by": the word before the amount of a change whose new value follows "to" ("by 180,000 to 1.5 million"). */
  private final Words changeBy;
  /** Words of pay that head a copula's subject: "payment", "sum", "bonus" ("the regional sum is 1.2 million"). */
  private final Words paySubjects;
  /** "is", "was": the copula between such a subject and its bare amount. */
  private final Words payCopulas;
  /** "double", "times", "compared": words that set an amount against a bare one a few words after them. */
  private final Words amountSetAgainst;
  private final Words toWord;
  private final Words boundCopulas;
  private final Words floorWords;
  private final Words ceilingWords;
  /** "in", "across": the prepositions before a count of places that sets a scene ("interviews in nine countries"). */
  private final Words scopePrepositions;
  /** "countries", "regions": the places such a scene counts. */
  private final Words scopePlaces;

  public Classifier(Lexicon lex, QuantityFinder quantities, AttributionFinder attributions) {
    this.lex = lex;
    this.heads = new HeadNouns(lex);
    this.places = new Places(lex);
    this.paidScene = new PaidScene(lex);
    this.listLabels = new ListLabels(lex);
    this.yardsticks = new SameYardstick(lex);
    this.compared = new ComparedFigures(lex);
    this.periodicals = lex.optionalWords("classify.periodicals");
    this.timeLabelled = new TimeLabelledItems(lex);
    this.triggers = new Triggers(lex);
    this.rules = new FigureRules(lex, heads, triggers, places);
    this.quantities = quantities;
    this.attributions = attributions;
    this.clauseBreaks = lex.optionalWords("classify.clause-breaks");
    this.stockVerbs = lex.optionalWords("classify.stock-verbs");
    this.futureModals = lex.optionalWords("classify.future-modals");
    Words days = lex.optionalWords("time.weekdays");
    for (int k = 1; k <= 7; k++) {
      days = days.union(lex.optionalWords("time.weekday-" + k));
    }
    this.weekdays = days;
    this.weekdayReports = lex.optionalWords("time.weekday-reports");
    this.stockAt = lex.optionalWords("classify.stock-at");
    this.elisionJoins = lex.optionalWords("classify.elision-joins");
    this.reportedStates = lex.optionalWords("classify.reported-states");
    this.likelihoodThat = lex.optionalWords("classify.likelihood-that");
    this.likelihoodSubjects = lex.optionalWords("classify.likelihood-subjects");
    this.finiteAux = lex.optionalWords("classify.finite-aux");
    this.notRatePrepositions = lex.optionalWords("classify.not-rate-prepositions");
    this.that = lex.optionalWords("classify.that");
    this.partOf = lex.optionalWords("document.of");
    this.partJoins = lex.optionalWords("classify.part-joins");
    this.listJoins = lex.optionalWords("classify.list-joins");
    this.partitivePronouns = lex.optionalWords("document.partitive-pronouns");
    this.bareReferenceThe = lex.optionalWords("classify.bare-reference-the");
    this.bareReferenceBeforeThe = lex.optionalWords("classify.bare-reference-before-the");
    this.bareReferenceAll = lex.optionalWords("classify.bare-reference-all");
    this.bareReferenceFollowers = lex.optionalWords("classify.bare-reference-followers");
    this.tallyNouns = lex.optionalWords("classify.tally-nouns");
    this.ofWord = lex.optionalWords("classify.of");
    this.rateDeterminers = lex.optionalWords("classify.rate-determiners");
    this.rateNouns = lex.optionalWords("classify.rate-nouns");
    this.rateReports = lex.optionalWords("classify.rate-reports");
    this.payVerbs = lex.optionalWords("classify.pay-verbs");
    this.paySubjects = lex.optionalWords("classify.pay-subjects");
    this.payCopulas = lex.optionalWords("classify.pay-copulas");
    this.amountSetAgainst = lex.optionalWords("classify.amount-set-against");
    this.oneOff = lex.optionalWords("classify.one-off");
    this.oneOffFirst = lex.optionalWords("classify.one-off-first");
    this.oneOffTails = lex.optionalWords("classify.one-off-tails");
    this.or = lex.optionalWords("classify.or");
    this.conversionFillers = lex.optionalWords("classify.conversion-fillers");
    this.conversionLinks = lex.optionalWords("classify.conversion-links");
    this.and = lex.optionalWords("classify.and");
    this.cumulativeWords = lex.optionalWords("classify.cumulative");
    this.thresholdVerbs = lex.optionalWords("classify.threshold-verbs");
    this.perfectAuxiliaries = lex.optionalWords("classify.perfect-auxiliaries");
    this.participles = lex.optionalWords("classify.participles");
    this.batchVerbs = lex.optionalWords("classify.batch-verbs");
    this.participleEndings = lex.optionalWords("classify.participle-endings");
    this.fromWord = lex.optionalWords("classify.from");
    this.changeBy = lex.optionalWords("quantity.change-by");
    this.toWord = lex.optionalWords("classify.to");
    this.boundCopulas = lex.optionalWords("classify.bound-copulas");
    this.floorWords = lex.optionalWords("classify.floor-words");
    this.ceilingWords = lex.optionalWords("classify.ceiling-words");
    this.scopePrepositions = lex.optionalWords("classify.scope-prepositions");
    this.scopePlaces = lex.optionalWords("classify.scope-places");
  }

  /** Returns the quantities that may be figures: money, and counts not of things ("48 countries"). */
  public List<QuantityMention> countsOfPeopleOrMoney(List<Token> t, List<QuantityMention> found) {
    if (found.isEmpty()) {
      return found;
    }
    List<QuantityMention> out = new ArrayList<>(found.size());
    QuantityMention things = null; // the last count of things, which a bare number after it may go on
    boolean ofThings = false; // whether that count is of things, not a span of time ("the past 24 hours")
    for (QuantityMention q : found) {
      if (!q.isMoney() && heads.countsThings(t, q)) {
        things = q;
        ofThings = !heads.countsTime(t, q);
      } else if (ofThings && !q.isMoney() && totals(t, q)) {
        things = q; // "lost 12 tanks, bringing the total to 11,300": the total of those things
      } else if (q.isMoney() || things == null || !sameThings(t, things, q)) {
        out.add(q);
        things = null;
        ofThings = false;
      }
    }
    return out;
  }

  /** How many tokens may stand between a count of things and a bare number that goes on counting them. */
  static final int SAME_THINGS_REACH = 8;

  /**
   * Whether the bare number {@code q} goes on counting the things counted before it in its
   * sentence: "62 drones were shot down and 26 were jammed", joined by "and" with no people noun,
   * no word of a measure and no clause break between ("destroyed 12 tanks and killed 40" counts
   * people).
   */
  private boolean sameThings(List<Token> t, QuantityMention things, QuantityMention q) {
    if (q.first() - things.end() > SAME_THINGS_REACH || !nothingCounted(t, q.end())) {
      return false;
    }
    boolean joined = false;
    for (int k = things.end(); k < q.first(); k++) {
      Token x = t.get(k);
      if (clauseBreaks.has(x) || x.isNumber() || lex.triggers.longest(t, k, q.first()) != null
          || peopleNounAt(t, k, k + 1) >= 0) {
        return false;
      }
      joined |= and.has(x);
    }
    return joined;
  }

  /**
   * Returns the people a partitive figure of a sentence ("1500 із них", "1,500 of them") refers
   * to when no figure stands before it in the paragraph: the first people noun of the paragraph's
   * sentence before, with the measure and origins its clause gives them, as a figure of no
   * quantity to stand for the figure before; null when the sentence's first quantity is no
   * partitive, or the sentence before names no people.
   *
   * @param found the sentence's quantities that may be figures, in order
   * @param before the sentence before in the same paragraph, of the same language
   */
  public Figure referent(List<Token> t, List<QuantityMention> found, Sentence before) {
    if (found.isEmpty() || !heads.partitiveAfter(t, found.get(0)) || peopleNounAt(t, 0, found.get(0).first()) >= 0) {
      return null; // "relatives of men on the list said three of them": the people are in the sentence
    }
    List<Token> b = before.tokens();
    int k = peopleNounAt(b, 0, b.size());
    if (k >= 0) {
      // the noun phrase read as if a number stood right before it
      QuantityMention at = oneAt(k);
      Reading r = readAt(b, at);
      if (r == null && placeNamedNear(b, k)) {
        // people of no measure whom a place names ("Young men from Uganda answered the adverts"):
        // read as a count large enough to be a figure with no measure word, which "one" is not
        r = readAt(b, probeAt(k));
      }
      if (r == null || r.measure() == Measure.PAYMENT
          || r.measure() == Measure.OTHER && !rules.measuredAfter(t, found.get(0))) {
        // "showed the freed men ... At least 31 of them were wounded": people of no measure yet,
        // whom the partitive's own verb counts (not "Nine of them were brothers")
        return null;
      }
      return standIn(at, r, before, b.get(k).start);
    }
    return null;
  }

  /**
   * Returns the count a pronoun before the copula of the sentence's first quantity stands for
   * ("On Thursday it stood at 862,530") when no figure stands before it in the paragraph: the
   * running count of people the sentence before names ("publishes a running tally of Russian
   * personnel losses"), read as if a number stood after its "of", as a figure of no quantity to
   * stand for the figure before; null when the sentence's first quantity has no such pronoun, or
   * the sentence before names no such count.
   *
   * @param found the sentence's quantities that may be figures, in order
   * @param before the sentence before in the same paragraph, of the same language
   */
  public Figure tallyReferent(List<Token> t, List<QuantityMention> found, Sentence before) {
    if (found.isEmpty() || found.get(0).isMoney() || !rules.pronounBeforeCopula(t, found.get(0))) {
      return null;
    }
    // read without quotation marks: "a running tally of Russian \"personnel losses\""
    List<Token> b = before.tokens().stream().filter(x -> !x.is("\"")).collect(Collectors.toList());
    for (int k = 0; k + 2 < b.size(); k++) {
      if (!tallyNouns.has(b.get(k)) || !ofWord.has(b.get(k + 1))) {
        continue;
      }
      int at = k + 2;
      QuantityMention q = oneAt(at);
      Reading r = readAt(b, q);
      if (r == null || r.measure() == Measure.PAYMENT || r.measure() == Measure.OTHER) {
        return null;
      }
      return standIn(q, r, before, b.get(at).start);
    }
    return null;
  }

  /** The smallest count whose figure stands with no measure word (a bare "ten" or more, in digits). */
  private static final BigDecimal PROBE_COUNT = BigDecimal.TEN;

  /**
   * A count of ten standing, unwritten, right before token {@code k}: what a
   * noun phrase reads as when a number large enough to be a figure of no measure stood before it.
   */
  private static QuantityMention probeAt(int k) {
    return new QuantityMention(k, k, k, PROBE_COUNT, PROBE_COUNT, Qualifier.EXACT, null, null,
        false, PROBE_COUNT, false);
  }

  /** How many tokens around a people noun a place that names them may stand ("young men from Uganda"). */
  private static final int PEOPLE_PLACE_REACH = 3;

  /** Whether a place stands within {@value #PEOPLE_PLACE_REACH} tokens either side of the people noun at {@code k}. */
  private boolean placeNamedNear(List<Token> b, int k) {
    for (int j = Math.max(0, k - PEOPLE_PLACE_REACH); j <= Math.min(b.size() - 1, k + PEOPLE_PLACE_REACH); j++) {
      if (b.get(j).isWord() && lex.places.longest(b, j) != null) {
        return true;
      }
    }
    return false;
  }

  /** A number one standing, unwritten, right before token {@code k}. */
  private static QuantityMention oneAt(int k) {
    return new QuantityMention(k, k, k, BigDecimal.ONE, BigDecimal.ONE, Qualifier.EXACT, null, null,
        false, BigDecimal.ONE, false);
  }

  /** The reading of the noun phrase of sentence {@code b} after the unwritten number {@code q}. */
  private Reading readAt(List<Token> b, QuantityMention q) {
    return rules.read(b, q, 0, b.size(), i -> false, null, 0, true, List.of(), List.of());
  }

  /**
   * A figure of no quantity read from the sentence before, standing for the figure it names; only
   * origins the sentence states (a default one is left to the document's rules).
   */
  private static Figure standIn(QuantityMention q, Reading r, Sentence before, int start) {
    return new Figure(q, r.measure(), r.originExplicit() ? r.origins() : Figure.originsOf(Set.of()),
        r.originExplicit(), null, List.of(), false, null,
        before.paragraph(), before.start(), before.end(), start, start, r.noOriginWanted(), r.ownForceNoun());
  }

  /**
   * Whether the sentence's first quantity is a part of people counted before it ("Around 900 of
   * those were sent") and the sentence names no people before it.
   */
  public boolean partOfEarlier(List<Token> t, List<QuantityMention> found) {
    return !found.isEmpty() && !found.get(0).isMoney() && heads.partitiveAfter(t, found.get(0))
        && peopleNounAt(t, 0, found.get(0).first()) < 0;
  }

  /**
   * Whether the sentence's first quantity refers to an earlier figure with a figure noun and names
   * no people of its own ("The previous record, 41,980, was set in October"): it takes the measure
   * of the last figure, even in a paragraph before.
   */
  public boolean refersBack(List<Token> t, List<QuantityMention> found) {
    if (found.isEmpty() || found.get(0).isMoney()) {
      return false;
    }
    QuantityMention q = found.get(0);
    int k = rules.figureNounAt(t, q);
    return k >= 0 && !namesItsPeople(t, k, q.first())
        && peopleNounAt(t, q.end(), Math.min(t.size(), q.end() + 2)) < 0;
  }

  /** How many words after a figure's "of" may hold the people it counts ("the real number of Tajik citizens"). */
  private static final int OF_PEOPLE_REACH = 3;

  /**
   * Whether the figure noun at {@code k} names the people it counts after "of", before {@code first}
   * ("the real number of citizens held was probably closer to 2,000"): a count of its own, no
   * restatement of the figure before.
   */
  private boolean namesItsPeople(List<Token> t, int k, int first) {
    if (k + 2 >= first || !ofWord.has(t.get(k + 1))) {
      return false;
    }
    int to = Math.min(first, k + 2 + OF_PEOPLE_REACH);
    for (int j = k + 2; j < to; j++) {
      PhraseIndex.Match<Lexicon.Place> pm = lex.places.longest(t, j, to);
      if (pm != null && pm.value.demonym) {
        return true; // "the true number of Bangladeshis"
      }
    }
    return peopleNounAt(t, k + 2, to) >= 0;
  }

  /**
   * Whether the sentence's first quantity is the total of an earlier count, named by a figure noun
   * alone with no people of its own ("Officials put the total at 1,500").
   */
  public boolean totalsEarlier(List<Token> t, List<QuantityMention> found) {
    return !found.isEmpty() && !found.get(0).isMoney() && totals(t, found.get(0));
  }

  /** Whether {@code q} is the total of an earlier count, named by a figure noun alone with no people of its own. */
  private boolean totals(List<Token> t, QuantityMention q) {
    return rules.totalsEarlier(t, q) && peopleNounAt(t, q.end(), Math.min(t.size(), q.end() + 2)) < 0;
  }

  /**
   * Whether the sentence counts things or money ("The city has 1,400 schools", "The average wage is
   * 65,000 roubles"): when none of its counts is a figure, a figure noun after it in its paragraph
   * ("Officials put the total at 1,500") refers to that count.
   */
  public boolean countsThingsOrMoney(List<Token> t, List<QuantityMention> found) {
    for (QuantityMention q : found) {
      if (q.isMoney() || heads.countsThings(t, q) && !heads.countsTime(t, q) && !placesOfScene(t, q)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code q} counts the places where something happened, after a preposition ("interviews
   * with relatives in nine countries", "raids across 12 regions"): the scene, not a count that a
   * total after it sums up.
   */
  private boolean placesOfScene(List<Token> t, QuantityMention q) {
    return q.first() > 0 && scopePrepositions.has(t.get(q.first() - 1)) && q.end() < t.size()
        && scopePlaces.has(t.get(q.end()));
  }

  /** Whether the sentence is a list item labelled only by a time ("- Past seven days: 7,060"). */
  public boolean timeLabelled(List<Token> t, List<QuantityMention> found) {
    return found.stream().anyMatch(q -> !q.isMoney() && timeLabelled.of(t, q));
  }

  /**
   * Whether the sentence is a list item that labels its one figure with a place ("- Nepal:
   * 1,560"): a breakdown of a figure shortly before it, even in an earlier paragraph.
   */
  public boolean placeLabelled(List<Token> t, List<QuantityMention> found) {
    return found.size() == 1 && !found.get(0).isMoney() && rules.placeLabel(t, found.get(0));
  }

  /**
   * Whether the quantity {@code q} of a list line read under its lead ({@link ListLabels#underLead})
   * is a figure the lead says what of: money, or people of some measure ("1,200 Foreign fighters
   * identified so far"), not a count the lead does not name ("41 The largest groups").
   */
  public boolean readsAsFigure(Sentence joined, QuantityMention q) {
    List<Token> t = joined.tokens();
    Reading r = rules.read(t, q, 0, t.size(), i -> false, null, 0, true, List.of(), List.of());
    return r != null && r.measure() != Measure.OTHER;
  }

  /**
   * The figures of a list line under a lead that names what befell the people of its lines before
   * its closing colon ("... inflicted the following losses on the formations of the Armed Forces of
   * Ukraine:" over "- 'Sever' group: up to 160 servicemen, a tank and ..."): the soldiers a line
   * counts with no measure word of their own (up to its next comma) are the lead's outcome (killed,
   * wounded, losses, captured), not serving; other figures are returned as they are.
   */
  public List<Figure> underOutcomeLead(List<Token> line, List<Figure> figures, List<Token> lead) {
    Measure outcome = triggers.leadOutcome(lead);
    if (outcome == null) {
      return figures;
    }
    List<Figure> out = new ArrayList<>(figures.size());
    for (Figure f : figures) {
      int end = f.quantity().end();
      PhraseIndex.Match<Lexicon.Noun> people = end < line.size() ? lex.nouns.longest(line, end, line.size()) : null;
      boolean soldiers = people != null && people.value.isPeople() && !triggers.namesMeasure(line, end);
      out.add(f.measure() == Measure.SERVING && soldiers ? f.withMeasure(outcome) : f);
    }
    return out;
  }

  /**
   * The figures of a list line, read under its lead ({@code underLead}: {@code read} is the line's
   * value and the lead's words) or on its own ({@code read} is the line), with the origin the
   * line's label names, a place ("Nepal: 1,200", "- Nepal: 1,200 fighters") or other countries
   * ("Other countries: 1,130": foreigners), over the lead's people but not over the line's own
   * ("- Nepal: 300 Indian recruits"); under a lead, an amount takes the lead's rate anywhere in it
   * ("Monthly pay offered by region:" then "- Moscow: 250,000 roubles").
   */
  public List<Figure> labelled(List<Token> line, List<Token> read, List<Figure> figures, boolean underLead) {
    int separator = listLabels.separator(line);
    SortedSet<Origin> origins = separator < 0 ? Figure.originsOf(Set.of())
        : places.labelPlaces(line, separator);
    List<Figure> out = new ArrayList<>(figures.size());
    for (Figure f : figures) {
      if (f.measure() != Measure.PAYMENT && !origins.isEmpty() && (underLead || f.origins().isEmpty())) {
        f = f.withOrigins(origins, true);
      }
      Per per = underLead && f.measure() == Measure.PAYMENT && f.quantity().per() == null
          ? rateIn(read, f.quantity().end()) : null;
      out.add(per == null ? f : f.withQuantity(f.quantity().withPer(per)));
    }
    return out;
  }

  /**
   * The figures of a list line under the lead {@code lead}, with the people of the country whose
   * losses the lead names ("inflicted the following losses on the formations of the Armed Forces of
   * Ukraine:" over "- 'Sever' group: up to 160 servicemen, a tank ..."), over a line's people that
   * its own words do not name; money keeps its own.
   */
  public List<Figure> underLosers(List<Token> lead, List<Figure> figures) {
    SortedSet<Origin> losers = figures.isEmpty() ? Figure.originsOf(Set.of()) : places.leadLosers(lead);
    if (losers.isEmpty()) {
      return figures;
    }
    List<Figure> out = new ArrayList<>(figures.size());
    for (Figure f : figures) {
      out.add(f.measure() == Measure.PAYMENT || f.originExplicit() ? f : f.withOrigins(losers, true));
    }
    return out;
  }

  /** The first rate in {@code t} from token {@code from} on ("monthly", "a month"), or null. */
  private Per rateIn(List<Token> t, int from) {
    for (int k = from; k < t.size(); k++) {
      PhraseIndex.Match<Lexicon.Rate> m = lex.rates.longest(t, k);
      if (m != null && !quantities.timeAgo(t, k + m.length)) {
        return m.value.per;
      }
    }
    return null;
  }

  /** The first token in {@code [from, to)} that starts a people noun, or -1. */
  private int peopleNounAt(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      PhraseIndex.Match<Lexicon.Noun> nm = t.get(k).isWord() ? lex.nouns.longest(t, k, to) : null;
      if (nm != null && nm.value.isPeople()) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Returns the candidate figures of a sentence, in order.
   *
   * @param qs the sentence's quantities that may be figures, in order
   * @param times the sentence's time expressions
   * @param attribution the sentence's attribution (source names are no origins)
   * @param paragraphPrevious the last figure of an earlier sentence of the same paragraph, or null
   * @param published the date relative times are resolved against, if known
   */
  public List<Figure> classify(Sentence sentence, List<QuantityMention> qs, List<DatedSpan> times,
      SentenceAttribution attribution, Figure paragraphPrevious, Optional<LocalDate> published) {
    return classify(sentence, qs, times, attribution, paragraphPrevious, published, List.of(), List.of());
  }

  /**
   * Returns the candidate figures of a sentence, in order, as {@link #classify(Sentence, List, List,
   * SentenceAttribution, Figure, Optional)} does, with the countries the story is about ({@code
   * hints}), which say whose "rupees" an amount is when its sentence does not, and the countries the
   * story names often, with how often ({@code storyCountries}), the most named of which that uses the
   * currency says it when neither does.
   */
  public List<Figure> classify(Sentence sentence, List<QuantityMention> qs, List<DatedSpan> times,
      SentenceAttribution attribution, Figure paragraphPrevious, Optional<LocalDate> published, List<Origin> hints,
      List<Map.Entry<Origin, Integer>> storyCountries) {
    List<Token> t = sentence.tokens();
    List<Figure> out = new ArrayList<>();
    Figure previous = null;
    Figure whole = null; // the figure whose parts "including" lists, while they go on
    Figure ownAmount = null; // the latest amount of the sentence that converts none before it
    QuantityMention rejected = null; // the last amount that is no figure: its conversion is none either
    QuantityMention yardstick = null; // the last amount that is no figure, not its conversion
    // the figure of the list item before, which an item labelled only by a time goes on counting
    Figure sibling = paragraphPrevious != null && paragraphPrevious.measure() != Measure.PAYMENT
        && paragraphPrevious.measure() != Measure.OTHER && timeLabelled(t, qs) ? paragraphPrevious : null;
    for (int n = 0; n < qs.size(); n++) {
      QuantityMention raw = qs.get(n);
      if (rejected != null && raw.isMoney() && (converts(t, rejected, raw) || yardsticks.continues(t, yardstick, raw))) {
        // "about 4,200 pesos a month, or less than $20": the yardstick in another currency; "..., and
        // in the next region it is 52,000 roubles": the same yardstick for another place
        rejected = raw;
        continue;
      }
      if (rejected != null && !raw.isMoney() && totals(t, raw)) {
        continue; // "the average wage is 65,000 roubles, and officials put the regional average at 48,000"
      }
      int lo = n > 0 ? qs.get(n - 1).end() : 0;
      int hi = n + 1 < qs.size() ? qs.get(n + 1).first() : t.size();
      boolean elided = previous != null && previous.measure() == Measure.PAYMENT && !raw.isMoney()
          && (elidedCurrency(t, raw, lo) || changeTo(t, previous.quantity(), raw) && nothingCounted(t, raw.end()));
      if (elided) {
        raw = raw.withUnit(previous.quantity().unit()); // "Khanty-Mansi offers 1 million": the same money
      } else if (previous == null && paragraphPrevious != null && paragraphPrevious.measure() == Measure.PAYMENT
          && paragraphPrevious.quantity().isMoney() && !raw.isMoney() && paySubject(t, raw, lo)
          && nothingCounted(t, raw.end())) {
        // "Omsk will pay 1.5 million roubles ... Until now the regional payment was 800,000": the same money
        raw = raw.withUnit(paragraphPrevious.quantity().unit()).withPer(paragraphPrevious.quantity().per());
      } else if (ownAmount != null && previous.measure() == Measure.PAYMENT && !raw.isMoney() && raw.first() > 0
          && fromWord.has(t.get(raw.first() - 1)) && nothingCounted(t, raw.end())) {
        // "2.5 million roubles ..., up from 1.5 million", "to 900,000 roubles from 1.4 million": the old
        // value of the change, in the amount's own currency (not its conversion's) and at its rate
        raw = raw.withUnit(ownAmount.quantity().unit()).withPer(ownAmount.quantity().per());
      } else if (ownAmount != null && previous.measure() == Measure.PAYMENT && !raw.isMoney()
          && setAgainstAmount(t, raw, lo) && nothingCounted(t, raw.end())) {
        // "3 million roubles, double the previous 1.5 million", "compared with 210,000 for riflemen":
        // the amount is set against another of the same money, at its rate
        raw = raw.withUnit(ownAmount.quantity().unit()).withPer(ownAmount.quantity().per());
      }
      Reading r = rules.read(t, raw, lo, hi, attribution::inName, previous != null ? previous : paragraphPrevious,
          n, previous == null, hints, storyCountries);
      boolean setAgainst = previous != null && !raw.isMoney() && previous.measure() != Measure.PAYMENT
          && compared.against(t, previous.quantity(), raw);
      if (setAgainst) {
        // "2,140 signed contracts in 2025, compared with 3,900 in 2024": the same count at another time
        r = new Reading(raw, previous.measure(), previous.origins(), previous.originExplicit(), raw.end(),
            previous.noOriginWanted(), previous.ownForceNoun());
      }
      if (previous != null && !raw.isMoney() && previous.measure() != Measure.PAYMENT
          && changedBy(t, previous.quantity(), raw)) {
        // "raised the number of servicemen by 180,000 to 1.5 million": the new value counts what the change does
        r = new Reading(raw, previous.measure(), previous.origins(), previous.originExplicit(),
            r != null ? r.headEnd() : raw.end(), previous.noOriginWanted(), previous.ownForceNoun());
      }
      if (r == null && sibling != null && !raw.isMoney() && (timeLabelled.of(t, raw)
          || previous != null && previous.measure() == sibling.measure() && restates(t, previous.quantity(), raw))) {
        // "- Past seven days: 7,060, or about 1,009 a day" after "- Total losses: 338,270"
        r = new Reading(raw, sibling.measure(), sibling.origins(), sibling.originExplicit(), raw.end(),
            sibling.noOriginWanted(), sibling.ownForceNoun());
      }
      if (r == null) {
        rejected = raw.isMoney() ? raw : null;
        yardstick = rejected;
        continue;
      }
      rejected = null;
      QuantityMention q = r.quantity();
      int gloss = q.isMoney() ? glossAfter(t, q) : -1;
      if (q.qualifier() == Qualifier.EXACT) {
        Qualifier bound = gloss >= 0 ? nearestBound(t, gloss, 1, 0) : boundOfSubject(t, q, lo);
        if (bound != null) {
          q = q.asBound(bound); // "the minimum monthly salary is 210,000 roubles"
        }
      }
      List<DatedSpan> own = previous != null && r.measure() != Measure.PAYMENT && totals(t, q)
          ? totalsTimes(t, q, times) : times;
      Period period = period(t, q, own, r.measure(), published);
      if (period == null && own.size() < times.size() && published.isPresent() && cumulative(t, q)) {
        // "lost 1,050 troops over the past day, bringing the total to 1,203,450": a running total to the day
        period = Period.builder().end(published).endPrecision(dev.muster.DatePrecision.DAY).build();
      }
      DatedSpan againstTime = setAgainst ? timeJustAfter(t, q, times) : null;
      if (againstTime != null) {
        period = againstTime.period(); // "1,840 in the first four months, against 2,960 in the whole of 2024"
      }
      if (previous != null && previous.period() != null && partOfBefore(t, q, times)) {
        period = previous.period(); // "80,000 ... in 2024, and that about 20,000 of them had been sent": the whole's time
      }
      whole = wholeOfPart(t, previous, whole, q);
      if (whole != null && outcome(whole.measure()) && cameBy(r.measure())) {
        // "880 died, including 95 reservists and some 40 men recruited from colonies": the later parts
        // are of the dead too, the verb after them saying only how they came to the war
        boolean inherits = r.origins().isEmpty() && !r.originExplicit();
        r = new Reading(r.quantity(), whole.measure(), inherits ? whole.origins() : r.origins(),
            inherits ? whole.originExplicit() : r.originExplicit(), r.headEnd(), r.noOriginWanted(), r.ownForceNoun());
      }
      if (whole != null && whole.period() != null && !timeInList(whole, q, times)) {
        period = whole.period(); // "losses neared 410,000, including 95,000 killed and 300,000 wounded"
      }
      if (previous != null && sharesVerb(t, previous, q, period, times)) {
        period = previous.period(); // "said in March that 2,100 had been killed and 6,400 wounded": one time
      }
      Figure addedTo = previous != null ? previous : paragraphPrevious;
      if (period == null && addedTo != null && addedTo.measure() == r.measure() && r.measure() != Measure.PAYMENT
          && addedTo.period() != null && rules.addedTo(t, q)) {
        period = addedTo.period(); // "detained 11 men last week ... Two more were caught": the same time
      }
      Per per = q.per();
      for (int k = r.headEnd(); k < Math.min(hi, r.headEnd() + 6) && per == null; k++) {
        if (clauseBreaks.has(t.get(k)) || t.get(k).is(",")) {
          break;
        }
        PhraseIndex.Match<Lexicon.Rate> rm = lex.rates.longest(t, k);
        if (rm != null && k == q.end() && q.isMoney() && k + rm.length < t.size()
            && rateNouns.has(t.get(k + rm.length))) {
          per = rm.value.per; // "a 2.5 lakh rupee monthly salary", "a $900 weekly allowance": the amount's own pay
          break;
        }
        if (rm != null && (k > 0 && rateDeterminers.has(t.get(k - 1))
            || k + rm.length < t.size() && rateNouns.has(t.get(k + rm.length)))) {
          break; // "$7,500 and a monthly wage of $1,800", "and monthly pay of": the next noun phrase's rate
        }
        if (rm != null && rm.value.after() && !quantities.timeAgo(t, k + rm.length)
            && !(k > 0 && notRatePrepositions.has(t.get(k - 1))) && !ratesReport(t, k + rm.length)) {
          per = rm.value.per;
        }
      }
      if (per == null) {
        per = rateBefore(t, q, lo);
      }
      if (per == null && gloss >= 0) {
        per = rateIn(t, gloss); // "- 100,000 hryvnias: the extra monthly payment for soldiers in combat"
      }
      if (per == null && previous != null && previous.quantity().per() != null && previous.measure() == r.measure()
          && changeTo(t, previous.quantity(), q)) {
        per = previous.quantity().per(); // "monthly sign-ups fell from about 35,000 ... to fewer than 25,000"
      }
      if (per == null && setAgainst) {
        per = previous.quantity().per(); // "1,000 a day in June, from 1,500 in January"
      }
      if (per == null && addedTo != null && addedTo.quantity().per() != null && addedTo.measure() == r.measure()
          && r.measure() != Measure.PAYMENT && rules.refersToRate(t, q)) {
        per = addedTo.quantity().per(); // "1,100 soldiers a day ... The ministry put the September average at about 950"
      }
      if (per == null && elided) {
        per = previous.quantity().per(); // "earn 210,000 roubles a month, ... can receive up to 300,000"
      }
      SortedSet<Origin> origins = r.origins();
      boolean explicit = r.originExplicit();
      boolean twoPayments = previous != null && previous.measure() == Measure.PAYMENT
          && r.measure() == Measure.PAYMENT;
      boolean conversion = twoPayments && (converts(t, previous.quantity(), q)
          || approximateAfterComma(t, previous.quantity(), q));
      // "400,000 rubles ($4,600)", "210,000 roubles, or about $2,300": the conversion shares the rate
      if (conversion) {
        if (per == null) {
          per = previous.quantity().per();
        } else if (previous.quantity().per() == null) {
          previous = previous.withQuantity(previous.quantity().withPer(per));
          out.set(out.size() - 1, previous);
        }
        if (period == null) {
          period = previous.period();
        }
        Qualifier bound = previous.quantity().qualifier();
        // a floor written before the amount covers it alone ("at least 210,000 roubles ($2,600)"); a
        // ceiling the amount reaches covers its conversion too ("up to 3 million roubles ($38,000)")
        boolean floor = bound == Qualifier.AT_LEAST && !qualifierWritten(t, previous.quantity());
        if (q.qualifier() == Qualifier.EXACT && (floor || bound == Qualifier.AT_MOST)) {
          q = q.asBound(bound); // "the minimum salary is 210,000 roubles ($2,300)": the same floor
        }
      }
      // "offer foreigners 500,000 roubles ($6,100)", "Recruits from Africa were offered a bonus of
      // $2,000 and monthly pay of $2,500": a conversion, or an amount joined by "and", pays the same
      // people; a conversion is the same amount, so people named after it ("300.000 Rubel (etwa
      // 3.300 Euro), dazu der Sold russischer Soldaten") are not its payees either
      boolean noOriginWanted = r.noOriginWanted();
      if (conversion && previous.origins().isEmpty() && !previous.originExplicit() && !previous.noOriginWanted()
          && !origins.isEmpty() && !explicit) {
        // "a bonus of 1.2 million roubles, about 160,000 somoni": a conversion into one country's own
        // currency tells whose pay the amount and the conversion both are
        previous = previous.withOrigins(origins, false);
        out.set(out.size() - 1, previous);
      } else if (conversion) {
        origins = previous.origins();
        explicit = previous.originExplicit();
        noOriginWanted = previous.noOriginWanted();
      } else if (twoPayments && origins.isEmpty() && previous.originExplicit()
          && joined(t, previous.quantity().end(), q.first())) {
        origins = previous.origins();
        explicit = true;
      } else if (r.measure() == Measure.PAYMENT && (origins.isEmpty() || origins.equals(Set.of(Origin.FOREIGN)))) {
        Optional<Origin> scene = paidScene.before(t, q.first()); // "In India, the salary is Rs 2 lakh"
        if (scene.isPresent()) {
          origins = Figure.originsOf(List.of(scene.get()));
          explicit = true;
        }
      }
      Figure f = new Figure(q.withPer(per), r.measure(), origins, explicit, period, List.of(), false,
          likelihood(t, q), sentence.paragraph(), sentence.start(), sentence.end(), t.get(q.first()).start,
          t.get(q.end() - 1).end(), noOriginWanted, r.ownForceNoun());
      out.add(f);
      previous = f;
      if (f.measure() == Measure.PAYMENT && !conversion) {
        ownAmount = f;
      }
    }
    // read with the others (a part's whole, a conversion), a bare reference is no figure of its own
    out.removeIf(f -> !f.quantity().isMoney() && bareReference(t, f.quantity()));
    return out;
  }

  /**
   * Whether the count {@code q} has no noun of its own and stands for a group the text named
   * before: after "of the" ("Three of the 14 were killed", "Of the 14, two are missing"), "all the"
   * or "all" ("all four had signed contracts"), with a verb or a comma right after it.
   */
  private boolean bareReference(List<Token> t, QuantityMention q) {
    int i = q.first();
    if (q.end() >= t.size() || !bareReferenceFollowers.has(t.get(q.end())) || i < 1) {
      return false;
    }
    if (bareReferenceAll.has(t.get(i - 1))) {
      return true;
    }
    return i >= 2 && bareReferenceThe.has(t.get(i - 1)) && bareReferenceBeforeThe.has(t.get(i - 2));
  }

  /**
   * The times of a running total that a figure noun names after the figure it totals, in its
   * sentence ("lost 1,050 troops over the past day, bringing the total to 1,203,450"): those after
   * the comma or clause break before its noun, the times before it being the figure's before.
   */
  private List<DatedSpan> totalsTimes(List<Token> t, QuantityMention q, List<DatedSpan> times) {
    int noun = rules.figureNounAt(t, q);
    int cut = -1;
    for (int k = noun - 1; k >= 0 && cut < 0; k--) {
      if (t.get(k).is(",") || clauseBreaks.has(t.get(k))) {
        cut = k;
      }
    }
    if (cut < 0) {
      return times;
    }
    List<DatedSpan> own = new ArrayList<>(times.size());
    for (DatedSpan e : times) {
      if (e.start() > cut) {
        own.add(e);
      }
    }
    return own;
  }

  /**
   * Whether a number without a currency, after an amount of money in its sentence, is money too:
   * a pay verb shortly before it ("offers 1 million", "can receive up to 300,000") and nothing
   * after it but the end of its clause.
   */
  private boolean elidedCurrency(List<Token> t, QuantityMention q, int lo) {
    if (q.end() < t.size() && !t.get(q.end()).isPunct()) {
      return false;
    }
    for (int k = q.first() - 1; k >= Math.max(lo, q.first() - 4); k--) {
      if (payVerbs.has(t.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** How many words may stand between a word that sets an amount against another and the other ("the previous"). */
  private static final int SET_AGAINST_REACH = 3;

  /**
   * Whether a word of the language's {@code classify.amount-set-against} stands a few words before
   * the number {@code q}, after {@code lo} and with only words between: "double the previous
   * 1.5 million", "three times the old 400,000", "compared with 210,000".
   */
  private boolean setAgainstAmount(List<Token> t, QuantityMention q, int lo) {
    for (int k = q.first() - 1; k >= Math.max(lo, q.first() - 1 - SET_AGAINST_REACH); k--) {
      if (amountSetAgainst.has(t.get(k))) {
        return true;
      }
      if (!t.get(k).isWord()) {
        return false;
      }
    }
    return false;
  }

  /** How many words may stand between a word of pay and the copula after it ("the regional sum there is"). */
  private static final int PAY_SUBJECT_REACH = 3;

  /**
   * Whether the number {@code q} follows a copula, perhaps with one word between ("is now"), whose
   * subject, a few words before it and after {@code lo}, is a word of pay: "the regional payment
   * was 800,000", "the bonus is now 500,000".
   */
  private boolean paySubject(List<Token> t, QuantityMention q, int lo) {
    int c = q.first() - 1;
    if (c >= lo && c >= 1 && !payCopulas.has(t.get(c)) && t.get(c).isWord()) {
      c--; // "is now 500,000"
    }
    if (c < lo || c < 1 || !payCopulas.has(t.get(c))) {
      return false;
    }
    for (int k = c - 1; k >= Math.max(lo, c - 1 - PAY_SUBJECT_REACH); k--) {
      if (paySubjects.has(t.get(k))) {
        return true;
      }
      if (!t.get(k).isWord()) {
        return false;
      }
    }
    return false;
  }

  /** Whether {@code q} restates the number before it after ", or" ("7,060, or about 1,009 a day"). */
  private boolean restates(List<Token> t, QuantityMention before, QuantityMention q) {
    int j = before.end();
    return q.first() == j + 2 && t.get(j).is(",") && or.has(t.get(j + 1));
  }

  /** Whether no noun names what a number ending at {@code end} counts: "cut from 3 million roubles to 1 million in May". */
  private boolean nothingCounted(List<Token> t, int end) {
    return end >= t.size() || !t.get(end).isWord() || lex.nouns.longest(t, end) == null;
  }

  private Likelihood likelihood(List<Token> t, QuantityMention q) {
    Likelihood opening = likelihoodOpening(t, q);
    if (opening != null) {
      return opening;
    }
    for (int k = q.first() - 1; k >= Math.max(0, q.first() - 8); k--) {
      Token tok = t.get(k);
      if (clauseBreaks.has(tok) || tok.isNumber()) {
        break;
      }
      PhraseIndex.Match<Likelihood> m = lex.likelihood.longest(t, k, q.first());
      if (m != null) {
        // "highly likely" beats "likely": look one word further back
        if (k > 0) {
          PhraseIndex.Match<Likelihood> wider = lex.likelihood.longest(t, k - 1, q.first());
          if (wider != null && wider.length > m.length) {
            return wider.value;
          }
        }
        return m.value;
      }
    }
    return inVerbGroup(t, q);
  }

  /**
   * A likelihood word right after the auxiliary of the figure's verb ("300 had likely been killed"),
   * or between the people counted and their verb when it has none ("8,000 convicts likely signed");
   * not right after the number, where "likely" describes the people ("400 likely recruits").
   */
  private Likelihood inVerbGroup(List<Token> t, QuantityMention q) {
    for (int k = q.end(); k + 1 < t.size() && k < q.end() + VERB_GROUP_REACH; k++) {
      Token tok = t.get(k);
      if (clauseBreaks.has(tok) || tok.isNumber() || tok.is(",")) {
        return null;
      }
      PhraseIndex.Match<Likelihood> adverb = k > q.end() && k < q.end() + SUBJECT_ADVERB_REACH
          ? lex.likelihood.longest(t, k) : null;
      if (adverb != null) {
        return adverb.value;
      }
      if (finiteAux.has(tok)) {
        PhraseIndex.Match<Likelihood> m = lex.likelihood.longest(t, k + 1);
        return m == null ? null : m.value;
      }
    }
    return null;
  }

  /** How far after the figure the auxiliary of its verb may stand ("300 of them had likely been"). */
  private static final int VERB_GROUP_REACH = 8;
  /** How far after the figure a likelihood word with no auxiliary may stand ("600 North Korean soldiers almost certainly"). */
  private static final int SUBJECT_ADVERB_REACH = 4;

  /**
   * The likelihood of a sentence that opens with a likelihood phrase and a "that" clause holding
   * the figure ("Дуже ймовірно, що ...", "Существует реальная возможность, что ...", or after a
   * subject word anywhere: "judges it likely that ..."), with no clause break between; null
   * otherwise.
   */
  private Likelihood likelihoodOpening(List<Token> t, QuantityMention q) {
    if (likelihoodThat.isEmpty()) {
      return null;
    }
    for (int k = 0; k < q.first(); k++) {
      if (k >= 3 && !likelihoodSubjects.has(t.get(k - 1))) {
        continue;
      }
      PhraseIndex.Match<Likelihood> m = lex.likelihood.longest(t, k, q.first());
      if (m == null) {
        continue;
      }
      int j = k + m.length;
      if (j < q.first() && t.get(j).is(",")) {
        j++;
      }
      if (j >= q.first() || !likelihoodThat.has(t.get(j))) {
        return null;
      }
      for (int b = j + 1; b < q.first(); b++) {
        if (clauseBreaks.has(t.get(b))) {
          return null;
        }
      }
      return m.value;
    }
    return null;
  }

  /**
   * Whether the amount {@code q} converts {@code amount} (and its rate): "(", with "then" or "now"
   * inside; ", or"; or, before another currency, a comma and words of equality (", equal to about
   * $2,400", ", the equivalent of $11,000").
   */
  private boolean converts(List<Token> t, QuantityMention amount, QuantityMention q) {
    int j = amount.end();
    int first = q.first();
    PhraseIndex.Match<Lexicon.Rate> rate = j < first ? lex.rates.longest(t, j, first) : null;
    if (rate != null) {
      j += rate.length; // "50,000 roubles a week, or about $550"
    }
    if (j >= first || !t.get(j).is("(") && !t.get(j).is(",")) {
      return false;
    }
    int k = j + 1;
    Words between = t.get(j).is("(") ? conversionFillers : conversionLinks;
    while (k < first && between.has(t.get(k))) {
      k++; // "(then about $1,600)", ", equivalent to roughly €3,200"
    }
    if (k < first) {
      return false;
    }
    // after a comma: "or", or words of equality before another currency ("the equivalent of $11,000")
    return t.get(j).is("(") || k == j + 2 && or.has(t.get(j + 1))
        || k > j + 1 && q.unit() != null && amount.unit() != null && !q.unit().equals(amount.unit());
  }

  /** Whether the mention of {@code amount} starts with a qualifier word of its own, not its currency or number. */
  private boolean qualifierWritten(List<Token> t, QuantityMention amount) {
    return amount.first() < amount.numberStart() && lex.money.longest(t, amount.first()) == null;
  }

  /**
   * "204,000 roubles, roughly $2,300": an approximate amount of another currency set off by a comma
   * right after an amount (and its rate) converts it; with words that restate between ("pari a
   * 2.700 euro") it is {@link #converts}.
   */
  private boolean approximateAfterComma(List<Token> t, QuantityMention amount, QuantityMention q) {
    int j = amount.end();
    PhraseIndex.Match<Lexicon.Rate> rate = j < q.first() ? lex.rates.longest(t, j, q.first()) : null;
    if (rate != null) {
      j += rate.length;
    }
    return j == q.first() - 1 && t.get(j).is(",") && q.qualifier() == Qualifier.APPROXIMATE
        && q.unit() != null && amount.unit() != null && !q.unit().equals(amount.unit());
  }

  /**
   * Whether "and" joins the noun phrases of two amounts, with no clause break, comma or say-verb
   * between them (", and regions pay ..." starts a clause of its own).
   */
  private boolean joined(List<Token> t, int previousEnd, int first) {
    boolean and = false;
    for (int k = previousEnd; k < first; k++) {
      if (clauseBreaks.has(t.get(k)) || t.get(k).is(",") || attributions.reportsAt(t, k)) {
        return false;
      }
      and |= this.and.has(t.get(k));
    }
    return and && first - previousEnd <= JOIN_REACH;
  }

  /**
   * The bound a subject before a copula gives its figure: AT_LEAST for "the minimum salary is N",
   * AT_MOST for "the maximum bonus was N"; null when there is none.
   */
  private Qualifier boundOfSubject(List<Token> t, QuantityMention q, int lo) {
    int b = q.first() - 1;
    if (b < 1 || !boundCopulas.has(t.get(b))) {
      return null;
    }
    return nearestBound(t, b - 1, -1, lo);
  }

  /**
   * Where the gloss of an amount that opens a fact-box line starts ("- 100,000 hryvnias (about
   * $2,500): the maximum extra monthly payment ..."): the token after the colon that follows the
   * amount and its bracketed conversion; -1 when the line is not so written.
   */
  private int glossAfter(List<Token> t, QuantityMention q) {
    for (int k = 0; k < q.first(); k++) {
      if (!t.get(k).isPunct()) {
        return -1;
      }
    }
    int k = q.end();
    if (k < t.size() && t.get(k).is("(")) {
      while (k < t.size() && !t.get(k).is(")")) {
        k++;
      }
      k++;
    }
    return k + 1 < t.size() && t.get(k).is(":") ? k + 1 : -1;
  }

  /**
   * The bound that the nearest "minimum" or "maximum" gives, met within {@code BOUND_REACH} tokens
   * from {@code from} on, stepping by {@code step} (1 or -1) and not below {@code lo}, before a
   * clause break, comma or number; or null.
   */
  private Qualifier nearestBound(List<Token> t, int from, int step, int lo) {
    for (int k = from, n = 0; n < BOUND_REACH && k >= lo && k < t.size(); k += step, n++) {
      if (clauseBreaks.has(t.get(k)) || t.get(k).is(",") || t.get(k).isNumber()) {
        return null;
      }
      Qualifier bound = boundWord(t.get(k));
      if (bound != null) {
        return bound;
      }
    }
    return null;
  }

  /** The bound a word gives the amount it names: "minimum" a floor, "maximum" a ceiling; or null. */
  private Qualifier boundWord(Token x) {
    return floorWords.has(x) ? Qualifier.AT_LEAST : ceilingWords.has(x) ? Qualifier.AT_MOST : null;
  }

  /** Killed, wounded, both, or taken prisoner: what became of people. */
  private static boolean outcome(Measure m) {
    return m == Measure.KILLED || m == Measure.WOUNDED || m == Measure.CASUALTIES || m == Measure.CAPTURED;
  }

  /** Recruited or called up: how people came to the war, which a part of those it befell may say. */
  private static boolean cameBy(Measure m) {
    return m == Measure.RECRUITED || m == Measure.CONSCRIPTED;
  }

  /** How many tokens may stand between a figure and the next part in a list of its parts. */
  private static final int PART_GAP = 3;

  /**
   * The figure {@code q} is a part of, in a list that "including" opens right after it ("casualties
   * were close to 410,000, including 95,000 killed and 300,000 wounded"): {@code previous}
   * for the first part, {@code whole} for the next ones after "and"; null when the figure is no
   * such part.
   */
  private Figure wholeOfPart(List<Token> t, Figure previous, Figure whole, QuantityMention q) {
    // "880 men had died in the fighting since 2022, including 95 ...": right after "including", the
    // part is of the figure before however far back in its clause
    boolean right = previous != null && q.first() > 0 && partJoins.has(t.get(q.first() - 1));
    if (previous == null || q.first() - previous.quantity().end() > PART_GAP && !right) {
      return null;
    }
    boolean opens = FigureRules.anyIn(t, partJoins, previous.quantity().end(), q.first());
    Figure w = opens ? previous : whole;
    if (w == null || !opens && !FigureRules.anyIn(t, listJoins, previous.quantity().end(), q.first())
        || FigureRules.anyIn(t, clauseBreaks, previous.quantity().end(), q.first())) {
      return null;
    }
    return w;
  }

  /**
   * Whether a time stands in the list between the whole and its part {@code q}, which then dates its
   * parts itself.
   */
  private static boolean timeInList(Figure whole, QuantityMention q, List<DatedSpan> times) {
    for (DatedSpan e : times) {
      if (e.end() > whole.quantity().end() && e.start() < q.end() + PART_GAP) {
        return true;
      }
    }
    return false;
  }

  /** How far from its figure's copula or gloss a "minimum" or "maximum" may stand. */
  static final int BOUND_REACH = 10;

  /**
   * Whether the figure is a part of the one before it in the sentence ("about 20,000 of them") and
   * states no time after it of its own.
   */
  private boolean partOfBefore(List<Token> t, QuantityMention q, List<DatedSpan> times) {
    int e = q.end();
    if (e + 1 >= t.size() || !partOf.has(t.get(e)) || !partitivePronouns.has(t.get(e + 1))) {
      return false;
    }
    for (DatedSpan d : times) {
      if (d.start() >= q.first()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code p} is the page's year up to its date ("so far this year", "this year" on a page
   * of 3 June): the time of the count itself, not of a statement that gave a total as of then.
   */
  private static boolean yearToDate(Period p, Optional<LocalDate> published) {
    return published.isPresent() && p.end().equals(published) && p.start().isPresent()
        && p.start().get().equals(published.get().withDayOfYear(1)) && !p.start().equals(p.end());
  }

  /** Whether the figure's clause says it is a running total ("had passed", "so far", "in total"). */
  private boolean cumulative(List<Token> t, QuantityMention q) {
    return cumulative(t, q, true);
  }

  /**
   * Whether the figure's clause says it is a running total: in words ("were nearing", "in total"),
   * or, when {@code perfectTense}, by a perfect tense ("had identified"), which may also tell an
   * event ("had been killed").
   */
  private boolean cumulative(List<Token> t, QuantityMention q, boolean perfectTense) {
    for (int k = Math.max(0, q.first() - 3); k < t.size(); k++) {
      if (k > q.end() && clauseBreaks.has(t.get(k))) {
        break;
      }
      if (cumulativeWords.has(t.get(k)) || perfectTense && perfect(t, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "put losses since the invasion at 1,178,450 on 2 December", "has recruited since January some
   * 9,000 men as of 1 May": a total with "since" before it and a day (or "as of") after it, in one
   * clause, runs from the start to that day; otherwise the period of {@code best}.
   */
  private Period sinceToDay(List<Token> t, QuantityMention q, List<DatedSpan> times, DatedSpan best) {
    DatedSpan since = null;
    DatedSpan day = null;
    for (DatedSpan e : times) {
      if (e.kind() == TimeKind.SINCE && e.end() <= q.first() && e.period().start().isPresent()) {
        since = e;
      } else if (day == null && e.start() >= q.end() && e.period().end().isPresent()
          && (e.kind() == TimeKind.SPAN && e.isDay() || e.kind() == TimeKind.UNTIL && e.period().start().isEmpty())) {
        day = e;
      }
    }
    if (since != null && day == null) {
      day = asOfAfterSince(t, times, since);
      if (day != null && (best == since || best == day) && day.end() <= q.first()
          && since.period().start().get().isBefore(day.period().end().get())) {
        // "Losses since 24 February 2022, as of 2 May: 640,500"
        return Period.builder().start(since.period().start()).startPrecision(since.period().startPrecision())
            .end(day.period().end()).endPrecision(day.period().endPrecision()).build();
      }
      return best.period();
    }
    if (since == null || day == null || best != since && best != day
        || !since.period().start().get().isBefore(day.period().end().get())) {
      return best.period();
    }
    for (int k = since.end(); k < day.start(); k++) {
      if (k >= q.first() && k < q.end()) {
        continue;
      }
      Token x = t.get(k);
      if (x.isPunct() && !x.is("-") && !x.is("'") || clauseBreaks.has(x) || that.has(x) || attributions.reportsAt(t, k)) {
        return best.period();
      }
    }
    return Period.builder().start(since.period().start()).startPrecision(since.period().startPrecision())
        .end(day.period().end()).endPrecision(day.period().endPrecision()).build();
  }

  /**
   * "As of 12 September, some 281,000 had signed contracts since the start of the year", "By 1
   * October, 3,100 men had enlisted since January": a day an "as of" or "by" gives before the
   * figure ends the span a "since" after it starts, when nothing but words stands between the
   * figure and the "since"; a later figure of the sentence ("and a further 24,000 had joined")
   * shares the span. Null otherwise.
   */
  private Period untilThenSince(List<Token> t, QuantityMention q, List<DatedSpan> times, DatedSpan best) {
    DatedSpan until = null;
    DatedSpan since = null;
    for (DatedSpan e : times) {
      if (e.kind() == TimeKind.UNTIL && e.end() <= q.first() && e.period().start().isEmpty()
          && e.period().end().isPresent()) {
        until = e;
      } else if (since == null && e.kind() == TimeKind.SINCE && (e.start() >= q.end() || e.end() <= q.first())
          && e.period().start().isPresent()) {
        since = e;
      }
    }
    if (until == null || since == null || best != until && best != since
        || !since.period().start().get().isBefore(until.period().end().get())) {
      return null;
    }
    if (since.start() < until.end()) {
      return null; // "since" before "as of" is sinceToDay's
    }
    for (int k = q.end(); k < since.start(); k++) {
      Token x = t.get(k);
      if (x.isPunct() && !x.is("-") && !x.is("'") || clauseBreaks.has(x) || that.has(x)
          || reportsAt(t, k)) {
        return null;
      }
    }
    return Period.builder().start(since.period().start()).startPrecision(since.period().startPrecision())
        .end(until.period().end()).endPrecision(until.period().endPrecision()).build();
  }

  /**
   * Whether a verb of reporting stands at {@code k} that reports: not one that puts the people
   * counted in a state ("soldiers confirmed dead since 2022", "reported missing").
   */
  private boolean reportsAt(List<Token> t, int k) {
    return attributions.reportsAt(t, k) && !(k + 1 < t.size() && reportedStates.has(t.get(k + 1)));
  }

  /** The "as of" day right after a "since" span and a comma ("since 24 February 2022, as of 1 June"), or null. */
  private static DatedSpan asOfAfterSince(List<Token> t, List<DatedSpan> times, DatedSpan since) {
    for (DatedSpan e : times) {
      if (e.kind() == TimeKind.UNTIL && e.period().start().isEmpty() && e.period().end().isPresent()
          && e.start() == since.end() + 1 && t.get(since.end()).is(",")) {
        return e;
      }
    }
    return null;
  }

  /** Whether a perfect tense starts at {@code k}: "had identified", "have already been sent". */
  private boolean perfect(List<Token> t, int k) {
    if (!perfectAuxiliaries.has(t.get(k))) {
      return false;
    }
    for (int j = k + 1; j < Math.min(t.size(), k + 3); j++) {
      Token w = t.get(j);
      if (batchVerbs.has(w)) {
        return false; // "had rescued 22 men from a house": one operation, reported then
      }
      if (participles.has(w) || w.isWord() && HeadNouns.endsWithAny(w, participleEndings)) {
        return true;
      }
    }
    return false;
  }

  /** How many tokens may stand between the "from" of a change and the "to" before its new value. */
  private static final int CHANGE_REACH = 10;

  /**
   * The index of the "from" of a change whose new value is the figure ("had grown from about 200
   * in 2023 to more than 1,000"): "to" stands just before the figure, and "from" with the old
   * value right after it a few words and numbers before; -1 otherwise.
   */
  private int changeFrom(List<Token> t, QuantityMention q) {
    int to = q.first() - 1;
    if (to < 2 || !toWord.has(t.get(to))) {
      return -1;
    }
    for (int k = to - 1; k >= Math.max(0, to - CHANGE_REACH); k--) {
      Token x = t.get(k);
      if (fromWord.has(x)) {
        // the old value right after "from", perhaps after a qualifier ("from about 200"), not
        // "freed from captivity since 2022 to more than 5,800"
        return k + 1 < to && t.get(k + 1).isNumber() || k + 2 < to && t.get(k + 2).isNumber() ? k : -1;
      }
      if (!x.isWord() && !x.isNumber() && !x.is(",")) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether the two amounts are the ends of a change: "from" before the first, "to" before the second. */
  private boolean changeTo(List<Token> t, QuantityMention first, QuantityMention second) {
    return first.first() > 0 && fromWord.has(t.get(first.first() - 1)) && second.first() > first.end()
        && toWord.has(t.get(second.first() - 1));
  }

  /**
   * Whether the two counts are a change and the new value it gives: "by" right before the first,
   * "to" alone between them ("raised the number of servicemen by 180,000 to 1.5 million").
   */
  private boolean changedBy(List<Token> t, QuantityMention first, QuantityMention second) {
    return first.first() > 0 && changeBy.has(t.get(first.first() - 1)) && second.first() == first.end() + 1
        && toWord.has(t.get(first.end()));
  }

  /** The weight of a time expression on the reporting side of a sentence ("said in June that"). */
  static final int REPORTING_SIDE = 25;

  /**
   * The weight of a time in the possessive ("today's swap", "last week's raids"): it dates the
   * noun after it, and a time of the figure's own clause ("With today's swap, 6,100 have been
   * freed since 2022") weighs more.
   */
  private static final int POSSESSIVE_TIME = 10;

  /** Whether a possessive "'s" follows the time {@code e} ("today's", "this week's"). */
  private static boolean possessive(List<Token> t, DatedSpan e) {
    int k = e.end();
    return k + 1 < t.size() && (t.get(k).is("'") || t.get(k).is("\u2019")) && t.get(k + 1).is("s")
        && !t.get(k).spaceBefore;
  }

  /** How many tokens may stand between two amounts that "and" joins. */
  static final int JOIN_REACH = 8;

  private Per rateBefore(List<Token> t, QuantityMention q, int lo) {
    for (int k = q.first() - 1; k >= Math.max(lo, q.first() - (q.isMoney() ? 14 : 10)); k--) {
      Token tok = t.get(k);
      if (tok.isNumber() && !(tok.text.length() == 4 && tok.text.startsWith("20")) || clauseBreaks.has(tok)
          || oneOff.has(tok) || k >= 2 && oneOffTails.has(tok) && t.get(k - 1).is("-")
          && oneOffFirst.has(t.get(k - 2))) {
        return null; // "a one-time payment of 1.9 million roubles" after "the monthly pay"
      }
      PhraseIndex.Match<Lexicon.Rate> m = lex.rates.longest(t, k, q.first());
      if (m != null && m.value.before() && !outletName(t, k, k + m.length) && !ratesReport(t, k + m.length)) {
        return m.value.per;
      }
    }
    return null;
  }

  /** Whether a report noun follows a rate word ending at {@code end}: "the daily update", "a weekly briefing". */
  private boolean ratesReport(List<Token> t, int end) {
    return end < t.size() && rateReports.has(t.get(end));
  }

  /**
   * Whether the rate word at {@code [k, end)} names a periodical by the name after it ("the
   * business daily Vedomosti reported", "a weekly, Novaya Gazeta"): a capitalised word follows it,
   * not as the adjective of a noun ("daily Russian losses"), and a word stands before it.
   */
  private boolean outletName(List<Token> t, int k, int end) {
    int name = end < t.size() && t.get(end).is(",") ? end + 1 : end;
    if (end != k + 1 || !periodicals.has(t.get(k)) || k == 0 || !t.get(k - 1).isWord() || name >= t.size()
        || !t.get(name).isCapitalized()) {
      return false;
    }
    int after = name + 1;
    return after >= t.size() || !t.get(after).isWord() || lex.nouns.longest(t, after) == null;
  }

  /**
   * The period of a figure: the nearest time expression not inside it, a leading date ("On 11
   * July, ...") when there is no other; one on the reporting side of the sentence, "during the
   * war", or a bare "by now" weighs less. A year or month still running on the day the figure was
   * given ends on that day.
   */
  /**
   * "Medvedev said in July that 190,000 had signed up since January": a count up to now (or, on a
   * page without a date, since a day and open), said at an earlier time the sentence gives before
   * the figure, ends when it was said. Without a page date the time of the statement must write
   * its year ("in October 2024"): a bare "In March" may be any year of the story. A time between
   * it and the "that" is the statement's own; one after an earlier "that" is a reported clause's
   * ("writes that 30 regions raised bonuses in January, and that the payment is now ...").
   */
  private Period endedWhenSaid(List<Token> t, QuantityMention q, List<DatedSpan> times, DatedSpan best, Period p,
      Optional<LocalDate> published) {
    for (DatedSpan e : times) {
      if (e == best || e.kind() != TimeKind.SPAN || e.end() > q.first() || e.period().end().isEmpty()
          || published.isPresent() && !e.period().end().get().isBefore(published.get())
          || published.isEmpty() && TimeFinder.lastYear(t, List.of(e), 0) == 0
          || FigureRules.anyIn(t, that, 0, e.start())) {
        continue; // "writes that 30 regions raised bonuses in January, and that ... is now": a reported clause's time
      }
      for (int k = e.end(); k < q.first(); k++) {
        // "said in June that ...", or a verb of saying after the time with no "that" ("In February
        // 2025, Zelensky said 46,000 had been killed since the invasion")
        boolean said = that.has(t.get(k)) || reportsAt(t, k) && !timeBetween(times, k + 1, k + 1 + OWN_STATEMENT_TIME);
        if (said && (p.start().isEmpty() || !p.start().get().isAfter(e.period().end().get()))
            && !timeBetween(times, e.end(), k)) {
          return Period.builder().from(p).end(e.period().end()).endPrecision(e.period().endPrecision()).build();
        }
      }
    }
    return p;
  }

  /**
   * How many tokens after a verb of saying its own time may end ("and the ministry said this week
   * that ..."): the statement is then that time's, not an earlier one's.
   */
  private static final int OWN_STATEMENT_TIME = 3;

  /**
   * Whether a time stands between tokens {@code from} and {@code to}: "arrested four in July, and
   * the ministry said this week that ...": the statement's own time, not July, is when it was said.
   */
  private static boolean timeBetween(List<DatedSpan> times, int from, int to) {
    for (DatedSpan d : times) {
      if (d.start() >= from && d.end() <= to) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Since January ... has continued at 5,000 a month, now also ...": a bare "now" or "so far"
   * ends on the same day as a "since" span of the sentence, which also gives the start; the span
   * stands for both. A "since" past a "that" belongs to another reported clause ("41 were now
   * missing and that it had helped 212 return since 2024").
   */
  private DatedSpan sinceForNow(List<Token> t, QuantityMention q, List<DatedSpan> times, DatedSpan best) {
    if (best.kind() != TimeKind.UNTIL || best.period().start().isPresent() || best.period().end().isEmpty()) {
      return best;
    }
    for (DatedSpan e : times) {
      boolean inside = e.start() < q.end() && e.end() > q.first();
      boolean after = e.start() >= q.end();
      if (!inside && e.kind() == TimeKind.SINCE && e.period().start().isPresent()
          && e.period().end().equals(best.period().end())
          && !FigureRules.anyIn(t, that, after ? q.end() : e.end(), after ? e.start() : q.first())) {
        return e;
      }
    }
    return best;
  }

  private Period period(List<Token> t, QuantityMention q, List<DatedSpan> times, Measure m,
      Optional<LocalDate> published) {
    DatedSpan best = null;
    int bestScore = Integer.MAX_VALUE;
    DatedSpan leading = null;
    int changeFrom = changeFrom(t, q);
    for (DatedSpan e : times) {
      if (e.start() < q.end() && e.end() > q.first()) {
        continue;
      }
      if (changeFrom >= 0 && e.start() > changeFrom && e.end() < q.first()) {
        continue; // "grown from about 200 in 2023 to more than 1,000": 2023 is the old value's time
      }
      if (e.leading()) {
        leading = e;
        continue;
      }
      boolean after = e.start() >= q.end();
      // "about 380 of them in October": the part's own time, right after its "of them"
      boolean partsOwn = after && e.start() == q.end() + 2 && partOf.has(t.get(q.end()))
          && partitivePronouns.has(t.get(q.end() + 1));
      int dist = partsOwn ? 0 : after ? e.start() - q.end() : q.first() - e.end();
      boolean reportingSide = false;
      int from = after ? q.end() : e.end();
      int to = after ? e.start() : q.first();
      for (int k = from; k < to; k++) {
        if (that.has(t.get(k)) || reportsAt(t, k) || clauseBreaks.has(t.get(k))) {
          reportingSide = true;
        }
      }
      // "the ministry said on Wednesday, up from the 49 it had confirmed in September": the day of
      // a statement, which dates only a total or a stock, as of then, and weighs a little more than
      // a time in a reported clause; an event said then has no time from it
      boolean statementDay = statementWeekday(t, e);
      if (statementDay && !cumulative(t, q, m != Measure.DETAINED)) {
        continue;
      }
      boolean ownStatement = !reportingSide && statementDay;
      int score = dist + (reportingSide || ownStatement ? REPORTING_SIDE : 0) + (ownStatement ? STATEMENT_DAY : 0)
          + (e.kind() == dev.muster.parse.time.TimeKind.WAR ? 30 : 0)
          + (e.kind() == dev.muster.parse.time.TimeKind.UNTIL && e.period().start().isEmpty()
              && e.end() - e.start() <= 2 ? 10 : 0)
          + (possessive(t, e) ? POSSESSIVE_TIME : 0);
      if (score < bestScore) {
        bestScore = score;
        best = e;
      }
    }
    if (best == null) {
      // "In June, the chairman said that more than 20,000 had been sent to the front": a stock of
      // serving men or of captives that opens the clause reported at an opening month or day is one
      // as of then, as after the verb (asOfStatement); not the object of an act ("said that it was
      // sending 1,000 deminers", "reported that soldiers had captured two")
      return leading == null ? null
          : statedThen(t, q, leading) && (cumulative(t, q, false) || changeFrom(t, q) >= 0
              || (m == Measure.SERVING || m == Measure.CAPTURED) && (leading.isMonth() || leading.isDay())
              && q.first() > 0 && that.has(t.get(q.first() - 1)))
              || stockAt(t, q, leading, m) ? Period.builder().end(leading.period().end())
              .endPrecision(leading.period().endPrecision()).build()
          : leading.period();
    }
    DatedSpan planned = (m == Measure.FORCE_TARGET || m == Measure.CONSCRIPTED)
        && (best.kind() != TimeKind.SPAN || best.start() >= q.end() || best.isDay()) ? spanAfter(t, q, times) : null;
    if (planned != null) {
      // "against a quota of 4,000 that the ministry has set for 2026", "On 29 September a decree
      // called up 135,000 for the draft, which runs from 1 October to 31 December": a plan or a
      // call-up covers the span written after it, whole, whatever day or running count the
      // sentence opens with
      return planned.period();
    }
    if (leading != null && bestScore >= REPORTING_SIDE && best.start() >= q.end()) {
      // "За минулу добу, ..., втрати склали 860 осіб, а загалом з 24.02.22 — ...": the time past a
      // clause break is the next figure's; the sentence's opening one is this one's
      return leading.period();
    }
    best = sinceForNow(t, q, times, best);
    Period p = untilThenSince(t, q, times, best);
    if (p == null) {
      p = sinceToDay(t, q, times, best);
    }
    if (best.kind() == TimeKind.SINCE && published.isEmpty() && p.end().isEmpty()
        || (best.kind() == TimeKind.SINCE || best.kind() == TimeKind.UNTIL) && published.isPresent()
        && p.end().equals(published)) {
      // on a page without a date, "said in October 2024 that ... since the start of the war" ends then too
      p = endedWhenSaid(t, q, times, best, p, published);
    }
    Optional<LocalDate> asOf = leading != null && leading.isDay() ? leading.period().start() : published;
    // a quota or a call-up campaign's draft covers its whole span, which is no count up to the day
    if (m != Measure.FORCE_TARGET && m != Measure.CONSCRIPTED && best.kind() == TimeKind.SPAN && asOf.isPresent()
        && p.end().isPresent() && p.start().isPresent()) {
      LocalDate day = asOf.get();
      // a span that starts on the day itself is a plan from then on ("saranno chiamati tra il 1° aprile e
      // il 15 luglio" on 1 April), not a count up to it
      // a count the clause puts in the future or the possible ("could send up to 30,000 more in 2025")
      // covers the whole span
      if (day.isAfter(p.start().get()) && day.isBefore(p.end().get()) && !modalClause(t, q)) {
        p = Period.builder().from(p).end(day).endPrecision(dev.muster.DatePrecision.DAY).build();
      }
    }
    if (bestScore >= REPORTING_SIDE) {
      p = asOfStatement(t, q, best, p, m, published);
    }
    // "put losses at 900,000 in May": the stock then; not a "since" that gives the start ("put
    // losses since the invasion at 1,178,450 on 2 December")
    if (p.end().isPresent() && p.start().isPresent() && p.start().equals(best.period().start())
        && (stockAt(t, q, best, m) || thresholdAt(t, q, best, m))) {
      p = Period.builder().end(p.end()).endPrecision(p.endPrecision()).build();
    }
    return p;
  }

  /**
   * Whether the figure's clause, from the punctuation or clause break before it to the one after
   * it, holds a word of {@code futureModals} ("could send up to 30,000 more", "will recruit"); a
   * capitalised one is a name ("in May").
   */
  private boolean modalClause(List<Token> t, QuantityMention q) {
    int s = q.first();
    while (s > 0 && !t.get(s - 1).isPunct() && !clauseBreaks.has(t.get(s - 1))) {
      s--;
    }
    for (int k = s; k < t.size() && (k < q.end() || !t.get(k).isPunct() && !clauseBreaks.has(t.get(k))); k++) {
      if (futureModals.has(t.get(k)) && !t.get(k).isCapitalized()) {
        return true;
      }
    }
    return false;
  }

  /** What a statement's own day weighs beyond {@link #REPORTING_SIDE}. */
  private static final int STATEMENT_DAY = 5;

  /** How many tokens before a weekday its statement's verb may stand ("said on Wednesday", "told MPs on Tuesday"). */
  private static final int STATEMENT_VERB_REACH = 3;

  /**
   * Whether the time {@code e} is a weekday on which a statement was made: a verb of {@code
   * weekdayReports} stands a few words before it ("said on Wednesday", "told parliament on Tuesday
   * that ...", "заявило в пятницу").
   */
  private boolean statementWeekday(List<Token> t, DatedSpan e) {
    if (!e.isDay() || e.end() < 1 || !weekdays.has(t.get(e.end() - 1))) {
      return false;
    }
    for (int k = e.start() - 1; k >= Math.max(0, e.start() - STATEMENT_VERB_REACH); k--) {
      if (weekdayReports.has(t.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** How far before the "at" of "put losses at 900,000" its verb may stand. */
  private static final int STOCK_REACH = 14;

  /**
   * Whether an estimate puts a stock at the figure at the month or day {@code e} ("The ministry put
   * Russian losses at about 900,000 in May", "In February, the group placed the number of dead at
   * 61,000"): a verb of {@code stockVerbs} before "at" and the figure in one clause, and the time
   * after the figure or before the verb; not a time inside the counted noun phrase ("put the
   * number who left in autumn 2022 at ..."), a rate, money, or a plan.
   */
  private boolean stockAt(List<Token> t, QuantityMention q, DatedSpan e, Measure m) {
    if (m == Measure.PAYMENT || m == Measure.FORCE_TARGET || q.per() != null || e.kind() != TimeKind.SPAN
        || !e.isMonth() && !e.isDay() || q.first() < 2 || !stockAt.has(t.get(q.first() - 1))) {
      return false;
    }
    for (int k = q.first() - 2; k >= Math.max(0, q.first() - 1 - STOCK_REACH); k--) {
      Token x = t.get(k);
      if (x.isPunct() && !x.is("-") && !x.is("'") && !x.is("\u2019") || clauseBreaks.has(x)) {
        return false;
      }
      if (stockVerbs.has(x)) {
        return e.start() >= q.end() || e.end() <= k;
      }
    }
    return false;
  }

  /** How many tokens before the number a threshold's verb may stand ("passed about 4,000"). */
  private static final int THRESHOLD_REACH = 2;

  /**
   * Whether a running total passes the figure at the month or day {@code e} ("losses passed
   * 1,150,000 on November 10", "the list topped 95,000 in March"): a verb of {@code
   * thresholdVerbs} just before the number, perhaps with a qualifier between, and no other number
   * or clause break between the figure and the time; the total as of then, not a count of that day
   * or month. Not money, a rate or a plan.
   */
  private boolean thresholdAt(List<Token> t, QuantityMention q, DatedSpan e, Measure m) {
    if (m == Measure.PAYMENT || m == Measure.FORCE_TARGET || q.per() != null || e.kind() != TimeKind.SPAN
        || !e.isMonth() && !e.isDay()) {
      return false;
    }
    int from = e.start() >= q.end() ? q.end() : e.end();
    int to = e.start() >= q.end() ? e.start() : q.first();
    for (int k = from; k < to; k++) {
      if (t.get(k).isNumber() || clauseBreaks.has(t.get(k))) {
        return false; // "reached 800,000 and they averaged 1,420 a day in December": another figure's time
      }
    }
    for (int k = q.numberStart() - 1; k >= Math.max(0, q.numberStart() - 1 - THRESHOLD_REACH); k--) {
      Token x = t.get(k);
      if (x.isPunct() || x.isNumber()) {
        return false;
      }
      if (thresholdVerbs.has(x)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the figure {@code q} is a second one joined by "and" to {@code previous} in the clause
   * of its verb, with no verb of its own ("said in March that 2,100 had been killed and 6,400
   * wounded"): {@code previous} is counted up to a time and {@code period} ends then too, or the
   * figure has no time of its own ("have been killed and some 2,700 wounded, the agency told
   * lawmakers on Monday"), and no punctuation, "that", clause break or time stands between them.
   */
  private boolean sharesVerb(List<Token> t, Figure previous, QuantityMention q, Period period, List<DatedSpan> times) {
    Period before = previous.period();
    if (before == null || before.start().isPresent() || before.end().isEmpty()
        || period != null && (period.start().isEmpty() || !period.end().equals(before.end()))
        || previous.measure() == Measure.PAYMENT
        || q.isMoney()) {
      return false;
    }
    int from = previous.quantity().end();
    if (from > q.first() || !FigureRules.anyIn(t, elisionJoins, from, q.first())
        || timeBetween(times, from, q.first())) {
      return false;
    }
    for (int k = from; k < q.first(); k++) {
      Token x = t.get(k);
      if (x.isPunct() || that.has(x) || clauseBreaks.has(x)) {
        return false;
      }
    }
    for (int k = q.end(); k < t.size() && !t.get(k).isPunct() && !clauseBreaks.has(t.get(k)); k++) {
      if (boundCopulas.has(t.get(k)) || perfectAuxiliaries.has(t.get(k))) {
        return false; // "and 140 were detained": a verb of its own
      }
    }
    return true;
  }

  /**
   * "said in its June update that casualties had passed one million", "In March, officials told
   * reporters that losses were approaching 450,000": a running total given at the time of a statement
   * is a total as of then; so is a stock that a clause after "that" gives for a day or a month
   * ("said in February that the armed forces number about 880,000"); an event keeps its month
   * ("said in May that 40 migrants were detained"), and so do arrests in a perfect tense ("said in
   * July that it had arrested 11 people"): a batch reported then, not a total kept. {@code p}
   * itself otherwise.
   */
  private Period asOfStatement(List<Token> t, QuantityMention q, DatedSpan said, Period p, Measure m,
      Optional<LocalDate> published) {
    if (said.kind() == TimeKind.SPAN && p.end().isPresent() && !yearToDate(p, published)
        && (cumulative(t, q, m != Measure.DETAINED) || (m == Measure.SERVING || m == Measure.CAPTURED)
            && (said.isMonth() || said.isDay())
            && reportedAfter(t, said, q))) {
      return Period.builder().end(p.end()).endPrecision(p.endPrecision()).build();
    }
    return p;
  }

  /**
   * The first time after the figure when it is a span longer than a day ("for 2026") and no
   * reporting verb stands between (", an official told TASS in July" dates a statement); null
   * otherwise.
   */
  private DatedSpan spanAfter(List<Token> t, QuantityMention q, List<DatedSpan> times) {
    for (DatedSpan e : times) {
      if (e.start() >= q.end()) {
        for (int k = q.end(); k < e.start(); k++) {
          if (attributions.reportsAt(t, k)) {
            return null;
          }
        }
        return e.kind() == TimeKind.SPAN && !e.isDay() && e.period().start().isPresent() ? e : null;
      }
    }
    return null;
  }

  /** How many words may stand between a compared figure and its own time ("2,960 in the whole of 2024"). */
  private static final int OWN_TIME_REACH = 4;

  /**
   * The time written just after the figure, with only words between (no punctuation), or null: a
   * figure set against another ("against 2,960 in 2024") is the same count at that time.
   */
  private static DatedSpan timeJustAfter(List<Token> t, QuantityMention q, List<DatedSpan> times) {
    for (DatedSpan e : times) {
      if (e.start() >= q.end()) {
        if (e.start() - q.end() > OWN_TIME_REACH) {
          return null;
        }
        for (int k = q.end(); k < e.start(); k++) {
          if (t.get(k).isPunct()) {
            return null;
          }
        }
        return e;
      }
    }
    return null;
  }

  /**
   * Whether the figure stands in a clause reported after the time {@code said}: "that" stands
   * between them, or a reporting verb does ("in June Putin said 700,000 were serving").
   */
  private boolean reportedAfter(List<Token> t, DatedSpan said, QuantityMention q) {
    if (FigureRules.anyIn(t, that, said.end(), q.first())) {
      return true;
    }
    for (int k = said.end(); k < q.first(); k++) {
      if (attributions.reportsAt(t, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the leading time {@code e} ("In March, officials told lawmakers that ...", "In April,
   * the ministry said losses were ...") is the time of a statement whose clause holds the figure: a
   * reporting verb stands between, with or without "that".
   * A running total there is one as of then; unlike a time after the verb, the opening time is
   * kept for a perfect tense alone ("In January, the agency said that 300 had been killed").
   */
  private boolean statedThen(List<Token> t, QuantityMention q, DatedSpan e) {
    if (e.end() > q.first()) {
      return false;
    }
    for (int k = e.end(); k < q.first(); k++) {
      if (attributions.reportsAt(t, k)) {
        return true;
      }
    }
    return false;
  }
}
