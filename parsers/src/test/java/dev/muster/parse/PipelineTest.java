package dev.muster.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.muster.Source;
import dev.muster.parse.classify.Figure;
import dev.muster.parse.document.DocumentDate;
import dev.muster.parse.language.English;
import dev.muster.parse.read.DocumentReader;
import dev.muster.parse.read.SourceDocument;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The stages in order on short texts: what the document stage makes of the figures of several
 * sentences, each figure as "mention = sources | origins | period" (reference date 15 June 2024).
 */
class PipelineTest {

  private static final Pipeline PIPELINE = new Pipeline(English.load());

  private static String run(String text) {
    SourceDocument doc = DocumentReader.of("t.txt", text);
    return PIPELINE.figures(doc, PIPELINE.segmenter().split(doc),
        DocumentDate.of(Optional.of(LocalDate.of(2024, 6, 15)), Optional.empty())).stream()
        .map(f -> describe(text, f)).collect(Collectors.joining("; "));
  }

  private static String describe(String text, Figure f) {
    return text.substring(f.mentionStart(), f.mentionEnd()) + " = "
        + f.chain().stream().map(Source::name).collect(Collectors.joining(" > ")) + " | " + f.origins() + " | "
        + f.period();
  }

  @Test
  void anAnaphoricSpeakerTakesTheLastChain() {
    assertEquals("300 = Kremlin | [] | null; 40 = Kremlin | [RU] | null",
        run("The Kremlin said 300 soldiers had signed up. It said 40 soldiers had been killed."));
  }

  @Test
  void aSentenceThatGoesOnWithTheReportTakesTheParagraphsChainButNotAcrossParagraphs() {
    assertEquals("300 = Kremlin | [] | null; 40 = Kremlin | [] | null",
        run("The Kremlin said 300 men had signed up. Of these, 40 soldiers are believed to have been killed."));
    assertEquals("300 = Kremlin | [] | null; 40 =  | [] | null",
        run("The Kremlin said 300 men had signed up.\nOf these, 40 soldiers are believed to have been killed."));
  }

  @Test
  void aPartitiveSentenceTakesTheOriginsAndPeriodOfTheFigureBefore() {
    assertEquals("Some 300 =  | [NP] | 2024-03/2024-03; 12 =  | [NP] | 2024-03/2024-03",
        run("Some 300 Nepali men were recruited in March. Of them, 12 have been killed."));
  }

  @Test
  void aFigureLessSentenceAttributesOrDatesTheFiguresBefore() {
    assertEquals("Some 300 = Mediazona | [NP] | null",
        run("Some 300 Nepali men have been killed. The data comes from research by Mediazona."));
    assertEquals("$2,000 =  | [] | 2024-08-01/2024-12",
        run("Recruits get a bonus of $2,000. A decree offers the bonus to anyone who signs from Aug. 1 "
            + "until the end of 2024."));
  }

  @Test
  void aSourceLineGivesFiguresWithoutSourcesTheirChain() {
    assertEquals("Some 300 = Reuters | [RU] | null", run("Some 300 men were killed.\nSource: Reuters"));
  }

  @Test
  void aBreakdownTakesItsTotalsSourcesAndPeriodAndTheTitleEchoIsDropped() {
    String text = "1,500 foreigners recruited\n\nAt least 1,500 foreigners have been recruited since the start "
        + "of the invasion, the UK Ministry of Defence said. Some 771 came from South and East Asia.";
    assertEquals("At least 1,500 = UK Ministry of Defence | [foreign] | 2022-02-24/2024-06-15; "
        + "Some 771 = UK Ministry of Defence | [east-asia, south-asia] | 2022-02-24/2024-06-15", run(text));
  }
}
