package dev.muster.parse.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.muster.parse.read.DocumentReader;
import dev.muster.parse.read.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The extractor's first pass on its own, as the stage benchmark runs it: the ranges not to read
 * and the sentences with their tokens.
 */
class ExtractorPassOneTest {

  private static final String EN = "Officials said 300 men had left. Two days later 40 more went.";
  private static final String RU = "Чиновники сообщили, что 300 мужчин были вывезены из города.";
  private static final String LINK = "Read also: Russia lost 1,000 soldiers in a day";

  /** The foreign line before the furniture: the reader lists furniture first, so the order is the sort's. */
  private static final String TEXT = EN + "\n\n" + RU + "\n\n" + LINK + "\n\nShort one.\n";

  private static String spans(List<int[]> ranges) {
    StringBuilder s = new StringBuilder();
    for (int[] r : ranges) {
      s.append(TEXT, r[0], r[1]).append('|');
    }
    return s.toString();
  }

  @Test
  void unreadRangesAreFurnitureAndForeignScriptInTextOrder() {
    SourceDocument doc = DocumentReader.of("pass1.txt", TEXT);
    List<int[]> unread = Extractor.unreadRanges(doc);
    assertEquals(RU + "|" + LINK + "|", spans(unread));
  }

  @Test
  void sentencesSkipTheUnreadRangesAndCarryTheirTokens() {
    SourceDocument doc = DocumentReader.of("pass1.txt", TEXT);
    List<int[]> skipped = new ArrayList<>();
    List<Extractor.Sentence> units = new Extractor().tokenizedSentences(doc.text(), doc.lines(),
        Extractor.unreadRanges(doc), skipped);
    List<String> got = new ArrayList<>();
    for (Extractor.Sentence u : units) {
      StringBuilder keys = new StringBuilder();
      for (Token t : u.tokens) {
        keys.append(t.key).append(' ');
      }
      got.add(u.paragraph + ":" + TEXT.substring(u.span[0], u.span[1]).strip() + " = " + keys.toString().strip());
    }
    assertEquals(List.of(
        "1:Officials said 300 men had left. = officials said 300 men had left .",
        "1:Two days later 40 more went. = two days later 40 more went .",
        "2:Short one. = short one ."), got);
    assertEquals(List.of(), skipped);
  }

  @Test
  void aSentenceNotInLatinScriptIsKeptWithoutTokensAndReported() {
    String text = "Officials said 300 men had left. " + RU;
    SourceDocument doc = DocumentReader.of("mixed.txt", text);
    List<int[]> skipped = new ArrayList<>();
    List<Extractor.Sentence> units = new Extractor().tokenizedSentences(doc.text(), doc.lines(), List.of(), skipped);
    assertEquals(2, units.size());
    assertEquals(false, units.get(0).skip);
    assertEquals(7, units.get(0).tokens.size());
    assertEquals(true, units.get(1).skip);
    assertEquals(0, units.get(1).tokens.size());
    assertEquals(1, skipped.size());
    assertEquals(RU, text.substring(skipped.get(0)[0], skipped.get(0)[1]).strip());
    assertEquals(0, skipped.get(0)[2]);
  }
}
