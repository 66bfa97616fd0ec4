package dev.muster.parse.classify;

import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.quantity.QuantityMention;
import dev.muster.parse.token.PhraseIndex;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.math.BigDecimal;
import java.util.List;

/**
 * Numbers that measure something other than the people or their pay, set beside them as a
 * yardstick: a place's population ("an island of about 10 million people", "a nation of 45
 * million", "home to 970,000 people"), a typical civilian wage or pension ("compared with a
 * typical salary of 40,000 roubles", "the median wage of 45,000 roubles", "the minimum wage of
 * 22,440 roubles", "the average pension"); what a civilian job pays is {@link CivilianPay}. An
 * average bonus is still pay.
 *
 * <p>Immutable and thread-safe.
 */
final class Yardsticks {

  /** How far before an amount the wage it is may be named. */
  private static final int WAGE_REACH = 10;
  /** How far before a wage word the word making it an average may stand ("the average monthly wage"). */
  private static final int AVERAGE_REACH = 3;

  private final Words ofWord;
  /** "has", "have": the verb of a place that has people ("the country has 2 million workers abroad"). */
  private final Words placeHasVerbs;
  private final Words toWord;
  private final Words withWord;
  /** "is", "stands", "at": words between a population word and its number. */
  private final Words populationCopulas;
  /** "home" in "home to 970,000 people": a place's word before "to" and its population. */
  private final Words homes;
  /** "minimum", "living": a word that makes the wage right after it the civilian floor. */
  private final Words floors;
  private final Words floorWages;
  /** "Mindestlohn": one word for a civilian floor or average wage. */
  private final Words wageNouns;
  private final Words placeNouns;
  private final Words averages;
  /** "medio": an average word that stands right after its wage word. */
  private final Words averagesAfter;
  /** "проживає", "Einwohner", "abitanti": words of a place's inhabitants around a number. */
  private final Words populationWords;
  /** "людей", "человек": people in general, whom a word for living before them makes inhabitants. */
  private final Words populationPeople;
  /** "live", "reside": verbs that make people in general right before them a place's inhabitants. */
  private final Words livingVerbs;
  /** "the" in "the population of the Altai Republic". */
  private final Words placeArticles;
  private final Words wageWords;
  private final Words payWords;
  private final Words payees;
  /** "средняя" in "средняя зарплата": a pay word beside it is the average civilian wage. */
  private final Words sentenceAverages;
  /** The people an average wage is set against ("soldiers earn ..., five times the average wage"). */
  private final Words wagePayees;

  /** How many words of a currency's name may stand before the word the money lexicon knows ("US dollar"). */
  private static final int CURRENCY_NAME_REACH = 2;

  private final Lexicon lex;
  /** "each", "every": the words before "year" that make a count a yearly flow. */
  private final Words flowEach;
  private final Words flowYears;
  /** "to", "per", "against": the word after an amount before the currency it is the price of. */
  private final Words exchangeLinks;
  /** "the", "one", "a": the article of the currency an exchange rate prices. */
  private final Words exchangeArticles;

  Yardsticks(Lexicon lex) {
    this.lex = lex;
    this.exchangeLinks = lex.optionalWords("classify.exchange-links");
    this.exchangeArticles = lex.optionalWords("classify.exchange-articles");
    this.ofWord = lex.optionalWords("classify.of");
    this.placeHasVerbs = lex.optionalWords("classify.place-has");
    this.toWord = lex.optionalWords("classify.to");
    this.withWord = lex.optionalWords("classify.with");
    this.populationCopulas = lex.optionalWords("classify.population-copulas");
    this.homes = lex.optionalWords("classify.population-homes");
    this.floors = lex.optionalWords("classify.yardstick-floors");
    this.floorWages = lex.optionalWords("classify.yardstick-floor-wages");
    this.wageNouns = lex.optionalWords("classify.yardstick-wage-nouns");
    this.placeNouns = lex.optionalWords("classify.population-places");
    this.averages = lex.optionalWords("classify.yardstick-averages");
    this.averagesAfter = lex.optionalWords("classify.yardstick-averages-after");
    this.populationWords = lex.optionalWords("classify.population-words");
    this.populationPeople = lex.optionalWords("classify.population-people");
    this.livingVerbs = lex.optionalWords("classify.population-living");
    this.placeArticles = lex.optionalWords("classify.population-articles");
    this.wageWords = lex.optionalWords("classify.wage-words");
    this.payWords = lex.optionalWords("classify.pay-words");
    this.payees = lex.optionalWords("classify.payees");
    this.sentenceAverages = lex.optionalWords("classify.averages");
    this.wagePayees = lex.optionalWords("classify.wage-payees").union(payees);
    this.flowEach = lex.optionalWords("classify.population-flow-each");
    this.flowYears = lex.optionalWords("classify.population-flow-years");
  }

