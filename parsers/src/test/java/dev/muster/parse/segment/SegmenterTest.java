package dev.muster.parse.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.util.ULocale;
import dev.muster.parse.TestLexicon;
import dev.muster.parse.read.DocumentReader;
import dev.muster.parse.read.SourceDocument;
import dev.muster.parse.read.TextRange;
import dev.muster.parse.token.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Stage segment on its own: the ranges not to read, the paragraphs and sentences with their
 * tokens, abbreviations that do not end a sentence, and the sentences skipped and why.
 */
class SegmenterTest {

  private static final Segmenter SEGMENTER = new Segmenter(TestLexicon.ENGLISH, new ULocale("en@ss=standard"));
  private static final String EN = "Officials said 300 men had left. Two days later 40 more went.";
  private static final String RU = "Чиновники сообщили, что 300 мужчин были вывезены из города.";
  private static final String LINK = "Read also: Russia lost 1,000 soldiers in a day";

  /** The foreign line before the furniture: the reader lists furniture first, so the order is the sort's. */
  private static final String TEXT = EN + "\n\n" + RU + "\n\n" + LINK + "\n\nShort one.\n";

  private static String spans(String text, List<TextRange> ranges) {
    StringBuilder s = new StringBuilder();
    for (TextRange r : ranges) {
      s.append(text, r.start(), r.end()).append('|');
    }
    return s.toString();
  }

  /** Each sentence as "paragraph:text = keys". */
  private static List<String> sentences(String text, Segments segments) {
    List<String> got = new ArrayList<>();
    for (Sentence u : segments.sentences()) {
      StringBuilder keys = new StringBuilder();
      for (Token t : u.tokens()) {
        keys.append(t.key).append(' ');
      }
      got.add(u.paragraph() + ":" + text.substring(u.start(), u.end()) + " = " + keys.toString().strip());
    }
    return got;
  }

  @Test
  void unreadRangesAreFurnitureAndForeignScriptInTextOrder() {
    SourceDocument doc = DocumentReader.of("pass1.txt", TEXT);
    assertEquals(RU + "|" + LINK + "|", spans(TEXT, Segmenter.unreadRanges(doc)));
  }

  @Test
  void sentencesSkipTheUnreadRangesAndCarryTheirTokens() {
    Segments s = SEGMENTER.split(DocumentReader.of("pass1.txt", TEXT));
    assertEquals(List.of(
        "1:Officials said 300 men had left. = officials said 300 men had left .",
        "1:Two days later 40 more went. = two days later 40 more went .",
        "2:Short one. = short one ."), sentences(TEXT, s));
    assertEquals(List.of(), s.skipped());
  }

  @Test
  void aSentenceNotInLatinScriptIsKeptWithoutTokensAndReported() {
    String text = "Officials said 300 men had left. " + RU;
    SourceDocument doc = DocumentReader.of("mixed.txt", text);
    Segments s = SEGMENTER.split(doc.text(), doc.lines(), List.of());
    assertEquals(2, s.sentences().size());
    assertEquals(Optional.empty(), s.sentences().get(0).skip());
    assertEquals(7, s.sentences().get(0).tokens().size());
    assertEquals(Optional.of(SkipReason.NOT_LATIN), s.sentences().get(1).skip());
    assertEquals(0, s.sentences().get(1).tokens().size());
    assertEquals(1, s.skipped().size());
    assertEquals(RU, text.substring(s.skipped().get(0).start(), s.skipped().get(0).end()));
    assertEquals(SkipReason.NOT_LATIN, s.skipped().get(0).reason());
    assertEquals(RU.length() + " characters not mostly in Latin script: not read by the English rules",
        s.skipped().get(0).describe());
  }

  @Test
  void aSentenceTooLongIsSkippedWithItsReason() {
    String longOne = "Men " + "and more men ".repeat(400) + "left.";
    String text = "Officials said 300 men had left.\n" + longOne;
    Segments s = SEGMENTER.split(DocumentReader.of("long.txt", text));
    assertEquals(Optional.of(SkipReason.TOO_LONG), s.sentences().get(1).skip());
    assertEquals(List.of(), s.sentences().get(1).tokens());
    assertEquals("a sentence of " + longOne.length() + " characters, longer than the rules read (4000): "
        + "no figures taken from it", s.skipped().get(0).describe());
  }

  @Test
  void aFullStopAfterAnAbbreviationEndsNoSentence() {
    String text = "On Feb. 24 about 300 men left. Mr. Smith said so. The U.K. Ministry of Defence agreed.";
    Segments s = SEGMENTER.split(DocumentReader.of("abbr.txt", text));
    assertEquals(List.of("On Feb. 24 about 300 men left.", "Mr. Smith said so.",
        "The U.K. Ministry of Defence agreed."),
        s.sentences().stream().map(u -> text.substring(u.start(), u.end())).toList());
  }

  @Test
  void eachLineIsAParagraph() {
    String text = "First line. Still first.\nSecond line.\n\nThird line.";
    Segments s = SEGMENTER.split(DocumentReader.of("lines.txt", text));
    assertEquals(List.of(1, 1, 2, 3), s.sentences().stream().map(Sentence::paragraph).toList());
  }
}
