package dev.muster.parse.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.util.ULocale;
import dev.muster.Origin;
import dev.muster.parse.TestLexicon;
import dev.muster.parse.read.DocumentReader;
import dev.muster.parse.segment.Segmenter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The first pass: what people a document is about, its places, its mentions of Russia. */
class TopicsTest {

  private static final Segmenter SEGMENTER = new Segmenter(TestLexicon.ENGLISH, new ULocale("en@ss=standard"));
  private static final Topics TOPICS = new Topics(TestLexicon.ENGLISH);

  private static DocumentTopic of(String text) {
    return TOPICS.of(SEGMENTER.split(DocumentReader.of("t.txt", text)));
  }

  @Test
  void theDemonymOfMostPeopleNounsIsTheTopic() {
    DocumentTopic t = of("Nepali recruits went to Russia. Nepali men died in Ukraine. Indian workers left Moscow.");
    assertEquals(Optional.of(Origin.of("NP")), t.topic());
    assertEquals(2, t.russiaMentions());
    assertEquals(List.of(List.of(Origin.of("NP"), Origin.of("RU")), List.of(Origin.of("NP"), Origin.of("UA")),
        List.of(Origin.of("IN"))), t.countries());
    assertEquals(2, t.placeCounts().get(Origin.of("NP")));
    assertEquals(List.of(Origin.of("NP"), Origin.of("RU"), Origin.of("NP")), t.hints(0));
  }

  @Test
  void noDemonymStandsOutWithoutTwoOfThemOrMostOfThem() {
    assertEquals(Optional.empty(), of("Nepali recruits went to Russia.").topic());
    assertEquals(Optional.empty(),
        of("Nepali recruits left. Nepali men died. Indian workers left. Indian men died.").topic());
  }
}
