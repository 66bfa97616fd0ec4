package dev.muster.parse.document;

import static dev.muster.parse.document.Figures.figure;
import static dev.muster.parse.document.Figures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.muster.Estimate;
import dev.muster.Measure;
import dev.muster.Origin;
import dev.muster.Period;
import dev.muster.parse.TestLexicon;
import dev.muster.parse.classify.Figure;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The figures that stand become estimates, the sentence their evidence. */
class EstimatesTest {

  private static final Estimates ESTIMATES = new Estimates(TestLexicon.ENGLISH);
  private static final String TEXT = "Some 300 men and 40 women died, the Kremlin said.";

  @Test
  void eachFigureIsAnEstimateWithItsSentenceAsEvidence() {
    Period may = Period.parse("2024-05/2024-05");
    Figure men = figure(Measure.KILLED, 300, Set.of(Origin.of("RU")), true, may,
        List.of(source("Kremlin"), source("Kremlin")), 1, 0);
    Figure women = figure(Measure.KILLED, 40, Set.of(Origin.of("RU"), Origin.of("UA")), 0);
    List<Estimate> out = ESTIMATES.of("t.txt", TEXT, List.of(men, women));
    assertEquals(2, out.size());
    Estimate e = out.get(0);
    assertEquals("t.txt", e.documentId());
    assertEquals(Measure.KILLED, e.measure());
    assertEquals("300", e.quantity().low().get().toPlainString());
    assertEquals(Optional.of(may), e.period());
    assertEquals(List.of("Kremlin"), e.attribution().chain().stream().map(s -> s.name()).toList(),
        "a source twice in the chain is named once");
    assertEquals("Som", e.mention());
    assertEquals(List.of(Origin.of("RU")), List.copyOf(e.cohort().origins()));
    assertSame(e.evidence(), out.get(1).evidence(), "one sentence, one evidence");
    assertEquals(List.of(Origin.of("RU"), Origin.of("UA")), List.copyOf(out.get(1).cohort().origins()));
    assertSame(e.cohort(), ESTIMATES.of("u.txt", TEXT, List.of(men)).get(0).cohort(), "one origin, one cohort");
  }
}
