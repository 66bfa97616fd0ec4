package dev.muster.parse.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.muster.Origin;
import dev.muster.Source;
import dev.muster.parse.TestLexicon;
import dev.muster.parse.token.Token;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Stage attribution on single sentences: the framed sources with their roles, and the chain. */
class AttributionFinderTest {

  private static final AttributionFinder FINDER = new AttributionFinder(TestLexicon.ENGLISH);

  private static String framed(SentenceAttribution a) {
    return a.found().stream().map(f -> f.source().name() + ":" + f.role()).collect(Collectors.joining(", "));
  }

  private static String chain(SentenceAttribution a) {
    return a.chain().stream().map(Source::name).collect(Collectors.joining(" > "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      According to the UK Ministry of Defence, 300 men died.       | UK Ministry of Defence:SPEAKER                  | UK Ministry of Defence
      Russia lost 300 men, the Kremlin said.                      | Kremlin:SPEAKER                                 | Kremlin
      Reuters, citing Mediazona, reported 300 deaths.            | Reuters:SPEAKER, Mediazona:INNER                | Reuters > Mediazona
      Mediazona and Meduza reported 300 deaths.                   | Mediazona:SPEAKER, Meduza:SPEAKER               | Mediazona > Meduza
      The figure was cited by Reuters.                            | Reuters:OUTER                                   | Reuters
      According to a study by Mediazona, 300 men died.            | Mediazona:INNER                                 | Mediazona
      The Kremlin ordered 300 men to the front.                   | ''                                              | ''
      """)
  void framesAndRoles(String sentence, String found, String chain) {
    SentenceAttribution a = FINDER.find(TestLexicon.tokens(sentence), List.of());
    assertEquals(found.strip(), framed(a));
    assertEquals(chain.strip(), chain(a));
  }

  @Test
  void aNameOutsideAFrameIsNamedButNotASource() {
    SentenceAttribution a = FINDER.find(TestLexicon.tokens("The Kremlin ordered 300 men to the front."), List.of());
    assertEquals(List.of("Kremlin"), a.names().stream().map(Source::name).toList());
    assertEquals(true, a.inName(1));
    assertEquals(false, a.inName(2));
    assertEquals(false, a.anaphor());
    assertEquals(true, a.isEmpty());
  }

  @Test
  void anAnaphoricSpeakerIsMarkedForTheDocumentToResolve() {
    SentenceAttribution a = FINDER.find(TestLexicon.tokens("It said 300 men had died."), List.of());
    assertEquals(List.of(), a.found());
    assertEquals(true, a.anaphor());
    assertEquals(false, FINDER.find(TestLexicon.tokens("It was found that 300 men had died."), List.of()).anaphor());
  }

  @Test
  void aGenericNameStandsForTheLatestBodyNamedWithItsKeyword() {
    Source ukraine = TestLexicon.ENGLISH.sources.longest(TestLexicon.tokens("Ministry of Defence of Ukraine"), 0).value;
    Source kremlin = TestLexicon.ENGLISH.sources.longest(TestLexicon.tokens("Kremlin"), 0).value;
    SentenceAttribution a = FINDER.find(TestLexicon.tokens("The defence ministry said 300 men died."),
        List.of(kremlin, ukraine));
    assertEquals("Ukrainian Ministry of Defence", chain(a));
    SentenceAttribution none = FINDER.find(TestLexicon.tokens("The defence ministry said 300 men died."), List.of());
    assertEquals("", chain(none), "no earlier body and no country: the generic name stands for none");
    SentenceAttribution hinted = FINDER.find(TestLexicon.tokens("The defence ministry said 300 men died."),
        List.of(), List.of(Origin.of("UA")));
    assertEquals("Ukrainian Ministry of Defence", chain(hinted));
  }

  @Test
  void reportsAtTellsAReportingVerbFromAnAction() {
    List<Token> said = TestLexicon.tokens("Officials said 300 men died.");
    List<Token> announced = TestLexicon.tokens("Officials announced a new partial mobilisation of reservists.");
    List<Token> reported = TestLexicon.tokens("Officials announced that 300 men died.");
    assertEquals(true, FINDER.reportsAt(said, 1));
    assertEquals(false, FINDER.reportsAt(announced, 1));
    assertEquals(true, FINDER.reportsAt(reported, 1));
    assertEquals(false, FINDER.reportsAt(said, 0));
  }
}
