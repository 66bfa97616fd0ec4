package dev.muster.parse.quantity;

import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.token.PhraseIndex;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.math.BigDecimal;
import java.util.List;

/**
 * Tells the numbers that are not counts: years, dates, ages, ordinals, percentages, fractions,
 * multiples, hyphenated compounds ("30-day"), model names and codes ("Su-34", "Covid-19"),
 * reference numbers ("No. 2", "page 3"), phone numbers and times, and small numbers in words
 * that pick one of a group ("one of the attackers").
 *
 * <p>Immutable and thread-safe.
 */
final class NotACount {

  /** Bounds the rules compare values with: a day of a month, "day 400", an age. */
  private static final BigDecimal THIRTY_ONE = BigDecimal.valueOf(31);
  private static final BigDecimal FOUR_HUNDRED = BigDecimal.valueOf(400);
  private static final BigDecimal HUNDRED_TWENTY = BigDecimal.valueOf(120);

  private final Lexicon lex;
  private final Numerals numerals;
  private final Words months;
  /** Month names written in lower case in the language ("11 січня"). */
  private final Words lowerCaseMonths;
  private final Words ordinalSuffixes;
  private final Words referenceWords;
  private final Words notReference;
  private final Words referencePeriods;
  private final Words toVerb;
  private final Words numberAbbreviation;
  /** "calling", "hotline": words right before a number in digits that make it a phone number. */
  private final Words phoneWords;
  private final Words ageWords;
  private final Words ageYears;
  private final Words old;
  private final Words percent;
  private final Words per;
  private final Words cent;
  private final Words plus;
  private final Words hyphenFractions;
  private final Words multiples;
  private final Words ratioJoins;
  private final Words ratioUnits;
  private final Words rangeJoins;
  private final Words of;
  private final Words one;
  /** "no": before "one", a pronoun, nobody ("no one would be sent"). */
  private final Words noOne;
  private final Words them;
  private final Words partitiveThe;
  private final Words another;
  private final Words at;
  private final Words strong;
  /** Words of a round count ("decina", "dozen"): "una decina di soldati" counts them. */
  private final Words dozen;
  /** "men between 35 and 50": the people whose ages a range right after them gives. */
  private final Words ageNouns;
  /** "between", "from": the words that open a range. */
  private final Words rangeOpeners;
  private final Words ageRangeJoins;
  /** "or", "to": a word between the two numbers of an alternative ("two or three"). */
  private final Words alternatives;
  /** "raised", "lowered": verbs that change an age limit. */
  private final Words limitChanges;
  /** "for every", "for each": a ratio's second term follows. */
  private final Words ratioFor;
  private final Words ratioEvery;
  /** "per": a word whose number after it is a rate's base among people ("26 men per 10,000 males"). */
  private final Words ratioBases;
  /** "ratio": a noun whose "of" and number are a ratio's term ("a ratio of three wounded to every death"). */
  private final Words ratioNouns;
  /** "younger", "older": comparatives that make the number after "than" an age. */
  private final Words ageComparatives;
  /** "youngest", "oldest": a superlative whose number after a copula is an age ("The youngest ... is 21"). */
  private final Words ageSuperlatives;
  /**
   * "is", "was": the copula between a superlative and its age; narrower than the classifier's
   * copulas, which hold "at" and "of".
   */
  private final Words ageCopulas;
  private final Words than;
  /** "factor": a noun whose "of" and number are a multiple, not a count ("by a factor of five"). */
  private final Words multipleNouns;
  /** "official", "source": a speaker that "one" before it leaves unnamed, no count ("one official said"). */
  private final Words loneSpeakers;
  /** "citing", "according (to)": words before the number of a report's informants ("citing two employees"). */
  private final Words informantCues;
  /** "to": the word between "according" and the informants it cites. */
  private final Words to;
  /** "gets", "earns": the pay verb of a clause whose "one" stands for a kind of person. */
  private final Words genericOnePayVerbs;
  /** "the": a determiner that makes the "one" after it a pronoun ("the one Kyiv gave"). */
  private final Words onePronounDeterminers;
  /** "such": a word after "one" that makes it an instance, no count ("at least one such record"). */
  private final Words oneInstances;
  /** "sister", "widow": a relation whose "of one" picks a person out ("the sister of one soldier"). */
  private final Words oneRelations;