  /** How far after a place's word and "of" its population's number may start ("a country of about 52 million"). */
  private static final int POPULATION_NUMBER_REACH = 3;

  /**
   * Whether the count {@code q} is a yearly flow told beside a place's population in its sentence,
   * a trait of the place rather than a figure: "a nation of 40 million that sends some 500,000
   * workers abroad every year". Money, and counts with no yearly words after them, are not.
   */
  boolean yearlyFlow(List<Token> t, QuantityMention q) {
    if (q.isMoney() || !yearlyAfter(t, q.end())) {
      return false;
    }
    for (int j = 2; j < t.size(); j++) {
      if ((j < q.first() || j >= q.end()) && population(t, j) && numberFrom(t, j)) {
        return true;
      }
    }
    return false;
  }

  /** Whether "each year", "every year" or "a year" follows {@code from} in its clause. */
  private boolean yearlyAfter(List<Token> t, int from) {
    for (int k = from; k + 1 < t.size() && !t.get(k).isPunct(); k++) {
      if (flowEach.has(t.get(k)) && flowYears.has(t.get(k + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a number starts within reach of {@code j}: the population after "a country of". */
  private boolean numberFrom(List<Token> t, int j) {
    for (int k = j; k < t.size() && k < j + POPULATION_NUMBER_REACH; k++) {
      if (t.get(k).isNumber()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a place is the subject that has the people counted from {@code first}: "The
   * Philippines has roughly 2.2 million workers overseas", "the region has 300,000 men of working
   * age"; a trait of the place, when no word says what the people do.
   */
  boolean placeHas(List<Token> t, int first) {
    int verb = first - 1;
    if (verb < 1 || !placeHasVerbs.has(t.get(verb))) {
      return false;
    }
    if (placeNouns.has(t.get(verb - 1))) {
      return true;
    }
    for (int k = Math.max(0, verb - PLACE_NAME_MAX); k < verb; k++) {
      PhraseIndex.Match<Lexicon.Place> pm = lex.places.longest(t, k);
      if (pm != null && !pm.value.demonym && k + pm.length == verb) {
        return true;
      }
    }
    return false;
  }

  /** Whether the number starting at {@code first} is a place's population: "a country of 45 million", "home to 970,000". */
  boolean population(List<Token> t, int first) {
    return first >= 2 && (ofWord.has(t.get(first - 1)) && placeNouns.has(t.get(first - 2))
        || toWord.has(t.get(first - 1)) && homes.has(t.get(first - 2)));
  }

  /**
   * Whether the number {@code [first, end)} counts a place's inhabitants: a word for living or
   * population right before it, or before a copula ("де проживає понад 1,4 млрд людей", "с
   * населением 45 млн", "its population is about 970,000"), a place with it ("a country with 30
   * million people"), or a word for inhabitants after it and "of" ("un paese di 60 milioni di
   * abitanti").
   */
  boolean inhabitants(List<Token> t, int first, int end) {
    int b = first - 1;
    while (b >= 1 && populationCopulas.has(t.get(b)) && first - b <= 2) {
      b--; // "its population is about 970,000", "population stands at"
    }
    b = beforePlaceName(t, b);
    if (b >= 0 && populationWords.has(t.get(b))) {
      return anyone(t, end); // not "... 20 тыс. мигрантов"
    }
    if (livesThere(t, end)) {
      return true; // "some 600,000 people live in the republic"
    }
    if (first >= 2 && withWord.has(t.get(first - 1)) && placeNouns.has(t.get(first - 2))) {
      return anyone(t, end); // "a country with 30 million people", not "the region with 5,000 recruits"
    }
    return end + 1 < t.size() && ofWord.has(t.get(end)) && populationWords.has(t.get(end + 1));
  }

  /** The longest run of capitalised words a place's name may have: "the Republic of North Ossetia". */
  private static final int PLACE_NAME_MAX = 4;

  /**
   * The token before "of" and a place's name ending at {@code b} ("population of Tuva", "the
   * population of the Orenburg Region"), or {@code b} when none ends there.
   */
  private int beforePlaceName(List<Token> t, int b) {
    int k = b;
    while (k >= 0 && b - k < PLACE_NAME_MAX && t.get(k).isWord() && t.get(k).isCapitalized()) {
      k--;
    }
    if (k < b && k >= 1 && ofWord.has(t.get(k))) {
      return k - 1;
    }
    if (k < b && k >= 2 && placeArticles.has(t.get(k)) && ofWord.has(t.get(k - 1))) {
      return k - 2;
    }
    return b;
  }

  /**
   * Whether people in general, right after a number ending at {@code end}, are said to live in a
   * place: "about 1.2 million people live in the region", "some 40,000 people reside there".
   */
  private boolean livesThere(List<Token> t, int end) {
    return end + 1 < t.size() && populationPeople.has(t.get(end)) && livingVerbs.has(t.get(end + 1));
  }

  /** Whether nobody in particular is named at {@code end}, after a number: its end, or "people", "inhabitants". */
  private boolean anyone(List<Token> t, int end) {
    return end >= t.size() || !t.get(end).isWord() || populationPeople.has(t.get(end)) || populationWords.has(t.get(end));
  }

  /** The smallest count a population word right after it makes a place's population. */
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  /**
   * Whether the count {@code q} of a million or more is a place's population: a word for
   * inhabitants right after it ("Russland hat rund 146 Millionen Einwohner", "2 million residents").
   */
  boolean populous(List<Token> t, QuantityMention q) {
    return q.low() != null && q.low().compareTo(MILLION) >= 0 && q.end() < t.size()
        && populationWords.has(t.get(q.end()));
  }

  /**
   * Whether the amount starting at {@code first} is an average wage named before it in its
   * sentence ("the median wage of 45,000", "the average monthly wage in Russia, by comparison, is
   * about 90,000"); not when another pay word comes first ("pay is 205,000") or the wage is that of
   * people paid for the war ("the average salary of new recruits is ...").
   */
  boolean averageWage(List<Token> t, int first) {
    for (int k = first - 1; k >= Math.max(0, first - WAGE_REACH); k--) {
      Token x = t.get(k);
      if (x.is(";") || x.is("(") || x.is(":") || x.is(")")) {
        return false;
      }
      if (payWords.has(x) && !wageWords.has(x) || payees.has(x)) {
        return false;
      }
      if (floorWages.has(x) && k > 0 && floors.has(t.get(k - 1)) || wageNouns.has(x)) {
        return true; // "the minimum wage of 22,440 roubles", "Der gesetzliche Mindestlohn liegt bei ..."
      }
      if (wageWords.has(x)) {
        for (int j = k - 1; j >= Math.max(0, k - AVERAGE_REACH); j--) {
          if (averages.has(t.get(j))) {
            return true;
          }
        }
        return averagesAfter.has(t.get(k + 1)); // "il salario medio non supera i 30 dollari"
      }
    }
    return false;
  }

  /**
   * Whether the sentence is about an average wage and names nobody paid by the war: "Средняя
   * зарплата в регионе — около 85 тыс. рублей". The languages whose average word stands right
   * beside the wage word, in either order, define {@code classify.averages}; those that place it
   * farther off use {@link #averageWage}.
   */
  boolean averageWageSentence(List<Token> t) {
    if (sentenceAverages.isEmpty()) {
      return false;
    }
    for (Token x : t) {
      if (wagePayees.has(x)) {
        return false;
      }
    }
    for (int k = 0; k + 1 < t.size(); k++) {
      if (sentenceAverages.has(t.get(k)) && payWords.has(t.get(k + 1))
          || sentenceAverages.has(t.get(k + 1)) && payWords.has(t.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the amount {@code q} is the price of another currency, an exchange rate: "81 roubles
   * to the dollar", "at 41 hryvnias per US dollar", "around 90 roubles against the euro".
   */
  boolean exchangeRate(List<Token> t, QuantityMention q) {
    int k = q.end();
    if (k >= t.size() || !exchangeLinks.has(t.get(k))) {
      return false;
    }
    k++;
    if (k < t.size() && exchangeArticles.has(t.get(k))) {
      k++;
    }
    for (int end = Math.min(t.size(), k + CURRENCY_NAME_REACH); k < end && t.get(k).isWord(); k++) {
      if (lex.money.longest(t, k) != null) {
        return true; // "the dollar", "the US dollar"
      }
    }
    return false;
  }
}
