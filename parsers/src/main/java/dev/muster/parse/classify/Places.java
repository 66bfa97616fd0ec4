package dev.muster.parse.classify;

import dev.muster.Measure;
import dev.muster.Origin;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.quantity.QuantityMention;
import dev.muster.parse.token.PhraseIndex;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * The origin rules of a figure's sentence: places after "from" ("recruits from former Soviet
 * republics"), lists of places ("South and East Asia", "Belarus, Kazakhstan and Kyrgyzstan"), a
 * place before a bracket ("South and East Asia (771)"), the place a sentence opens on ("In Sri
 * Lanka, ..."), the people money is paid to, and a country or demonym earlier in the clause.
 *
 * <p>Immutable and thread-safe.
 */
final class Places {

  private final Lexicon lex;
  private final Words andWord;
  private final Words foreignWord;
  private final Words fromWord;
  /** "deaths among Nepalis": the word after a measure noun that names the people counted. */
  private final Words amongWord;
  private final Words inWord;
  private final Words ofWord;
  private final Words orWord;
  private final Words theWord;
  private final Words withWord;
  private final Words compass;
  private final Words fromVerbs;
  private final Words placePlurals;
  /** "more than", "several different": words that may count the countries of "citizens of 32 countries". */
  private final Words countryCounters;
  private final Words placeAnaphors;
  private final Words stateNouns;
  /** Nouns of a count a country owns: "The UK estimate", "a British tally". */
  private final Words reportNouns;
  private final Words citizenship;
  private final Words citizenNounsBeforeOf;
  private final Words notOriginPrepositions;
  /** "на території України": nouns of a scene between a preposition and its place, which is no origin. */
  private final Words sceneNouns;
  private final Words clauseBreaks;
  private final Words families;
  /** "в Башкирии", "в Україні": the prepositions that set a country as the scene where own forces are raised. */
  private final Words ownScene;
  /** "иностранцам": foreigners named by a noun alone, whose pay an amount in their clause is. */
  private final Words paidForeignNouns;
  /** Endings of demonyms written as plural nouns ("Nepalesen", "cubani"); none in English. */
  private final Words peopleDemonymEndings;
  /** Whether the language writes nouns with a capital (German), so a demonym noun has one. */
  private final boolean capitalizedNouns;
  private final Words listJoins;
  /** People nouns a demonym may follow ("reclute indiane"); none in English. */
  private final Words placeAfterNoun;
  /** "the same pay as Russian soldiers", "mehr als die Nepalesen": the people compared with are not paid. */
  private final Words comparisons;
  /** "who had acquired Russian citizenship": the verbs before a citizenship that make its holders naturalised. */
  private final Words naturalisingVerbs;
  private final Words relative;
  /** "such as": a comparison word after which the people are examples of the payees. */
  private final Words exampleOpeners;
  /** The articles between a comparison word and its people ("than the Nepalis", "wie die Russen"). */
  private final Words comparedArticles;
  /** First words of the names of a state's own units ("Storm-Z"): their fighters are no payees by country. */
  private final Words unitNames;
  /** Verbs of holding or being before a citizenship: "turned out to hold Russian passports". */
  private final Words holdingVerbs;
  /** A state's bodies that a demonym before makes that state's: "Uzbek authorities", "Kazakh police". */
  private final Words authorities;
  /** Words between "from" and a region that spread the people over it: "from across the Middle East". */
  private final Words spanWords;
  private final Words naturalisedWords;
  private final Words citizenNouns;
  /** "born": after people, with "in" and a place, where they come from ("recruits born in Nepal"). */
  private final Words birthWords;
  /** "its", "their": a possessive before people or losses that stands for a country named before. */
  private final Words possessives;
  /** "forces", "army": nouns whose country an "of" after them names ("the Armed Forces of Ukraine lost"). */
  private final Words forceNounsBeforeOf;
  /** "armed": a word before a force noun that is part of the force's name ("armed forces"). */
  private final Words forceModifiers;
  /** "lost", "suffered": verbs whose subject force is the one whose people the number after counts. */
  private final Words lossVerbs;
  /** "intermediaries", "recruiters": go-betweens who pay for recruits, never the paid people themselves. */
  private final Words payerNouns;
  /** "paid", "offered": verbs of paying, whose subject before them is the payer ("Russian intermediaries paid"). */
  private final Words payerVerbs;
  /** "firm", "agency": businesses a go-between pays, which are no recruits ("paid the firm $1,200"). */
  private final Words businessPayees;

  Places(Lexicon lex) {
    this.lex = lex;
    this.payerNouns = lex.optionalWords("classify.payer-nouns");
    this.payerVerbs = lex.optionalWords("classify.payer-verbs");
    this.businessPayees = lex.optionalWords("classify.business-payees");
    this.andWord = lex.optionalWords("classify.and");
    this.foreignWord = lex.optionalWords("classify.foreign");
    this.fromWord = lex.optionalWords("classify.from");
    this.amongWord = lex.optionalWords("classify.among");
    this.inWord = lex.optionalWords("classify.in");
    this.ofWord = lex.optionalWords("classify.of");
    this.orWord = lex.optionalWords("classify.or");
    this.theWord = lex.optionalWords("classify.the");
    this.withWord = lex.optionalWords("classify.with");
    this.compass = lex.optionalWords("classify.compass");
    this.fromVerbs = lex.optionalWords("classify.from-verbs");
    this.placePlurals = lex.optionalWords("classify.place-plurals");
    this.countryCounters = lex.optionalWords("classify.country-counters");
    this.placeAnaphors = lex.optionalWords("classify.place-anaphors");
    this.stateNouns = lex.optionalWords("classify.state-nouns");
    this.reportNouns = lex.optionalWords("classify.report-nouns");
    this.citizenship = lex.optionalWords("classify.citizenship");
    this.citizenNounsBeforeOf = lex.optionalWords("classify.citizen-nouns-before-of");
    this.notOriginPrepositions = lex.optionalWords("classify.not-origin-prepositions");
    this.sceneNouns = lex.optionalWords("classify.scene-nouns");
    this.clauseBreaks = lex.optionalWords("classify.clause-breaks");
    this.families = lex.optionalWords("classify.families");
    this.ownScene = lex.optionalWords("classify.own-scene-prepositions");
    this.paidForeignNouns = lex.optionalWords("classify.paid-foreign-nouns");
    this.peopleDemonymEndings = lex.optionalWords("classify.people-demonym-endings");
    this.capitalizedNouns = !lex.optionalWords("classify.capitalized-nouns").isEmpty();
    this.listJoins = lex.optionalWords("classify.list-joins");
    this.placeAfterNoun = lex.optionalWords("classify.place-after-noun");
    this.comparisons = lex.optionalWords("classify.comparisons");
    this.naturalisingVerbs = lex.optionalWords("classify.naturalising-verbs");
    this.relative = lex.optionalWords("classify.relative");
    this.exampleOpeners = lex.optionalWords("classify.example-openers");
    this.comparedArticles = lex.optionalWords("classify.compared-articles");
    this.unitNames = lex.optionalWords("classify.unit-names");
    this.holdingVerbs = lex.optionalWords("classify.holding-verbs");
    this.authorities = lex.optionalWords("classify.authorities");
    this.spanWords = lex.optionalWords("classify.span-words");
    this.naturalisedWords = lex.optionalWords("classify.naturalised");
    this.citizenNouns = lex.optionalWords("classify.citizen-nouns");
    this.birthWords = lex.optionalWords("classify.birth-words");
    this.possessives = lex.optionalWords("classify.possessives");
    this.forceNounsBeforeOf = lex.optionalWords("classify.force-nouns-before-of");
    this.forceModifiers = lex.optionalWords("classify.force-modifiers");
    this.lossVerbs = lex.optionalWords("classify.loss-verbs");
  }

  /** The countries a sentence names, in text order. */
  List<Origin> countries(List<Token> t) {
    List<Origin> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      PhraseIndex.Match<Lexicon.Place> pm = lex.places.longest(t, i);
      if (pm != null) {
        if (pm.value.origin.isCountry() && !out.contains(pm.value.origin)) {
          out.add(pm.value.origin);
        }
        i += pm.length;
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * "migrants with Russian citizenship", "men who had acquired Russian passports", "мигрантов,
   * получивших российское гражданство": naturalised citizens, whose country is not said; not
   * "3,300 foreigners had received Russian citizenship", whose main verb grants it to foreigners.
   */
  boolean citizenshipOfRussia(List<Token> t, int from, int hi) {
    boolean clause = false;
    for (int k = from; k < Math.min(hi, from + NATURALISING_REACH); k++) {
      if (citizenship.has(t.get(k)) && k >= 1 && (naturalising(t.get(k - 1), clause)
          || k >= 2 && naturalising(t.get(k - 2), clause))) {
        return true;
      }
      clause |= relative.has(t.get(k)) || t.get(k).is(",");
    }
    return false;
  }

  /**
   * "41 of them turned out to hold Russian passports", "300 of those detained were naturalised
   * Russian citizens": the part of a group that the predicate says holds Russia's citizenship, a
   * verb of holding or being, then "naturalised" or Russia's demonym before a citizenship or
   * citizen noun, within the clause.
   */
  boolean holdsRussianCitizenship(List<Token> t, int from, int hi) {
    int end = Math.min(hi, from + HOLDING_REACH);
    for (int k = from; k < end; k++) {
      Token x = t.get(k);
      if (clauseBreaks.has(x)) {
        return false;
      }
      if (!holdingVerbs.has(x)) {
        continue;
      }
      int j = k + 1;
      boolean naturalised = false;
      boolean russian = false;
      while (j < end) {
        PhraseIndex.Match<Lexicon.Place> pm = lex.places.longest(t, j, end);
        if (naturalisedWords.has(t.get(j))) {
          naturalised = true;
          j++;
        } else if (pm != null && pm.value.demonym && pm.value.origin.code().equals("RU")) {
          russian = true;
          j += pm.length;
        } else {
          break;
        }
      }
      if (j < end && (naturalised || russian) && (citizenship.has(t.get(j))
          || naturalised && citizenNouns.has(t.get(j)))) {
        return true;
      }
    }
    return false;
  }

  /** How far after the people their citizenship may stand ("who had recently received Russian passports"). */
  private static final int NATURALISING_REACH = 6;

  /** How far after a part's number the verb that says it holds a citizenship may end. */
  private static final int HOLDING_REACH = 10;

  /** "with", or a verb of acquiring in a relative clause or participle phrase after the people. */
  private boolean naturalising(Token x, boolean inClause) {
    return withWord.has(x) || inClause && naturalisingVerbs.has(x);
  }

  /** "from South and East Asia", "from African countries", "of Uzbekistan", "among Nepalis". */
  TreeSet<Origin> fromPlace(List<Token> t, int k, int hi) {
    TreeSet<Origin> out = new TreeSet<>();
    int j = k;
    if (j < hi && t.get(j).is(",")) {
      j++;
    }
    while (j < hi && j < k + 3 && fromVerbs.has(t.get(j))) {
      j++;
    }
    if (j < hi && fromWord.has(t.get(j)) || j == k && j < hi && amongWord.has(t.get(j))) {
      int at = j + 1 < hi && spanWords.has(t.get(j + 1)) ? j + 2 : j + 1; // "from across the Middle East"
      readPlaces(t, at, hi, out);
    } else if (j == k && j + 2 < hi && birthWords.has(t.get(j)) && inWord.has(t.get(j + 1))) {
      readPlaces(t, j + 2, hi, out); // "men born in Central Asia": where they were born
    }
    return out;
  }

  /** Reads "South and East Asia", "Belarus, Kazakhstan and Kyrgyzstan", "former Soviet republics". */
  int readPlaces(List<Token> t, int k, int hi, Set<Origin> out) {
    int j = k;
    if (j < hi && theWord.has(t.get(j))) {
      j++;
    }
    // "South and East Asia", "South and Southeast Asian countries"
    if (j + 3 < hi + 1 && j + 2 < t.size() && isCompass(t.get(j)) && andWord.has(t.get(j + 1))) {
      int p = j + 2;
      PhraseIndex.Match<Lexicon.Place> second = lex.places.longest(t, p, Math.min(t.size(), hi + 3));
      if (second != null && second.value.origin.isRegion()) {
        Token lastWord = t.get(p + second.length - 1);
        PhraseIndex.Match<Lexicon.Place> first = lex.places.longest(List.of(t.get(j), lastWord), 0);
        if (first != null && first.length == 2) {
          out.add(first.value.origin);
          out.add(second.value.origin);
          return p + second.length;
        }
      }
    }
    int read = 0;
    while (j < t.size() && j < hi + 3 && read < 6) {
      PhraseIndex.Match<Lexicon.Place> pm = lex.places.longest(t, j);
      if (pm == null) {
        if (read > 0 && (t.get(j).is(",") || andWord.has(t.get(j)) || orWord.has(t.get(j)))) {
          j++;
          continue;
        }
        break;
      }
      out.add(pm.value.origin);
      read++;
      j += pm.length;
      if (j < t.size() && placePlurals.has(t.get(j))) {
        j++;
      }
    }
    return j;
  }

  /**
   * "citizens of 32 countries", "fighters from more than 20 countries", "men from several
   * different countries": people of a number of countries, none named, are foreign; "from 20
   * African countries" gives the region before the plural. {@code at} is the token after the
   * noun; empty when no "of" or "from" and a count of countries stand there.
   */
  TreeSet<Origin> countedCountries(List<Token> t, int at, int hi) {
    if (at >= hi || !fromWord.has(t.get(at)) && !ofWord.has(t.get(at))) {
      return new TreeSet<>();
    }
    return countedCountriesAt(t, at + 1, hi);
  }

  /**
   * The people of a number of countries counted from token {@code at} on, with no "of" before
   * ("громадян 36 країн Африки", "граждан 30 африканских стран"), as {@link #countedCountries}
   * reads them; a place after the plural ("країн Африки") gives the region too.
   */
  TreeSet<Origin> countedCountriesAt(List<Token> t, int at, int hi) {
    TreeSet<Origin> out = new TreeSet<>();
    boolean counted = false;
    for (int k = at; k < Math.min(hi, at + COUNTED_REACH); k++) {
      Token x = t.get(k);
      if (x.isNumber() || countryCounters.has(x)) {
        counted = true;
        continue;
      }
      if (counted && placePlurals.has(x)) {
        if (k + 1 < hi) {
          readPlaces(t, k + 1, hi, out); // "36 країн Африки"
        }
        if (out.isEmpty()) {
          out.add(Origin.FOREIGN);
        }
      } else if (counted && lex.places.longest(t, k, hi) != null) {
        readPlaces(t, k, hi, out);
      }
      return out;
    }
    return out;
  }

  /**
   * The origin a list line's label {@code [0, separator)} names: its place ("- Nepal:"), or
   * foreigners for other countries ("Other countries:", "Several other states:"); empty otherwise.
   */
  TreeSet<Origin> labelPlaces(List<Token> t, int separator) {
    TreeSet<Origin> out = placeBefore(t, separator);
    if (out.isEmpty() && otherCountries(t, separator)) {
      out.add(Origin.FOREIGN);
    }
    return out;
  }

  /** Whether the label {@code [0, separator)} is other countries: "Other countries", "- Several other states". */
  boolean otherCountries(List<Token> t, int separator) {
    if (separator < 2 || !placePlurals.has(t.get(separator - 1))) {
      return false;
    }
    int k = separator - 2;
    while (k >= 0 && countryCounters.has(t.get(k))) {
      k--;
    }
    return k < separator - 2 && (k < 0 || !t.get(k).isWord() && k == 0);
  }

  /** How many words may count the countries after "of" or "from" ("more than 120"). */
  private static final int COUNTED_REACH = 4;

  boolean isCompass(Token t) {
    return t.isCapitalized() && compass.has(t);
  }

  /**
   * How many tokens before a bracket or label separator a place may start: a country's long name
   * ("Democratic People's Republic of Korea" is seven tokens).
   */
  private static final int PLACE_BEFORE_REACH = 8;

  /** The place just before a bracket: "South and East Asia (771)". */
  TreeSet<Origin> placeBefore(List<Token> t, int bracket) {
    for (int s = Math.max(0, bracket - PLACE_BEFORE_REACH); s < bracket; s++) {
      TreeSet<Origin> probe = new TreeSet<>();
      int end = readPlaces(t, s, bracket, probe);
      if (!probe.isEmpty() && end == bracket) {
        return probe;
      }
    }
    return new TreeSet<>();
  }

  /**
   * The country set as the scene of the clause {@code [lo, hi)} by a scene preposition and a
   * place name (not a demonym): "в Башкирии подписали контракт 4 500 человек", "в Україні
   * мобілізували"; empty when none or more than one country is named so.
   */
  TreeSet<Origin> ownScene(List<Token> t, int lo, int hi) {
    TreeSet<Origin> out = new TreeSet<>();
    for (int k = lo; k + 1 < hi; k++) {
      if (!ownScene.has(t.get(k))) {
        continue;
      }
      PhraseIndex.Match<Lexicon.Place> pm = lex.places.longest(t, k + 1, hi);
      if (pm != null && !pm.value.demonym && pm.value.origin.isCountry()) {
        out.add(pm.value.origin);
      }
    }
    return out.size() == 1 ? out : new TreeSet<>();
  }

  /** "In Sri Lanka, police said ...": a sentence that opens on a country is about its people. */
  TreeSet<Origin> scene(List<Token> t) {
    TreeSet<Origin> out = new TreeSet<>();
    if (t.size() > 3 && inWord.has(t.get(0))) {
      PhraseIndex.Match<Lexicon.Place> pm = lex.places.longest(t, 1);
      if (pm != null && !pm.value.demonym && pm.value.origin.isCountry() && 1 + pm.length < t.size()
          && t.get(1 + pm.length).is(",") && !pm.value.origin.code().equals("UA")) {
        out.add(pm.value.origin);
      }
    }
    return out;
  }

  /**
   * The country that owns the subject before the number ("Kyrgyzstan's security service arrested
   * 12 citizens", "Uzbek authorities arrested 40 citizens"): the first country written with a
   * possessive "'s", or as a demonym before one of its authorities, before {@code first}.
   */
  TreeSet<Origin> possessiveCountry(List<Token> t, int first) {
    for (int k = 0; k < first; k++) {
      PhraseIndex.Match<Lexicon.Place> pm = lex.places.longest(t, k, first);
      if (pm == null) {
        continue;
      }
      int j = k + pm.length;
      if (!pm.value.demonym && pm.value.origin.isCountry() && j + 1 < first && t.get(j).is("'")
          && t.get(j + 1).is("s")) {
        return new TreeSet<>(Set.of(pm.value.origin));
      }
      if (pm.value.demonym && pm.value.origin.isCountry() && j < first && authorities.has(t.get(j))) {
        return new TreeSet<>(Set.of(pm.value.origin));
      }
      k = j - 1;
    }
    return new TreeSet<>();
  }

  /**
   * "МИД Индии признаёт 127 граждан", "la polizia del Kenya ha arrestato 12 cittadini": the country
   * named in the genitive right after a body ({@code bodies}) before the number, else none.
   */
  TreeSet<Origin> bodyCountry(List<Token> t, int first, Words bodies) {
    for (int k = 0; k < first; k++) {
      if (!bodies.has(t.get(k))) {
        continue;
      }
      for (int j = k + 1; j < Math.min(first, k + 5); j++) {
        PhraseIndex.Match<Lexicon.Place> pm = lex.places.longest(t, j, first);
        if (pm != null && !pm.value.demonym && pm.value.origin.isCountry()) {
          return new TreeSet<>(Set.of(pm.value.origin));
        }
        if (t.get(j).isPunct()) {
          break;
        }
      }
    }
    return new TreeSet<>();
  }

  /** The country a possessive refers to: the nearest country named before the number. */
  TreeSet<Origin> possessorCountry(List<Token> t, int first) {
    for (int k = first - 1; k >= 0; k--) {
      PhraseIndex.Match<Lexicon.Place> pm = lex.places.longest(t, k, first);
      if (pm != null && pm.value.origin.isCountry()) {
        return new TreeSet<>(Set.of(pm.value.origin));
      }
    }
    return new TreeSet<>();
  }

  /**
   * "\"33 of our citizens have died,\" said a spokesperson for Nepal's foreign ministry": the
   * country of whoever speaks of "our" people, the first named after the quote that holds the number
   * at {@code first}, or else the nearest named before it.
   */
  TreeSet<Origin> speakerCountry(List<Token> t, int first) {
    for (int k = first + 1; k < t.size(); k++) {
      if (t.get(k).is("\"")) {
        for (int j = k + 1; j < t.size(); j++) {
          PhraseIndex.Match<Lexicon.Place> pm = lex.places.longest(t, j);
          if (pm != null && pm.value.origin.isCountry()) {
            return new TreeSet<>(Set.of(pm.value.origin));
          }
          if (pm != null) {
            j += pm.length - 1;
          }
        }
        break;
      }
    }
    return possessorCountry(t, first);
  }

  /**
   * "... former Soviet republics such as Belarus and Kazakhstan — here, recruiters signed up 523
   * foreigners": "here" or "there" after a break points back to the regions named before it.
   */
  TreeSet<Origin> placeAnaphor(List<Token> t, QuantityMention q) {
    for (int k = q.first() - 1; k >= 1; k--) {
      Token w = t.get(k);
      if (placeAnaphors.has(w)) {
        Token b = t.get(k - 1);
        if (!(b.is("-") || b.is(",") || b.is(";") || b.is(":"))) {
          return new TreeSet<>();
        }
        for (int s = 0; s < k - 1; s++) {
          TreeSet<Origin> places = new TreeSet<>();
          readPlaces(t, s, k - 1, places);
          if (places.stream().anyMatch(Origin::isRegion)) {
            places.removeIf(o -> !o.isRegion());
            return places;
          }
        }
        return new TreeSet<>();
      }
      if (w.isNumber()) {
        break;
      }
    }
    return new TreeSet<>();
  }

  /**
   * Whether the clause of the amount {@code q} names, before it, go-betweens who pay it with a verb
   * of paying right after them to a business ("Russian intermediaries paid the firm $1,200",
   * "recruiters offered the agency 90,000 roubles"), and no people as its payees: the amount is one
   * middleman's outlay to another, whose origin the story's people do not give.
   */
  boolean paidByGoBetween(List<Token> t, QuantityMention q, int lo, IntPredicate inName) {
    for (int k = q.first() - 2; k >= lo; k--) {
      if (clauseBreaks.has(t.get(k))) {
        return false;
      }
      if (payerNouns.has(t.get(k)) && payerVerbs.has(t.get(k + 1))) {
        boolean business = false;
        for (int j = k + 2; j < q.first(); j++) {
          if (!inName.test(j) && (lex.places.longest(t, j) != null || paidForeignNouns.has(t.get(j)))) {
            return false; // "recruiters offered Nepali men $2,500": the payees are named
          }
          business |= businessPayees.has(t.get(j));
        }
        return business; // not "recruiters paid a signing bonus of 195,000 roubles", the recruits' pay
      }
    }
    return false;
  }

  /** Who money is paid to: "Serbian volunteers", "Nepalis", "a recruit from Sri Lanka", nearest first. */
  TreeSet<Origin> peopleInClause(List<Token> t, QuantityMention q, int lo, int hi, IntPredicate inName) {
    TreeSet<Origin> best = new TreeSet<>();
    int bestDistance = Integer.MAX_VALUE;
    int from = lo;
    for (int k = q.first() - 1; k >= lo; k--) {
      if (clauseBreaks.has(t.get(k))) {
        from = k + 1;
        break;
      }
    }
    int to = hi;
    for (int k = q.end(); k < hi; k++) {
      if (clauseBreaks.has(t.get(k))) {
        to = k;
        break;
      }
    }
    for (int k = from; k < to; k++) {
      if (k >= q.first() && k < q.end() || inName.test(k)) {
        continue;
      }
      int distance = k < q.first() ? q.first() - k : k - q.end();
      if (fromWord.has(t.get(k)) && k + 1 < to) {
        TreeSet<Origin> places = new TreeSet<>();
        readPlaces(t, k + 1, to, places);
        places.removeIf(o -> o.equals(Origin.FOREIGN)); // "recruits from Africa": a region too
        if (!places.isEmpty() && k > 0 && lex.nouns.longest(t, k - 1) != null && distance < bestDistance) {
          best = places;
          bestDistance = distance;
        }
        continue;
      }
      if ((foreignWord.has(t.get(k)) && k + 1 < to && lex.nouns.longest(t, k + 1) != null
          || paidForeignNouns.has(t.get(k))) && distance < bestDistance) {
        best = new TreeSet<>(Set.of(Origin.FOREIGN));
        bestDistance = distance;
        continue;
      }
      PhraseIndex.Match<Lexicon.Place> country = placeAfterNoun.has(t.get(k)) && k + 1 < to
          ? lex.places.longest(t, k + 1, to) : null;
      if (country != null && !country.value.demonym && country.value.origin.isCountry()) {
        if (distance < bestDistance && !compared(t, k, from)) {
          best = new TreeSet<>(Set.of(country.value.origin)); // "Громадянам Китаю обіцяють ..."
          bestDistance = distance;
        }
        k += country.length;
        continue;
      }
      PhraseIndex.Match<Lexicon.Place> pm = peopleDemonym(t, k, to);
      // "Storm-Z fighters receive 200,000 roubles": a unit's name is its army's, like "soldiers"
      if (pm != null && (compared(t, k, from) || unitNames.has(t.get(k)))) {
        k += pm.length - 1;
        continue;
      }
      if (pm == null) {
        PhraseIndex.Match<Lexicon.Noun> foreigners = lex.places.longest(t, k) == null ? lex.nouns.longest(t, k) : null;
        if (foreigners != null && foreigners.value.nounClass == Lexicon.NounClass.FOREIGN && distance < bestDistance) {
          best = new TreeSet<>(Set.of(Origin.FOREIGN)); // "recruiters offer foreigners 500,000 roubles"
          bestDistance = distance;
        }
        continue;
      }
      int e = k + pm.length;
      TreeSet<Origin> people = new TreeSet<>(Set.of(pm.value.origin));
      // "den Nepalesen und Indern": a list of demonym nouns names people of each country
      while (!peopleDemonymEndings.isEmpty() && e + 1 < to && listJoins.has(t.get(e))) {
        PhraseIndex.Match<Lexicon.Place> next = peopleDemonym(t, e + 1, to);
        if (next == null) {
          break;
        }
        people.add(next.value.origin);
        e += 1 + next.length;
      }
      int skip = e - 1;
      PhraseIndex.Match<Lexicon.Noun> nm = e < to ? lex.nouns.longest(t, e) : null;
      if (nm != null && (nm.value.isPeople() || families.has(t.get(e)))) {
        skip = e + nm.length - 1; // "Nepali migrants": the noun is the demonym's, not foreigners in general
      }
      if (nm != null && payerNouns.has(t.get(skip)) && skip + 1 < q.first() && payerVerbs.has(t.get(skip + 1))) {
        k = skip; // "Russian intermediaries paid the firm $1,200": who pays, not who is paid
        continue;
      }
      if (distance < bestDistance) {
        best = people;
        bestDistance = distance;
      }
      k = skip;
    }
    return best;
  }

  /**
   * Whether the people named at {@code k} are those a payment is compared with: a comparison word
   * just before them, over an article ("as much as the Nepalis", "wie Russen"), not "such as".
   */
  private boolean compared(List<Token> t, int k, int from) {
    int c = k - 1;
    if (c > from && comparedArticles.has(t.get(c))) {
      c--;
    }
    return c >= from && comparisons.has(t.get(c)) && !(c > from && exampleOpeners.has(t.get(c - 1)));
  }

  /**
   * The demonym at {@code k} that names people (a plural, before a people noun, or after one where
   * the language puts it there), or null.
   */
  private PhraseIndex.Match<Lexicon.Place> peopleDemonym(List<Token> t, int k, int to) {
    PhraseIndex.Match<Lexicon.Place> pm = lex.places.longest(t, k);
    if (pm == null || !pm.value.demonym || pm.value.origin.equals(Origin.FOREIGN)) {
      return null;
    }
    int e = k + pm.length;
    if (isPlural(t.get(e - 1)) || isDemonymNoun(t.get(e - 1)) || k > 0 && placeAfterNoun.has(t.get(k - 1))) {
      return pm;
    }
    if (e < to) {
      PhraseIndex.Match<Lexicon.Noun> nm = lex.nouns.longest(t, e);
      if (nm != null && (nm.value.isPeople() || families.has(t.get(e)))) {
        return pm;
      }
    }
    return null;
  }

  /** Whether a demonym is a plural noun by the language's endings ("Indern", "nepalesi"). */
  private boolean isDemonymNoun(Token last) {
    return !(capitalizedNouns && !last.isCapitalized()) && HeadNouns.endsWithAny(last, peopleDemonymEndings);
  }

  /** Whether a demonym's last word is a plural, which is itself a people noun ("Nepalis"). */
  static boolean isPlural(Token last) {
    return last.text.endsWith("s") && !last.text.endsWith("ss");
  }

  /** How many words a verb group may have between a country's forces and the number they count ("had lost"). */
  private static final int FORCE_VERB_REACH = 3;

  /**
   * The country of the forces named right before the number's verb ("the Armed Forces of Ukraine
   * lost up to 1,340 servicemen", "the troops of North Korea lost 300", "the Ukrainian army had lost
   * 650", "Ukraine's army lost some 300"): a force as {@link #forceCountry} reads it, then at most
   * {@value #FORCE_VERB_REACH} lower-case words holding a verb of losing before the number; even
   * when the forces' name is a source's, as they are the subject who lost them, not whoever reports
   * it ("the General Staff of the Armed Forces of Ukraine reported").
   */
  TreeSet<Origin> forcesOf(List<Token> t, int first) {
    for (int end = first - 1; end >= Math.max(1, first - 1 - FORCE_VERB_REACH); end--) {
      for (int s = Math.max(0, end - FORCE_NAME_LENGTH + 1); s <= end; s++) {
        TreeSet<Origin> out = new TreeSet<>();
        if (forceCountry(t, s, end + 1, out) == end + 1 && verbGroupBefore(t, end + 1, first)) {
          return out;
        }
      }
      if (!(t.get(end).isWord() || t.get(end).is("\"")) || t.get(end).isCapitalized()) {
        break;
      }
    }
    return new TreeSet<>();
  }

  /** How many tokens a force's name with its country may have ("the Armed Forces of Ukraine"). */
  private static final int FORCE_NAME_LENGTH = 7;

  /**
   * Reads a country's forces from token {@code k} on, before {@code hi}: a force noun after the
   * country's demonym or possessive ("the Ukrainian army", "Ukraine's armed forces") or before
   * "of" and the country ("the Armed Forces of Ukraine", "the troops of North Korea"), with a
   * modifier word of a force ("armed") before the noun; adds the country to {@code out} and returns
   * the token after the force, or -1 when no such force starts at {@code k}.
   */
  int forceCountry(List<Token> t, int k, int hi, Set<Origin> out) {
    int j = k < hi && theWord.has(t.get(k)) ? k + 1 : k;
    PhraseIndex.Match<Lexicon.Place> pm = j < hi ? lex.places.longest(t, j, hi) : null;
    if (pm != null && pm.value.origin.isCountry()) {
      int e = j + pm.length;
      if (!pm.value.demonym) {
        if (e + 1 >= hi || !t.get(e).is("'") || !t.get(e + 1).is("s")) {
          return -1;
        }
        e += 2; // "Ukraine's army"
      }
      e = forceNounEnd(t, e, hi);
      if (e < 0) {
        return -1;
      }
      out.add(pm.value.origin);
      return e;
    }
    int e = forceNounEnd(t, j, hi);
    if (e < 0 || e >= hi || !ofWord.has(t.get(e))) {
      return -1;
    }
    int c = e + 1 < hi && theWord.has(t.get(e + 1)) ? e + 2 : e + 1;
    PhraseIndex.Match<Lexicon.Place> country = c < hi ? lex.places.longest(t, c, hi) : null;
    if (country == null || country.value.demonym || !country.value.origin.isCountry()) {
      return -1;
    }
    out.add(country.value.origin);
    return c + country.length;
  }

  /** The token after a force noun at {@code k}, over a force modifier before it ("armed forces"), or -1. */
  private int forceNounEnd(List<Token> t, int k, int hi) {
    int j = k < hi && forceModifiers.has(t.get(k)) ? k + 1 : k;
    return j < hi && forceNounsBeforeOf.has(t.get(j)) ? j + 1 : -1;
  }

  /**
   * Whether {@code t[from, to)} are lower-case words (or quote marks), one of them a verb of losing
   * ("lost", "had lost", "said it lost"): the force before them lost the people, it did not kill
   * them ("the Armed Forces of Ukraine killed 400").
   */
  private boolean verbGroupBefore(List<Token> t, int from, int to) {
    boolean measure = false;
    for (int k = from; k < to; k++) {
      if (t.get(k).is("\"")) {
        continue; // the Ukrainian army "is losing 2,000 men a day"
      }
      if (!t.get(k).isWord() || t.get(k).isCapitalized()) {
        return false;
      }
      measure |= lossVerbs.has(t.get(k));
    }
    return measure;
  }

  /** A country or demonym in the clause before the number, outside source names and "in X". */
  TreeSet<Origin> clauseOrigin(List<Token> t, QuantityMention q, IntPredicate inName) {
    TreeSet<Origin> out = forcesOf(t, q.first());
    if (!out.isEmpty()) {
      return out;
    }
    out = lossesOfForce(t, q.first(), inName);
    if (!out.isEmpty()) {
      return out;
    }
    for (int k = q.first() - 1; k >= Math.max(0, q.first() - 14); k--) {
      Token tok = t.get(k);
      if (clauseBreaks.has(tok) || tok.isNumber() && !tok.isYear()) {
        break; // "Die russischen Verluste ... seit August 2024 auf mehr als 60.000": a year is no figure
      }
      if (inName.test(k)) {
        continue;
      }
      if (possessives.has(tok) && k + 1 < q.first() && peopleOrLosses(t, k + 1)) {
        // "put Ukraine's dead at 70,000 and its wounded at 100,000": the country "its" stands for
        return possessorCountry(t, k);
      }
      if (fromWord.has(tok) || ofWord.has(tok) && k > 0 && citizenNounsBeforeOf.has(t.get(k - 1))) {
        TreeSet<Origin> places = new TreeSet<>();
        readPlaces(t, k + 1, q.first(), places);
        if (!places.isEmpty()) {
          return places;
        }
      }
      for (int len = 4; len >= 1; len--) {
        int s = k - len + 1;
        if (s < 0) {
          continue;
        }
        PhraseIndex.Match<Lexicon.Place> pm = lex.places.longest(t, s, k + 1);
        if (pm != null && pm.length == len && !inName.test(s)) {
          Token before = s > 0 ? t.get(s - 1) : null;
          if (before != null && (theWord.has(before) || sceneNouns.has(before)) && s > 1) {
            before = t.get(s - 2);
          }
          boolean prepObject = before != null && notOriginPrepositions.has(before);
          if (!prepObject && (!pm.value.demonym || !nextIsThing(t, s + len)) && !reportNoun(t, s + len)) {
            if (s >= 2 && andWord.has(t.get(s - 1)) && isCompass(t.get(s - 2))) {
              TreeSet<Origin> both = new TreeSet<>();
              readPlaces(t, s - 2, s + len, both);
              if (both.size() > 1) {
                return both; // "South and East Asia"
              }
            }
            out.add(pm.value.origin);
            return out;
          }
          k = s;
          break;
        }
      }
    }
    return out;
  }

  /**
   * The country whose losses a list's lead names, whose people the lines under it count: a noun of
   * losses ("losses", "casualties") after the country's demonym or possessive ("Ukrainian losses
   * over the past day:") or before one of its forces later in the lead ("inflicted the following
   * losses on the formations of the Armed Forces of Ukraine:"); empty when none or two countries'.
   */
  TreeSet<Origin> leadLosers(List<Token> t) {
    TreeSet<Origin> out = new TreeSet<>();
    for (int k = 0; k < t.size(); k++) {
      PhraseIndex.Match<Lexicon.Noun> nm = t.get(k).isWord() ? lex.nouns.longest(t, k) : null;
      if (nm == null || nm.value.nounClass != Lexicon.NounClass.MEASURE_NOUN || !isLoss(nm.value.measure)) {
        continue;
      }
      int before = k >= 2 && t.get(k - 2).is("'") && t.get(k - 1).is("s") ? k - 2 : k;
      for (int s = Math.max(0, before - 3); s < before; s++) {
        PhraseIndex.Match<Lexicon.Place> pm = lex.places.longest(t, s, before);
        if (pm != null && s + pm.length == before && pm.value.origin.isCountry()
            && (pm.value.demonym || before < k)) {
          out.add(pm.value.origin); // "Ukrainian losses", "Ukraine's losses"
        }
      }
      for (int j = k + nm.length; j < t.size(); j++) {
        int e = forceCountry(t, j, t.size(), out); // "losses on the formations of the Armed Forces of Ukraine"
        j = e > 0 ? e - 1 : j;
      }
    }
    return out.size() == 1 ? out : new TreeSet<>();
  }

  /** Whether a measure is one of losses: the killed, wounded, captured, or all of them. */
  private static boolean isLoss(Measure m) {
    return m == Measure.CASUALTIES || m == Measure.KILLED || m == Measure.WOUNDED
        || m == Measure.CAPTURED;
  }

  /** How many tokens before the number a noun of losses with its force may start. */
  private static final int LOSSES_REACH = 20;

  /**
   * The country of a force whose losses or people the clause names before the number with "of"
   * ("the losses of the Armed Forces of Ukraine over the past 24 hours amounted to more than 1,250
   * servicemen", "the combined losses of the Ukrainian military reached 9,400"): whose losses they
   * are, even when the force's name is also a source's; the nearest such force within {@value
   * #LOSSES_REACH} tokens and the clause, or none. A noun inside a name ({@code inName}) is the
   * name's own ("the General Staff of the Armed Forces of Ukraine"), not the people's.
   */
  private TreeSet<Origin> lossesOfForce(List<Token> t, int first, IntPredicate inName) {
    TreeSet<Origin> out = new TreeSet<>();
    for (int k = first - 1; k >= Math.max(1, first - LOSSES_REACH); k--) {
      if (clauseBreaks.has(t.get(k))) {
        break;
      }
      if (ofWord.has(t.get(k)) && !inName.test(k - 1) && peopleOrLosses(t, k - 1)
          && forceCountry(t, k + 1, first, out) > 0) {
        return out;
      }
    }
    return out;
  }

  /**
   * Whether the word at {@code k}, after a country or its demonym, makes the country the owner of a
   * count ("The UK estimate is that ...", "a British tally"): it gives the figure and is not whose
   * people are counted.
   */
  private boolean reportNoun(List<Token> t, int k) {
    return k < t.size() && reportNouns.has(t.get(k));
  }

  /** Whether a people noun or a noun of losses starts at {@code k} ("wounded", "troops", "casualties"). */
  private boolean peopleOrLosses(List<Token> t, int k) {
    PhraseIndex.Match<Lexicon.Noun> nm = lex.nouns.longest(t, k);
    return nm != null && (nm.value.nounClass == Lexicon.NounClass.MEASURE_NOUN
        || nm.value.nounClass == Lexicon.NounClass.PERSON);
  }


  /**
   * Whether the word at {@code k}, after a demonym, makes it the state's ("Russian authorities"),
   * not the people's: a state noun, but not one that only qualifies the people or losses after it
   * ("Russian military deaths", "Ukrainian army casualties").
   */
  private boolean nextIsThing(List<Token> t, int k) {
    if (k >= t.size() || !stateNouns.has(t.get(k))) {
      return false;
    }
    return k + 1 >= t.size() || !peopleOrLosses(t, k + 1);
  }
}