  NotACount(Lexicon lex, Numerals numerals) {
    this.lex = lex;
    this.numerals = numerals;
    this.months = lex.optionalWords("time.months");
    this.lowerCaseMonths = lex.optionalWords("time.lower-case-months");
    this.ordinalSuffixes = lex.optionalWords("quantity.ordinal-suffixes");
    this.referenceWords = lex.optionalWords("quantity.reference-words");
    this.notReference = lex.optionalWords("quantity.not-reference");
    this.referencePeriods = lex.optionalWords("quantity.reference-periods");
    this.toVerb = lex.optionalWords("quantity.to-verb");
    this.numberAbbreviation = lex.optionalWords("quantity.number-abbreviation");
    this.phoneWords = lex.optionalWords("quantity.phone-words");
    this.ageWords = lex.optionalWords("quantity.age-words");
    this.ageYears = lex.optionalWords("quantity.age-years");
    this.old = lex.optionalWords("quantity.old");
    this.percent = lex.optionalWords("quantity.percent");
    this.per = lex.optionalWords("quantity.per");
    this.cent = lex.optionalWords("quantity.cent");
    this.plus = lex.optionalWords("quantity.plus");
    this.hyphenFractions = lex.optionalWords("quantity.hyphen-fractions");
    this.multiples = lex.optionalWords("quantity.multiples");
    this.ratioJoins = lex.optionalWords("quantity.ratio-joins");
    this.ratioUnits = lex.optionalWords("quantity.ratio-not-before");
    this.rangeJoins = lex.optionalWords("quantity.multiple-range-joins");
    this.of = lex.optionalWords("quantity.of");
    this.one = lex.optionalWords("quantity.one");
    this.noOne = lex.optionalWords("quantity.no-one-openers");
    this.them = lex.optionalWords("quantity.them");
    this.partitiveThe = lex.optionalWords("quantity.partitive-the");
    this.another = lex.optionalWords("quantity.another");
    this.at = lex.optionalWords("quantity.at");
    this.strong = lex.optionalWords("quantity.strong");
    this.dozen = lex.optionalWords("quantity.dozen");
    this.ageNouns = lex.optionalWords("quantity.age-nouns");
    this.rangeOpeners = lex.optionalWords("quantity.range-openers");
    this.ageRangeJoins = lex.optionalWords("quantity.age-range-joins");
    this.alternatives = lex.optionalWords("quantity.alternatives");
    this.limitChanges = lex.optionalWords("quantity.limit-changes");
    this.ratioFor = lex.optionalWords("quantity.ratio-for");
    this.ratioEvery = lex.optionalWords("quantity.ratio-every");
    this.ratioBases = lex.optionalWords("quantity.ratio-bases");
    this.ratioNouns = lex.optionalWords("quantity.ratio-nouns");
    this.ageComparatives = lex.optionalWords("quantity.age-comparatives");
    this.ageSuperlatives = lex.optionalWords("quantity.age-superlatives");
    this.ageCopulas = lex.optionalWords("quantity.age-copulas");
    this.than = lex.optionalWords("quantity.than");
    this.multipleNouns = lex.optionalWords("quantity.multiple-nouns");
    this.loneSpeakers = lex.optionalWords("quantity.lone-speakers");
    this.genericOnePayVerbs = lex.optionalWords("quantity.generic-one-pay-verbs");
    this.informantCues = lex.optionalWords("quantity.informant-cues");
    this.to = lex.optionalWords("quantity.to");
    this.onePronounDeterminers = lex.optionalWords("quantity.one-pronoun-determiners");
    this.oneInstances = lex.optionalWords("quantity.one-instances");
    this.oneRelations = lex.optionalWords("quantity.one-relations");
  }

