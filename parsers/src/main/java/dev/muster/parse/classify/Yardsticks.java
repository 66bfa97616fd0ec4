package dev.muster.parse.classify;

import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.util.List;

/**
 * Numbers that measure something other than the people or their pay, set beside them as a
 * yardstick: a place's population ("an island of about 10 million people", "a nation of 45
 * million") and a typical civilian wage ("compared with a typical salary of 40,000 roubles", "the
 * median wage of 45,000 roubles"). An average bonus is still pay.
 *
 * <p>Immutable and thread-safe.
 */
final class Yardsticks {

  /** How far before an amount the wage it is may be named. */
  private static final int WAGE_REACH = 10;
  /** How far before a wage word the word making it an average may stand ("the average monthly wage"). */
  private static final int AVERAGE_REACH = 3;

  private final Words ofWord;
  private final Words placeNouns;
  private final Words averages;
  /** "проживає", "Einwohner", "abitanti": words of a place's inhabitants around a number. */
  private final Words populationWords;
  /** "людей", "человек": people in general, whom a word for living before them makes inhabitants. */
  private final Words populationPeople;
  private final Words wageWords;
  private final Words payWords;
  private final Words payees;
  /** "средняя" in "средняя зарплата": a pay word beside it is the average civilian wage. */
  private final Words sentenceAverages;
  /** The people an average wage is set against ("soldiers earn ..., five times the average wage"). */
  private final Words wagePayees;

  Yardsticks(Lexicon lex) {
    this.ofWord = lex.optionalWords("classify.of");
    this.placeNouns = lex.optionalWords("classify.population-places");
    this.averages = lex.optionalWords("classify.yardstick-averages");
    this.populationWords = lex.optionalWords("classify.population-words");
    this.populationPeople = lex.optionalWords("classify.population-people");
    this.wageWords = lex.optionalWords("classify.wage-words");
    this.payWords = lex.optionalWords("classify.pay-words");
    this.payees = lex.optionalWords("classify.payees");
    this.sentenceAverages = lex.optionalWords("classify.averages");
    this.wagePayees = lex.optionalWords("classify.wage-payees").union(payees);
  }

  /** Whether the number starting at {@code first} is a place's population: "a country of 45 million". */
  boolean population(List<Token> t, int first) {
    return first >= 2 && ofWord.has(t.get(first - 1)) && placeNouns.has(t.get(first - 2));
  }

  /**
   * Whether the number {@code [first, end)} counts a place's inhabitants: a word for living or
   * population right before it ("де проживає понад 1,4 млрд людей", "с населением 45 млн") or a
   * word for inhabitants after it and "of" ("un paese di 60 milioni di abitanti").
   */
  boolean inhabitants(List<Token> t, int first, int end) {
    if (first >= 1 && populationWords.has(t.get(first - 1))) {
      return end >= t.size() || !t.get(end).isWord() || populationPeople.has(t.get(end)); // not "... 20 тыс. мигрантов"
    }
    return end + 1 < t.size() && ofWord.has(t.get(end)) && populationWords.has(t.get(end + 1));
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
      if (wageWords.has(x)) {
        for (int j = k - 1; j >= Math.max(0, k - AVERAGE_REACH); j--) {
          if (averages.has(t.get(j))) {
            return true;
          }
        }
        return false;
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
}
