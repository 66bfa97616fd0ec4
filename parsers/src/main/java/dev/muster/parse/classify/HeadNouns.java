package dev.muster.parse.classify;

import dev.muster.Measure;
import dev.muster.Origin;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.quantity.QuantityMention;
import dev.muster.parse.token.PhraseIndex;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.util.List;
import java.util.TreeSet;

/**
 * Reads the noun phrase after a number: "1,500 foreign nationals", "hundreds of Yemeni
 * mercenaries", "771 recruits", "an 11,000-strong force", "53 Sri Lankans", "of them"; and tells
 * the nouns that count things rather than people ("48 countries", "three years").
 *
 * <p>Immutable and thread-safe.
 */
final class HeadNouns {

  private final Lexicon lex;
  private final Words andWord;
  private final Words ofWord;
  /** "the": the article that may open the words after a list item's value. */
  private final Words the;
  private final Words orWord;
  private final Words relative;
  private final Words verbish;
  private final Words describingParticiples;
  private final Words strong;
  /** ":", "—": the mark after a list item's opening number before the words that say what it counts. */
  private final Words glossMarks;
  private final Words ofDeterminers;
  private final Words invariantDemonyms;
  private final Words foreignWords;
  private final Words partitivePronouns;
  /** The endings of demonyms written as nouns ("-цев"), for languages whose plurals are no "-s". */
  private final Words demonymNounEndings;
  /** Nouns of cases or instances that count the people named after "of" ("cases of soldiers going AWOL"). */
  private final Words caseNouns;
  /** "countries", "states": after a place adjective, the number counts countries, not people. */
  private final Words placePlurals;
  /** "captivity", "camps": a demonym before them names the captor, not the people. */
  private final Words holdPlaces;

  HeadNouns(Lexicon lex) {
    this.lex = lex;
    this.andWord = lex.optionalWords("classify.and");
    this.ofWord = lex.optionalWords("classify.of");
    this.the = lex.optionalWords("classify.the");
    this.orWord = lex.optionalWords("classify.or");
    this.relative = lex.optionalWords("classify.relative");
    this.verbish = lex.optionalWords("classify.verbish");
    this.describingParticiples = lex.optionalWords("classify.describing-participles");
    this.strong = lex.optionalWords("classify.strong");
    this.glossMarks = lex.optionalWords("classify.gloss-marks");
    this.ofDeterminers = lex.optionalWords("classify.of-determiners");
    this.invariantDemonyms = lex.optionalWords("classify.invariant-demonyms");
    this.foreignWords = lex.optionalWords("classify.foreign-words");
    this.partitivePronouns = lex.optionalWords("classify.partitive-pronouns");
    this.demonymNounEndings = lex.optionalWords("classify.demonym-noun-endings");
    this.caseNouns = lex.optionalWords("classify.case-nouns");
    this.placePlurals = lex.optionalWords("classify.place-plurals");
    this.holdPlaces = lex.optionalWords("classify.hold-places");
  }

  /** Whether a partitive pronoun follows the quantity: "1,500 of them", "1500 із них". */
  boolean partitiveAfter(List<Token> t, QuantityMention q) {
    int k = q.end();
    if (k < t.size() && ofWord.has(t.get(k))) {
      k++;
    }
    return k > q.end() && k < t.size() && partitivePronouns.has(t.get(k));
  }

  /**
   * Whether a demonym is written as a noun, by the endings of the language's demonym nouns
   * ("кубинцев", "непальців", not "кубинских"); none in English, whose plurals end in "s".
   */
  private boolean isDemonymNoun(Token last) {
    return endsWithAny(last, demonymNounEndings);
  }