  /** Whether the number {@code n} read at token {@code i} is not a count. */
  boolean excluded(List<Token> t, int i, NumberRead n) {
    if (n.malformed()) {
      return true;
    }
    Token tok = t.get(i);
    Token prev = i > 0 ? t.get(i - 1) : null;
    Token next = n.end() < t.size() ? t.get(n.end()) : null;
    if (tok.isNumber() && digitsExcluded(t, i, n, tok, prev, next)) {
      return true;
    }
    if (tok.isNumber() && !n.words() && quotedName(t, n, prev, next)) {
      return true;
    }
    BigDecimal v = n.value();
    // dates: "27 April", "April 8", "Sept. 21"
    if (!n.magnitude() && v != null && v.compareTo(THIRTY_ONE) <= 0 && v.signum() > 0) {
      if (next != null && months.has(next) && next.isWord() && (next.isCapitalized() || lowerCaseMonths.has(next))) {
        return true;
      }
      if (next != null && of.has(next) && n.end() + 1 < t.size() && months.has(t.get(n.end() + 1))) {
        return true;
      }
      int p = i - 1;
      if (p >= 0 && t.get(p).is(".")) {
        p--;
      }
      if (p >= 0 && months.has(t.get(p)) && t.get(p).isCapitalized()) {
        return true;
      }
    }
    if (next != null && compoundOrShare(t, i, n, tok, next)) {
      return true;
    }
    // ages: "aged 18 to 30", "age of 50", "Name, 37,", "At 26,"
    if (v != null && v.compareTo(HUNDRED_TWENTY) <= 0) {
      for (int b = i - 1; b >= Math.max(0, i - 4); b--) {
        if (ageWords.has(t.get(b))) {
          return true;
        }
      }
      if (next != null && ageYears.has(next) && n.end() + 1 < t.size() && old.has(t.get(n.end() + 1))) {
        return true;
      }
      if (i >= 2 && than.has(prev) && ageComparatives.has(t.get(i - 2))) {
        return true; // "most of them younger than 25", "none older than 60": an age, not a count
      }
      if (i >= 2 && of.has(prev) && multipleNouns.has(t.get(i - 2))) {
        return true; // "differ by a factor of five": a multiple
      }
      if (ageLimitChange(t, i, prev)) {
        return true; // "the mobilisation age, which was reduced from 27 to 25"
      }
      if (superlativeAge(t, i, prev)) {
        return true; // "The youngest of those freed is 21 and the oldest 63"
      }
      if (v.compareTo(BigDecimal.valueOf(14)) >= 0 && !personNoun(t, n.end()) && (ageRangeOpens(t, i - 1)
          || prev != null && ageRangeJoins.has(prev) && i >= 3 && t.get(i - 2).isNumber() && ageRangeOpens(t, i - 3))) {
        return true; // "men between 35 and 50", "men from 18 to 30": ages, not a count of men
      }
      if (prev != null && prev.is(",") && next != null && next.is(",") && i >= 2 && t.get(i - 2).isCapitalized()
          && !n.words()) {
        return true;
      }
      if (prev != null && at.has(prev) && next != null && next.is(",")
          && (i < 2 || t.get(i - 2).is("\"") || i == 1)) {
        return true;
      }
    }
    // a number inside a date range "1 October to 31 December" is caught by the month checks
    return ratioForEvery(t, i, n, prev) || perBase(t, i, n, prev) || ratioTerm(t, i);
  }

  /** How many words may stand between a rate's first term and its "per" ("31 adult men per"). */
  private static final int PER_BASE_REACH = 4;

  /**
   * Whether the number at {@code i} is a term of a rate among people: right after "per" ("per
   * 10,000 adult males"), or a few words before a "per" that a number follows ("26 men per 10,000");
   * not money ("$500 per recruit" has no number after "per") nor a rate in time ("950 per day").
   */
  private boolean perBase(List<Token> t, int i, NumberRead n, Token prev) {
    if (ratioBases.isEmpty() || prev != null && isCurrencyPrefix(prev) || moneyAfter(t, n.end())) {
      return false;
    }
    if (prev != null && ratioBases.has(prev)) {
      return true;
    }
    for (int k = n.end(); k + 1 < t.size() && k <= n.end() + PER_BASE_REACH; k++) {
      Token x = t.get(k);
      if (ratioBases.has(x)) {
        Token after = t.get(k + 1);
        return after.isNumber() || numerals.isNumberWord(after);
      }
      if (!x.isWord()) {
        return false;
      }
    }
    return false;
  }

  /** How many words may stand between "ratio of" and the number of its term ("a ratio of about three"). */
  private static final int RATIO_TERM_REACH = 2;

  /** Whether the number at {@code i} follows "ratio of" closely: "the usual ratio of about three wounded". */
  private boolean ratioTerm(List<Token> t, int i) {
    return pairBefore(t, i - 1, i - 1 - RATIO_TERM_REACH, ratioNouns, of);
  }

