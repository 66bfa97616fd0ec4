package dev.muster.parse.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {

  @ParameterizedTest(name = "[{index}] {1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The ministry said 1,500 men were recruited in the spring.   | en",
        "Міністерство повідомило, що її завербували 1500 чоловіків.  | uk",
        "Министерство сообщило, что было завербовано 1500 мужчин.    | ru",
        "Србија Београд                                              | und",
        "1,500 2,000 3.5                                             | und",
        "北京 上海                                                    | und",
        "Nepal Russia Moscow                                         | und",
        "Viele zahlten Vermittlern vorher bis zu 9.000 Euro.         | de",
        "Nach Angaben britischer Geheimdienste haben 1.500 Ausländer | de",
        "Secondo l'intelligence britannica, circa 1.500 stranieri    | it",
        "Планируется призвать 130 тысяч человек                      | ru",
        "Планується призвати 130 тисяч осіб                          | uk",
        "Полиция Непала арестовала 23 человека по делу о вербовке.   | ru",
        "Die Welt said the men were recruited                        | en",
      })
  void documentLanguage(String text, String language) {
    assertEquals(language, DocumentReader.of("l.txt", text).language());
  }

  @Test
  void foreignScriptMarksMostlyCyrillicLinesOnly() {
    String en = "Officials said 300 men had left the region in the weeks before the vote.";
    String ru = "  Чиновники сообщили, что 300 мужчин были вывезены.";
    String mixed = "He said 300 had left, \"все уехали\".";
    String text = en + "\n" + ru + "\r\n" + mixed + "\rOK\n";
    SourceDocument doc = DocumentReader.of("mix.txt", text);
    int ruStart = en.length() + 1 + 2;
    assertEquals(
        List.of(TextRange.of(ruStart, ruStart + ru.length() - 2, RangeKind.FOREIGN_SCRIPT)),
        doc.foreignScript());
    assertEquals("en", doc.language());
    assertEquals("ru", doc.languageOf(ruStart, ruStart + ru.length() - 2));
  }

  @Test
  void paragraphLanguageIsGuessedParagraphByParagraph() {
    String en = "Officials said 300 men had left the region.";
    String de = "Die Familien erhalten bis zu 9.000 Euro.";
    String uk = "Понад 1500 іноземців підписали контракти.";
    String text = en + "\n" + de + "\n" + uk;
    SourceDocument doc = DocumentReader.of("p.txt", text);
    assertEquals("en", doc.paragraphLanguage(0, en.length()));
    int d = en.length() + 1;
    assertEquals("de", doc.paragraphLanguage(d, d + de.length()));
    int u = d + de.length() + 1;
    assertEquals("uk", doc.paragraphLanguage(u, text.length()));
    assertTrue(doc.isCyrillicRun(u, text.length()));
    assertFalse(doc.isCyrillicRun(0, en.length()));
  }

  @Test
  void latinRunAtTheCharacterLevel() {
    String text = "Russia recruited 15,000 men, передає агентство Укрінформ.";
    SourceDocument doc = DocumentReader.of("run.txt", text);
    int tail = text.indexOf("передає");
    assertTrue(doc.isLatinRun(0, tail));
    assertFalse(doc.isLatinRun(tail, text.length()));
    // 27 Latin letters, 26 Cyrillic letters: below 70% Latin
    assertFalse(doc.isLatinRun(0, text.length()));
    assertTrue(doc.isLatinRun(17, 23), "digits only: no letters counts as Latin");
    assertTrue(doc.isLatinRun(5, 5));
  }

  @Test
  void accentedLatinLettersAreLatin() {
    SourceDocument doc = DocumentReader.of("acc.txt", "Kraków, Łódź and Zürich said");
    assertTrue(doc.isLatinRun(0, doc.text().length()));
    assertEquals("en", doc.language());
  }

  @Test
  void rangesOutsideTheTextAreRejected() {
    SourceDocument doc = DocumentReader.of("r.txt", "abc");
    assertThrows(IndexOutOfBoundsException.class, () -> doc.isLatinRun(2, 4));
    assertThrows(IndexOutOfBoundsException.class, () -> doc.languageOf(-1, 2));
    assertThrows(IndexOutOfBoundsException.class, () -> doc.overlapsExcluded(3, 2));
  }
}
