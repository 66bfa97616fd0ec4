package dev.muster.parse.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.muster.parse.lexicon.Lexicon;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The number grammar of Russian, Ukrainian, German and Italian on its own: the number read at a
 * token, and where it ends.
 */
class CommaNumeralsTest {

  private static final Lexicon RU = Lexicon.load("ru");
  private static final Lexicon UK = Lexicon.load("uk");
  private static final CommaNumerals RUSSIAN = new CommaNumerals(RU);
  private static final CommaNumerals UKRAINIAN = new CommaNumerals(UK);
  private static final Lexicon DE = Lexicon.load("de");
  private static final Lexicon IT = Lexicon.load("it");
  private static final CommaNumerals GERMAN = new CommaNumerals(DE);
  private static final CommaNumerals ITALIAN = new CommaNumerals(IT);

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

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      19.547 Mobilisierte              | 0 | 19547 1
      1,5 Millionen Soldaten           | 0 | 1500000 scaled 2
      2,39 Mio. Personen               | 0 | 2390000 scaled 3
      147 Tsd. Rekruten                | 0 | 147000 scaled 3
      190\u00a0000 Zeitsoldaten           | 0 | 190000 2
      zwölftausend Soldaten            | 0 | 12000 words scaled 1
      Zweitausend Kubaner              | 0 | 2000 words scaled 1
      dreiundzwanzig Männer            | 0 | 23 words 1
      zweihundertfünfzig Rekruten      | 0 | 250 words 1
      zwei Millionen Menschen          | 0 | 2000000 words scaled 2
      eine halbe Million Soldaten      | 0 | 500000 words scaled 3
      zwei Dutzend Syrer               | 0 | 24 words scaled 2
      mit einem Vertrag                | 1 | none
      Zehntausende Soldaten            | 0 | magnitude 20000-99999 1
      mehrere Zehntausend Männer       | 0 | magnitude 20000-99999 2
      Zwielicht                        | 0 | none
      """)
  void german(String text, int at, String expected) {
    assertEquals(expected, read(DE, GERMAN, text, at));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      1.500 stranieri                  | 0 | 1500 1
      1,5 milioni di militari          | 0 | 1500000 scaled 2
      11mila soldati                   | 0 | 11000 scaled 2
      15 mila soldati                  | 0 | 15000 scaled 2
      diecimila soldati                | 0 | 10000 words scaled 1
      duemila cubani                   | 0 | 2000 words scaled 1
      un milione di russi              | 0 | 1000000 words scaled 2
      mezzo milione di soldati         | 0 | 500000 words scaled 2
      un migliaio di migranti          | 0 | 1000 words scaled 2
      un contratto                     | 0 | none
      centinaia di migliaia di uomini  | 0 | magnitude 200000-999999 3
      """)
  void italian(String text, int at, String expected) {
    assertEquals(expected, read(IT, ITALIAN, text, at));
  }
}