  /**
   * Whether, searching back over words only from token {@code from} to {@code last} (or the second
   * token), a word of {@code second} stands right after a word of {@code first} ("ratio of", "for every").
   */
  private static boolean pairBefore(List<Token> t, int from, int last, Words first, Words second) {
    for (int k = from; k >= 1 && k >= last; k--) {
      Token x = t.get(k);
      if (second.has(x) && first.has(t.get(k - 1))) {
        return true;
      }
      if (!x.isWord()) {
        return false;
      }
    }
    return false;
  }

  /** How far before the "from" of a change its age word may stand ("the draft age for men was lowered from"). */
  private static final int AGE_LIMIT_REACH = 8;

  /**
   * Whether the number at {@code i} is an end of a change of an age limit: "from" before it, or
   * "from N to" before it, and before the "from", in either order, an age word and a verb of change
   * in its sentence, with no number between but the new limit ("raised the maximum age for
   * conscripts from 27 to 30", "lowered the minimum age for mobilisation from 27 to 25", "The draft
   * age was raised to 30 from 27").
   */
  private boolean ageLimitChange(List<Token> t, int i, Token prev) {
    int from = prev != null && rangeOpeners.has(prev) ? i - 1
        : prev != null && ageRangeJoins.has(prev) && i >= 3 && t.get(i - 2).isNumber() && rangeOpeners.has(t.get(i - 3))
            ? i - 3 : -1;
    int k = from - 1;
    if (k >= 1 && t.get(k).isNumber() && ageRangeJoins.has(t.get(k - 1))) {
      k -= 2; // "raised to 30 from 27": the new limit stands before the old one
    }
    boolean change = false;
    boolean age = false;
    for (int end = Math.max(0, from - AGE_LIMIT_REACH); from >= 0 && k >= end; k--) {
      Token x = t.get(k);
      if (x.isNumber() || x.is(";") || x.is(".")) {
        break;
      }
      change |= limitChanges.has(x);
      age |= ageWords.has(x);
    }
    return change && age; // "the age ... was reduced from", "lowered the minimum age for mobilisation from"
  }

  /** How far before a copula the superlative of its subject may stand ("The youngest of the freed men is 22"). */
  private static final int SUPERLATIVE_REACH = 6;

  /**
   * Whether the number at {@code i} is the age of a group's youngest or oldest: right after the
   * superlative ("and the oldest 63") or after a copula whose subject, in the same clause, is one
   * ("The youngest of those freed is 21"), or is an age of a group ("The average age of the dead
   * is 37").
   */
  private boolean superlativeAge(List<Token> t, int i, Token prev) {
    if (prev == null) {
      return false;
    }
    if (ageSuperlatives.has(prev)) {
      return true;
    }
    if (!ageCopulas.has(prev)) {
      return false;
    }
    for (int k = i - 2; k >= Math.max(0, i - 1 - AGE_SUBJECT_REACH); k--) {
      Token x = t.get(k);
      if (x.isNumber() || x.is(",") || x.is(";") || x.is(".")) {
        return false;
      }
      if (ageSuperlatives.has(x) && k >= i - 1 - SUPERLATIVE_REACH) {
        return true;
      }
      if (ageWords.has(x) && of.has(t.get(k + 1))) {
        return true; // "The average age of the dead is 37": the subject is an age
      }
    }
    return false;
  }

  /** How far before a copula an age word heading its subject may stand ("The median age of those recruited in the region was"). */
  private static final int AGE_SUBJECT_REACH = 10;

  /** Whether token {@code k} opens a range right after people: "men between", "men from". */
  private boolean ageRangeOpens(List<Token> t, int k) {
    return k >= 1 && rangeOpeners.has(t.get(k)) && ageNouns.has(t.get(k - 1));
  }

  /**
   * "three wounded for every soldier killed", "five soldiers for each ...": the first term of a
   * ratio, a few words before "for every" in its clause, or the second, right after a "for every"
   * clause ("for every soldier killed, three are wounded"); not money ("$500 for every recruit" is a fee).
   */
  private boolean ratioForEvery(List<Token> t, int i, NumberRead n, Token prev) {
    if (ratioFor.isEmpty() || prev != null && isCurrencyPrefix(prev) || moneyAfter(t, n.end())) {
      return false;
    }
    for (int k = n.end(); k + 1 < t.size() && k < n.end() + 4; k++) {
      Token x = t.get(k);
      if (ratioFor.has(x) && ratioEvery.has(t.get(k + 1))) {
        return true;
      }
      if (!x.isWord()) {
        break;
      }
    }
    return afterForEvery(t, i);
  }