  /** Whether the text of {@code last}, in lower case, ends with one of {@code endings}. */
  static boolean endsWithAny(Token last, Words endings) {
    if (endings.isEmpty()) {
      return false;
    }
    String word = last.text.toLowerCase(java.util.Locale.ROOT);
    for (String ending : endings) {
      if (word.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a noun of people starts at {@code k}. */
  private boolean personNext(List<Token> t, int k, int hi) {
    if (k >= hi) {
      return false;
    }
    PhraseIndex.Match<Lexicon.Noun> nm = lex.nouns.longest(t, k, hi);
    return nm != null && nm.value.isPeople();
  }

  /**
   * Whether token {@code k} is a case noun followed by "of" and people: "dozens of cases of men
   * detained", "cases of Chechens forced to sign"; the people are the count's head.
   */
  private boolean casesOfPeople(List<Token> t, int k, int hi) {
    if (k + 2 >= hi || !caseNouns.has(t.get(k)) || !ofWord.has(t.get(k + 1))) {
      return false;
    }
    PhraseIndex.Match<Lexicon.Place> pm = lex.places.longest(t, k + 2, hi);
    Token after = t.get(k + 2);
    return personNext(t, k + 2, hi) || pm != null && pm.value.demonym && Places.isPlural(t.get(k + 1 + pm.length))
        || pm == null && after.isWord() && after.isCapitalized() && Places.isPlural(after); // "cases of Chechens"
  }

  /** Function words and verbs that a head noun's adjectives do not run past; "-ed" verbs too. */
  boolean isVerbish(Token tok) {
    return verbish.has(tok) || tok.key.endsWith("ed") && !describingParticiples.has(tok);
  }

  /**
   * "retired soldiers", "detained migrants", "recruited Nepalis", "wounded Uzbek migrants": a
   * participle used as an adjective before a people noun or a demonym.
   */
  boolean adjectiveBeforeNoun(List<Token> t, int k) {
    if (k + 1 >= t.size() || !t.get(k).key.endsWith("ed")) {
      return false;
    }
    PhraseIndex.Match<Lexicon.Noun> nm = lex.nouns.longest(t, k + 1);
    if (nm != null) {
      return nm.value.nounClass != Lexicon.NounClass.TIME;
    }
    PhraseIndex.Match<Lexicon.Place> pm = lex.places.longest(t, k + 1);
    return pm != null && pm.value.demonym;
  }

  /**
   * The demonym after the participle at {@code k} ("wounded Nepali soldiers", "killed Kenyans",
   * "getöteten ukrainischen Soldaten"), or null.
   */
  private PhraseIndex.Match<Lexicon.Place> demonymAfterParticiple(List<Token> t, int k, int hi) {
    if (k + 1 >= hi) {
      return null;
    }
    PhraseIndex.Match<Lexicon.Place> pm = lex.places.longest(t, k + 1, hi);
    return pm != null && pm.value.demonym && !pm.value.origin.equals(Origin.FOREIGN) ? pm : null;
  }

  /** Past the hyphenated parts of a name that start before {@code k} ("Storm-Z"). */
  private static int afterHyphenated(List<Token> t, int k, int hi) {
    int j = k;
    while (j + 1 < hi && t.get(j).is("-") && !t.get(j).spaceBefore && !t.get(j + 1).spaceBefore
        && t.get(j + 1).isWord()) {
      j += 2;
    }
    return j;
  }

  /**
   * Whether {@code q} opens its sentence or list item and a colon or a dash ({@code marks})
   * follows it, so that the words after it say what it counts: "- 3,500: foreigners granted
   * citizenship", "• About 2,000 — volunteers sent in May".
   */
  static boolean labelsItem(List<Token> t, QuantityMention q, Words marks) {
    if (q.end() + 1 >= t.size() || !marks.has(t.get(q.end()))) {
      return false;
    }
    for (int k = 0; k < q.first(); k++) {
      if (t.get(k).isWord() || t.get(k).isNumber()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the noun phrase after {@code q} starts: past the closing quote mark of a quoted quantity
   * ("holds \"several hundred\" prisoners"), or past the colon of a list item its value opens and
   * an article after it ("- 450,000: the additional troops requested").
   */
  private int afterQuote(List<Token> t, QuantityMention q) {
    int k = q.end();
    if (labelsItem(t, q, glossMarks)) {
      return k + 2 < t.size() && the.has(t.get(k + 1)) ? k + 2 : k + 1;
    }
    return q.first() > 0 && k < t.size() && t.get(q.first() - 1).is("\"") && t.get(k).is("\"") ? k + 1 : k;
  }

  /**
   * "48 countries", "40 drones", "three years": the next noun is not people; a rate right after the
   * number is no noun of it ("they catch dozens a day").
   */
  boolean countsThings(List<Token> t, QuantityMention q) {
    int k = afterQuote(t, q);
    PhraseIndex.Match<Lexicon.Rate> rate = k < t.size() ? lex.rates.longest(t, k) : null;
    if (rate != null && rate.value.after()) {
      return false;
    }
    if (k < t.size() && ofWord.has(t.get(k)) && q.magnitude()) {
      k++;
    }
    for (int n = 0; n < 3 && k < t.size(); n++, k++) {
      PhraseIndex.Match<Lexicon.Noun> nm = lex.nouns.longest(t, k);
      if (nm != null) {
        return isThing(nm.value) && !casesOfPeople(t, k, t.size());
      }
      Token tok = t.get(k);
      PhraseIndex.Match<Lexicon.Place> pm = lex.places.longest(t, k);
      if (pm != null && k + pm.length < t.size() && placePlurals.has(t.get(k + pm.length))) {
        return true; // "36 African countries", "30 afrikanischen Staaten"
      }
      if (!tok.isWord() || relative.has(tok) || pm != null || isVerbish(tok) && !adjectiveBeforeNoun(t, k)) {
        return false;
      }
    }
    return false;
  }

  /** Whether the number counts units of time ("the past 24 hours"): a span, no count of things a total adds up. */
  boolean countsTime(List<Token> t, QuantityMention q) {
    int k = afterQuote(t, q);
    PhraseIndex.Match<Lexicon.Noun> nm = k < t.size() ? lex.nouns.longest(t, k) : null;
    return nm != null && nm.value.nounClass == Lexicon.NounClass.TIME;
  }

  static boolean isThing(Lexicon.Noun n) {
    return n.nounClass == Lexicon.NounClass.THING || n.nounClass == Lexicon.NounClass.TIME;
  }

  /**
   * Reads the noun phrase after {@code q}, up to token {@code hi}.
   *
   * @param afterFigure whether a figure comes before this one in the sentence (or paragraph)
   * @param listed whether that figure is in the same sentence, so this one may continue its list
   */
  /**
   * Whether the place {@code pm} at {@code k} is a country's initials ("DPRK", "UK", "US") before
   * the noun of the people counted, which it names as a demonym does: "two DPRK soldiers", "300 UK
   * volunteers", "9,000 DPRK military personnel".
   */
  private boolean countryInitials(List<Token> t, int k, PhraseIndex.Match<Lexicon.Place> pm, int hi) {
    if (pm.value.demonym || !pm.value.origin.isCountry() || pm.length != 1 || !t.get(k).isAllCaps()
        || t.get(k).text.length() < 2) {
      return false;
    }
    int after = k + 1;
    return after < hi && (lex.nouns.longest(t, after, hi) != null
        || after + 1 < hi && !t.get(after).isCapitalized() && lex.nouns.longest(t, after + 1, hi) != null);
  }

  NounPhrase read(List<Token> t, QuantityMention q, int hi, boolean afterFigure, boolean listed, int index) {
    int k = afterQuote(t, q);
    int start = k; // after a quoted quantity's closing mark: "\"dozens\" of its citizens"
    Lexicon.Noun head = null;
    int headAt = -1;
    if (k + 1 < t.size() && t.get(k).is("-") && strong.has(t.get(k + 1))) {
      // "an 11,000-strong force": the compound says these are troops
      head = new Lexicon.Noun(Lexicon.NounClass.PERSON, Measure.SERVING);
      headAt = k + 1;
      k += 2;
      while (k < hi && t.get(k).isWord() && !isVerbish(t.get(k)) && k < q.end() + 5) {
        k++;
      }
    }
    int modifiers = 0;
    boolean foreign = false;
    boolean partitive = false;
    boolean distributive = false;
    TreeSet<Origin> origins = null; // made when a demonym is found: most phrases have none
    Measure participle = null;
    while (head == null && k < hi && modifiers <= 4) {
      Token tok = t.get(k);
      if (ofWord.has(tok) && (q.magnitude() || modifiers == 0) && k == start) {
        k++;
        if (k < hi && ofDeterminers.has(t.get(k))
            && !(partitivePronouns.has(t.get(k)) && lex.nouns.longest(t, k + 1, hi) == null)) {
          k++; // "of those recruits"; not "of those who signed", a pronoun
        }
        continue;
      }
      PhraseIndex.Match<Lexicon.Noun> nm = lex.nouns.longest(t, k, hi);
      PhraseIndex.Match<Lexicon.Place> pm = lex.places.longest(t, k, hi);
      if (pm != null && (pm.value.demonym || countryInitials(t, k, pm, hi)) && (nm == null || pm.length >= nm.length)) {
        if (k + pm.length < hi && holdPlaces.has(t.get(k + pm.length))) {
          break; // "geriet in ukrainische Gefangenschaft": the captor, not the people counted
        }
        if (origins == null) {
          origins = new TreeSet<>();
        }
        origins.add(pm.value.origin);
        k += pm.length;
        // "Indian and Nepali recruits"
        if (k + 1 < hi && (andWord.has(t.get(k)) || t.get(k).is(",") || orWord.has(t.get(k)))) {
          PhraseIndex.Match<Lexicon.Place> more = lex.places.longest(t, k + 1, hi);
          if (more != null && more.value.demonym) {
            k++;
            continue;
          }
        }
        boolean nounNext = k < hi && lex.nouns.longest(t, k, hi) != null;
        // "120 Kyrgyz, 80 Kazakh and 240 Uzbek citizens": each figure with its own demonym
        if (k + 1 < t.size() && (t.get(k).is(",") || andWord.has(t.get(k))) && t.get(k + 1).isNumber() && !nounNext) {
          head = new Lexicon.Noun(Lexicon.NounClass.PERSON, null);
          headAt = k - 1;
          distributive = true;
          break;
        }
        if (k >= hi && index > 0 && listed && (t.get(q.first() - 1).is(",") || andWord.has(t.get(q.first() - 1)))) {
          distributive = true; // the last of "120 Kyrgyz, 80 Kazakh and 240 Uzbek citizens"
        }
        // a plural demonym is itself the head: "53 Sri Lankans", "100 Indians"
        Token last = t.get(k - 1);
        if ((Places.isPlural(last) || invariantDemonyms.has(last) && !nounNext || isDemonymNoun(last)) && !nounNext) {
          head = new Lexicon.Noun(Lexicon.NounClass.PERSON, participle);
          headAt = k - 1;
          break;
        }
        modifiers++;
        continue;
      }
      if (nm != null && casesOfPeople(t, k, hi)) {
        k += 2; // "cases of": the people come next
        modifiers++;
        if (lex.nouns.longest(t, k, hi) == null && lex.places.longest(t, k, hi) == null) {
          head = new Lexicon.Noun(Lexicon.NounClass.PERSON, null); // "cases of Chechens"
          headAt = k;
          k++;
          break;
        }
        continue;
      }
      if (nm != null) {
        head = participle != null && nm.value.measure == null ? new Lexicon.Noun(nm.value.nounClass, participle)
            : nm.value;
        headAt = k;
        k += nm.length;
        PhraseIndex.Match<Lexicon.Place> after = nm.length == 1 && t.get(headAt).key.endsWith("ed")
            ? demonymAfterParticiple(t, headAt, hi) : null;
        if (after != null) {
          // "wounded Nepali soldiers": the participle says what is counted, the demonym who
          if (origins == null) {
            origins = new TreeSet<>();
          }
          origins.add(after.value.origin);
          k += after.length;
          PhraseIndex.Match<Lexicon.Noun> people = lex.nouns.longest(t, k, hi);
          if (people != null && people.value.nounClass == Lexicon.NounClass.PERSON) {
            k += people.length;
          }
        }
        break;
      }
      if (foreignWords.has(tok)) {
        foreign = true;
      }
      if (k == q.end() + (ofWord.has(t.get(q.end())) ? 1 : 0) && k > q.end() && partitivePronouns.has(tok)
          && (afterFigure || k + 1 < hi && relative.has(t.get(k + 1)))) {
        // "12 of them"; "Twelve of those who signed" names its people even with no figure before
        head = new Lexicon.Noun(Lexicon.NounClass.PERSON, null);
        headAt = k;
        k++;
        partitive = true;
        PhraseIndex.Match<Lexicon.Place> which = k < hi ? lex.places.longest(t, k, hi) : null;
        if (which != null && which.value.demonym && !which.value.origin.equals(Origin.FOREIGN)) {
          // "nine Latin Americans, six of them Cuban": the part's own nationality
          origins = new TreeSet<>(java.util.Set.of(which.value.origin));
          k += which.length;
        }
        break;
      }
      PhraseIndex.Match<Measure> says = tok.isWord() && !tok.isCapitalized() ? lex.triggers.longest(t, k, k + 1) : null;
      if (adjectiveBeforeNoun(t, k) || says != null && demonymAfterParticiple(t, k, hi) != null) {
        if (lex.nouns.longest(t, k + 1) == null && says != null) {
          // "48 captured Nepalis", "45 detained Tajik migrants", "46.000 getöteten ukrainischen
          // Soldaten": the participle before a demonym says what became of the people it names
          participle = says.value;
        }
        modifiers++;
        k++;
        continue;
      }
      if (tok.isWord() && !tok.isCapitalized() && !lex.triggers.isEmpty() && lex.triggers.longest(t, k, hi) == null
          && !andWord.has(tok) && !orWord.has(tok) && !relative.has(tok) && !isVerbish(tok)) {
        modifiers++;
        k++;
        continue;
      }
      if (tok.is("-") && !tok.spaceBefore) {
        k++;
        continue;
      }
      int name = afterHyphenated(t, k + 1, hi);
      if (tok.isWord() && tok.isCapitalized() && k > q.end() - 1 && personNext(t, name, hi)) {
        // "900 Wagner mercenaries", "400 Akhmat fighters", "600 Storm-Z fighters": a name before a
        // people noun
        modifiers++;
        k = name;
        continue;
      }
      break;
    }
    return new NounPhrase(head, headAt, k, foreign, partitive, distributive,
        origins == null ? Figure.originsOf(java.util.Set.of()) : Figure.originsOf(origins));
  }
}
