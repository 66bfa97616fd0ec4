package dev.muster.parse.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.muster.parse.lexicon.Lexicon;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Russian and Ukrainian number grammar on its own: the number read at a token, and where it ends. */
class CommaNumeralsTest {

  private static final Lexicon RU = Lexicon.load("ru");
  private static final Lexicon UK = Lexicon.load("uk");
  private static final CommaNumerals RUSSIAN = new CommaNumerals(RU);
  private static final CommaNumerals UKRAINIAN = new CommaNumerals(UK);

  /** "value words scaled end", or "magnitude low-high end", or "malformed end", or "none". */
  private static String read(Lexicon lex, CommaNumerals numerals, String text, int at) {
    return NumberReads.describe(numerals.read(lex.tokenizer().tokenize(text, 0, text.length()), at));
  }


  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      19 547 мобилизованных            | 0 | 19547 2
      190\u00a0000 человек                 | 0 | 190000 2
      1\u202f214 военных                   | 0 | 1214 2
      4.580 человек                    | 0 | 4580 1
      1,5 тыс. иностранцев             | 0 | 1500 scaled 3
      147 тыс. призывников             | 0 | 147000 scaled 3
      2,39 миллиона человек            | 0 | 2390000 scaled 2
      1 000 5                          | 0 | malformed 2
      Тысяча добровольцев              | 0 | 1000 words scaled 1
      Пять тысяч заключённых           | 0 | 5000 words scaled 2
      более двух тысяч кубинцев        | 1 | 2000 words scaled 3
      около полутора тысяч граждан     | 1 | 1500 words scaled 3
      сто двадцать пять человек        | 0 | 125 words 3
      около тысячи мигрантов           | 1 | 1000 words scaled 2
      тысячи мигрантов                 | 0 | magnitude 2000-9999 1
      десятки тысяч человек            | 0 | magnitude 20000-99999 2
      млн рублей                       | 0 | none
      полмиллиона россиян              | 0 | 500000 words 1
      """)
  void russian(String text, int at, String expected) {
    assertEquals(expected, read(RU, RUSSIAN, text, at));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      понад 1500 іноземців             | 1 | 1500 2
      п'ять тисяч осіб                 | 0 | 5000 words scaled 2
      півтори тисячі                   | 0 | 1500 words scaled 2
      10 тис. осіб                     | 0 | 10000 scaled 3
      близько тисячі                   | 1 | 1000 words scaled 2
      сотні тисяч                      | 0 | magnitude 200000-999999 2
      Понад півмільйона росіян         | 1 | 500000 words 2
      """)
  void ukrainian(String text, int at, String expected) {
    assertEquals(expected, read(UK, UKRAINIAN, text, at));
  }
}