  /** How many words the "for every" clause before a number may have ("for every soldier killed in action,"). */
  private static final int FOR_EVERY_REACH = 7;

  /** Whether the number at {@code i} opens the clause after a "for every" clause: "for every soldier killed, three are wounded". */
  private boolean afterForEvery(List<Token> t, int i) {
    if (i >= 2 && alternatives.has(t.get(i - 1)) && (t.get(i - 2).isNumber() || numerals.isNumberWord(t.get(i - 2)))) {
      i -= 2; // "two or three": the second number of the pair
    }
    if (i < 3 || !t.get(i - 1).is(",")) {
      return false;
    }
    return pairBefore(t, i - 2, i - 1 - FOR_EVERY_REACH, ratioFor, ratioEvery);
  }

  /** The rules for a number written in digits: glued letters, codes, references, times, years. */
  private boolean digitsExcluded(List<Token> t, int i, NumberRead n, Token tok, Token prev, Token next) {
    // glued to letters: "Su-34" handled below; "A4", "5G", "3rd", "1990s"
    if (prev != null && !tok.spaceBefore && prev.isWord() && !isCurrencyPrefix(prev)) {
      return true;
    }
    if (next != null && !next.spaceBefore && next.isWord() && n.end() == i + 1
        && (ordinalSuffixes.has(next) || !numerals.isNumberWord(next))) {
      return true;
    }
    // model names and codes: "F-16", "Covid-19", "Kh-101"
    if (prev != null && prev.is("-") && !tok.spaceBefore && i >= 2 && !prev.spaceBefore
        && t.get(i - 2).isWord()) {
      return true;
    }
    // reference numbers: "No. 2", "page 3", "#5"
    if (prev != null && (prev.is("#") || prev.is("№"))) {
      return true;
    }
    // "were to number 1,150,628": a verb before a grouped count, not "number 5"
    boolean verbBefore = i >= 2 && toVerb.has(t.get(i - 2)) && tok.text.indexOf(',') > 0;
    if (prev != null && referenceWords.has(prev) && prev.isWord() && !notReference.has(prev) && !verbBefore) {
      if (!referencePeriods.has(prev) || n.value() != null && n.value().compareTo(FOUR_HUNDRED) < 0) {
        return true;
      }
    }
    if (prev != null && prev.is(".") && i >= 2 && numberAbbreviation.has(t.get(i - 2))) {
      return true;
    }
    // phone numbers after a word of calling: "apply by calling 122", "the hotline 1545"
    if (prev != null && phoneWords.has(prev) && !personNoun(t, n.end())) {
      return true;
    }
    // phone numbers and times: "+7 495", "0 800 123 456", "0800", "10:30"
    if (prev != null && prev.is("+") && !tok.spaceBefore) {
      return true;
    }
    if (tok.isDigitsOnly() && tok.text.charAt(0) == '0' && (tok.text.length() > 1 || n.end() > i + 1)
        || prev != null && prev.isDigitsOnly() && prev.text.equals("0")) {
      return true;
    }
    if (next != null && next.is(":") && n.end() + 1 < t.size() && t.get(n.end() + 1).isNumber()
        && !t.get(n.end() + 1).spaceBefore) {
      return true;
    }
    if (prev != null && prev.is(":") && !tok.spaceBefore && i >= 2 && t.get(i - 2).isNumber()) {
      return true;
    }
    if (prev != null && prev.is("/") && !tok.spaceBefore || next != null && next.is("/") && !next.spaceBefore
        && n.end() + 1 < t.size() && t.get(n.end() + 1).isNumber()) {
      return true;
    }
    // years: 4 digits 1800..2100 written plainly
    if (tok.text.length() == 4 && n.end() == i + 1 && tok.isDigitsOnly()) {
      int y = Integer.parseInt(tok.text);
      // "2000 долларов", "2000 euros": a currency after the number makes it money
      return y >= 1800 && y <= 2100 && !(next != null && (personNoun(t, n.end()) || moneyAfter(t, n.end())));
    }
    return false;
  }

  /** Whether a percentage's sign or word starts at token {@code k}: "%", "percent", "per cent". */
  private boolean shareAt(List<Token> t, int k) {
    Token x = t.get(k);
    return percent.has(x) || x.is("%") || per.has(x) && k + 1 < t.size() && cent.has(t.get(k + 1));
  }

