package dev.muster.parse.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.muster.parse.TestLexicon;
import dev.muster.parse.token.Token;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stage quantity on single sentences: each quantity found, as "mention = QUALIFIER low..high
 * [currency] [/rate]", and the numbers that are no count.
 */
class QuantityFinderTest {

  private static final QuantityFinder FINDER =
      new QuantityFinder(TestLexicon.ENGLISH, new EnglishNumerals(TestLexicon.ENGLISH));

  /** The quantities of {@code sentence}, one "mention = value" each, joined by "; ". */
  static String found(String sentence) {
    List<Token> t = TestLexicon.tokens(sentence);
    return FINDER.find(t).stream().map(q -> {
      String mention = sentence.substring(t.get(q.first()).start, t.get(q.end() - 1).end());
      return mention + " = " + q;
    }).collect(Collectors.joining("; "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Officials said 300 men had left.                  | 300 = EXACT 300..300
      More than 1,500 foreign nationals signed up.      | More than 1,500 = MORE_THAN 1500..null
      At least 12 were killed and up to 40 wounded.     | At least 12 = AT_LEAST 12..null; up to 40 = AT_MOST null..40
      It put the figure at between 14,000 and 15,000.    | between 14,000 and 15,000 = RANGE 14000..15000
      From 10 to 15 recruits a week arrived.            | From 10 to 15 = RANGE 10..15
      Hundreds of men fled.                             | Hundreds = MAGNITUDE 200..999
      Tens of thousands of men fled.                    | Tens of thousands = MAGNITUDE 20000..99999
      A dozen recruits came home.                       | A dozen = APPROXIMATE 12..12
      He counted 1,500 or more men.                     | 1,500 or more = AT_LEAST 1500..null
      Some 1,500 or more men joined.                    | Some 1,500 = APPROXIMATE 1500..1500
      He listed 1,500+ names.                           | 1,500+ = MORE_THAN 1500..null
      Recruits were paid $2,000 a month.                | $2,000 = EXACT 2000..2000 USD/MONTH
      They got a $2,000-a-month salary.                 | $2,000 = EXACT 2000..2000 USD/MONTH
      The bonus is 400,000 rubles ($4,600).             | 400,000 rubles = EXACT 400000..400000 RUB; $4,600 = EXACT 4600..4600 USD
      Between 1-2 million people left.                  | Between 1-2 million = RANGE 1000000..2000000
      About 1.5 million served.                         | About 1.5 million = APPROXIMATE 1500000.0..1500000.0
      It has two hundred and fifty men.                 | two hundred and fifty = EXACT 250..250
      Half a million men were called up.                | Half a million = EXACT 500000.0..500000.0
      Some 300k people left, not 300 k.                 | Some 300k = APPROXIMATE 300000..300000; 300 = EXACT 300..300
      An 11,000-strong force gathered.                  | 11,000 = EXACT 11000..11000
      The 1 000 5 groups: only the chain is dropped.    | 5 = EXACT 5..5
      """)
  void findsQuantities(String sentence, String expected) {
    assertEquals(expected.strip(), found(sentence));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      In 2024 the war went on.
      On 27 April and April 8 they met.
      About 90% and 40 percent agreed.
      Men aged 18 to 30 are called up.
      The F-16 and Covid-19 and the Su-34 flew.
      See page 3 and No. 5 and #7.
      Call +7 at 10:30.
      One of the attackers ran.
      Three-quarters of them stayed.
      It was a 30-day contract.
      The 1990s and the 3rd brigade.
      """)
  void findsNoCountIn(String sentence) {
    assertEquals("", found(sentence));
  }
}