  /** Whether a currency written after a number starts at token {@code k} ("долларов", "euros"). */
  private boolean moneyAfter(List<Token> t, int k) {
    PhraseIndex.Match<Lexicon.Money> m = lex.money.longest(t, k);
    return m != null && m.value.after();
  }

  /** Percentages, hyphenated compounds ("30-day", "24-year-old", "one-third"), "one of the". */
  private boolean compoundOrShare(List<Token> t, int i, NumberRead n, Token tok, Token next) {
    int after = n.end() + 1;
    if (shareAt(t, n.end())) {
      return true;
    }
    if (next.is("-") && !next.spaceBefore && after < t.size() && t.get(after).isWord()
        && !t.get(after).spaceBefore && !plus.has(t.get(after))
        && !numerals.isNumberWord(t.get(after))
        && !hyphenKept(t, i, after)) {
      return true;
    }
    if (next.is("-") && !next.spaceBefore && after < t.size() && hyphenFractions.has(t.get(after))) {
      return true;
    }
    if (next.isWord() && multiples.has(next)) {
      return true;
    }
    // "two to three times that", "between 45 and 65 per cent": the first end of a range of
    // multiples or shares
    // "10-15%", "30–40 per cent": a dash glued to both numbers joins the ends of a range too
    boolean shareJoin = rangeJoins.has(next) || ageRangeJoins.has(next) && i > 0 && rangeOpeners.has(t.get(i - 1))
        || glued(t, n.end(), after) && ageRangeJoins.has(next);
    if (shareJoin && after < t.size() && (t.get(after).isNumber() || numerals.isNumberWord(t.get(after)))) {
      NumberRead other = numerals.read(t, after);
      if (other != null && other.end() < t.size() && (rangeJoins.has(next) && multiples.has(t.get(other.end()))
          || shareAt(t, other.end()))) {
        return true;
      }
    }
    if (ratio(t, i, n)) {
      return true;
    }
    if (informants(t, i)) {
      return true; // "citing two former employees", "according to three officials": who a report cites
    }
    if (one.has(tok) && n.end() == i + 1 && i > 0 && noOne.has(t.get(i - 1))) {
      return true; // "no one would be sent", "No one was killed": nobody, no count
    }
    if (one.has(tok) && n.end() == i + 1 && loneSpeakers.has(next)) {
      return true; // "one official in Kyiv told us": a speaker, no count
    }
    if (one.has(tok) && n.end() == i + 1 && paidInClause(t, i + 1)) {
      return true; // "one serving in the rear gets 90,000 roubles": a kind of person, no count
    }
    if (one.has(tok) && n.end() == i + 1 && oneNamesNoCount(t, i)) {
      return true; // "the one Kyiv gave", "one such record", "the sister of one soldier": no count
    }
    return n.words() && n.value() != null && n.value().compareTo(BigDecimal.TEN) <= 0
        && (of.has(next) && !dozen.has(t.get(n.end() - 1)) && (one.has(tok) || !(after < t.size() && (them.has(t.get(after))
            || partitiveThe.has(t.get(after)) && after + 1 < t.size() && personNoun(t, after + 1))))
            || another.has(next)); // "one of the attackers"; not "una decina di loro"
  }

  /**
   * Whether the word "one" at {@code i} is a pronoun after a definite determiner with no person
   * after it ("the figure is the one Kyiv gave"), an instance before "such" ("at least one such
   * record"), or picks out a person after a relation and "of" ("the sister of one soldier who
   * died"), and no count.
   */
  private boolean oneNamesNoCount(List<Token> t, int i) {
    if (i + 1 < t.size() && oneInstances.has(t.get(i + 1))) {
      return true;
    }
    if (i >= 1 && onePronounDeterminers.has(t.get(i - 1)) && !personNoun(t, i + 1)) {
      return true;
    }
    return i >= 2 && of.has(t.get(i - 1)) && oneRelations.has(t.get(i - 2));
  }

  /** Whether the mark at {@code k} stands between the tokens around it with no space ("10-15"). */
  private static boolean glued(List<Token> t, int k, int after) {
    return after < t.size() && !t.get(k).spaceBefore && !t.get(after).spaceBefore;
  }

  /**
   * Whether the number at {@code i} counts the informants a report cites: right after "citing" or
   * "quoting", or after "according to" ("according to three officials").
   */
  private boolean informants(List<Token> t, int i) {
    if (i >= 1 && informantCues.has(t.get(i - 1))) {
      return true;
    }
    return i >= 2 && to.has(t.get(i - 1)) && informantCues.has(t.get(i - 2));
  }

  /** How many words after "one" the pay verb of its clause may stand ("one serving in a rear unit gets"). */
  private static final int GENERIC_ONE_REACH = 6;

  /** Whether a pay verb follows token {@code k} in its clause, with no number before it. */
  private boolean paidInClause(List<Token> t, int k) {
    for (int j = k; j < Math.min(t.size(), k + GENERIC_ONE_REACH); j++) {
      Token x = t.get(j);
      if (!x.isWord()) {
        return false;
      }
      if (genericOnePayVerbs.has(x)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the number is either side of a ratio of small numbers: "one in five", "1 in 4 of
   * them"; not "12 in 24 hours", not "300 in 2024".
   */
  private boolean ratio(List<Token> t, int i, NumberRead n) {
    if (ratioJoins.isEmpty() || !small(n)) {
      return false;
    }
    // "one man in six": a single person noun between "one" and "in"
    int join = n.end() + 1 < t.size() && n.value().compareTo(BigDecimal.ONE) == 0 && personNoun(t, n.end())
        && !ratioJoins.has(t.get(n.end())) ? n.end() + 1 : n.end();
    if (join + 1 < t.size() && ratioJoins.has(t.get(join))) {
      NumberRead second = numerals.read(t, join + 1);
      if (small(second) && second.value().compareTo(n.value()) > 0 && !(second.end() < t.size()
          && ratioUnits.has(t.get(second.end())))) {
        return true;
      }
    }
    if (i >= 2 && ratioJoins.has(t.get(i - 1)) && !(n.end() < t.size() && ratioUnits.has(t.get(n.end())))) {
      for (int b = i - 2; b >= Math.max(0, i - 4); b--) {
        NumberRead first = numerals.read(t, b);
        boolean nounBetween = first != null && first.end() == i - 2 && first.value() != null
            && first.value().compareTo(BigDecimal.ONE) == 0 && personNoun(t, i - 2);
        if (first != null && (first.end() == i - 1 || nounBetween) && small(first)
            && first.value().compareTo(n.value()) < 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean small(NumberRead n) {
    return n != null && !n.malformed() && !n.magnitude() && n.value() != null && n.value().signum() > 0
        && n.value().compareTo(BigDecimal.valueOf(100)) <= 0;
  }

  /**
   * Hyphenated compounds that still state a count: "an 11,000-strong force", "a 200,000-ruble
   * bonus", "a $2,000-a-month salary".
   */
  private boolean hyphenKept(List<Token> t, int number, int word) {
    if (strong.has(t.get(word))) {
      return true;
    }
    PhraseIndex.Match<Lexicon.Money> after = lex.money.longest(t, word);
    if (after != null && after.value.after()) {
      return true;
    }
    if (number > 0) {
      PhraseIndex.Match<Lexicon.Money> before = lex.money.longest(t, number - 1, number);
      return before != null && before.value.before();
    }
    return false;
  }

  /**
   * Whether the number in digits, alone in quotation marks, names the thing the word after it stands for:
   * the "18-24" contract, a "200" fund; not a count of people ("the "5,000" volunteers").
   */
  private boolean quotedName(List<Token> t, NumberRead n, Token prev, Token next) {
    if (prev == null || !prev.is("\"") || next == null) {
      return false;
    }
    int close = n.end();
    while (close < Math.min(t.size(), n.end() + 2) && (t.get(close).is("-") || t.get(close).isNumber())) {
      close++; // "18-24"
    }
    int after = close + 1;
    return after < t.size() && t.get(close).is("\"") && t.get(after).isWord() && !t.get(after).isCapitalized()
        && !personNoun(t, after);
  }

  private boolean personNoun(List<Token> t, int i) {
    PhraseIndex.Match<Lexicon.Noun> nm = lex.nouns.longest(t, i);
    return nm != null && nm.value.isPeople();
  }

  private boolean isCurrencyPrefix(Token t) {
    PhraseIndex.Match<Lexicon.Money> mm = lex.money.longest(List.of(t), 0);
    return mm != null && mm.value.before();
  }
}
