package dev.muster.parse.document;

import static dev.muster.parse.document.Figures.figure;
import static dev.muster.parse.document.Figures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.muster.Measure;
import dev.muster.Origin;
import dev.muster.Period;
import dev.muster.parse.classify.Figure;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One record per claim: title echoes dropped, repeats merged into the richest, text order. */
class ClaimsTest {

  private static final Claims RULE = new Claims();
  private static final String TEXT = "1,541 foreigners recruited\n\nAt least 1,541 foreign nationals joined. And more.";

  @Test
  void aTitleFigureTheBodyStatesAgainIsDropped() {
    Figure title = figure(Measure.RECRUITED, 1541, Set.of(Origin.FOREIGN), 0);
    Figure body = figure(Measure.RECRUITED, 1541, Set.of(Origin.FOREIGN), true, null, List.of(), 2, 28);
    assertEquals(List.of(body), RULE.apply(List.of(title, body), TEXT, 0));
  }

  @Test
  void aTitleFigureOfAnotherMeasureWithTheSameBoundsIsDropped() {
    Figure title = figure(Measure.KILLED, 1541, Set.of(Origin.FOREIGN), 0);
    Figure body = figure(Measure.RECRUITED, 1541, Set.of(Origin.FOREIGN), true, null, List.of(), 2, 28);
    assertEquals(List.of(body), RULE.apply(List.of(title, body), TEXT, 0));
  }

  @Test
  void aTitleFigureOfAnotherMeasureAndOtherBoundsStays() {
    Figure title = figure(Measure.KILLED, 1540, Set.of(Origin.FOREIGN), 0);
    Figure body = figure(Measure.RECRUITED, 1541, Set.of(Origin.FOREIGN), true, null, List.of(), 2, 28);
    assertEquals(List.of(title, body), RULE.apply(List.of(title, body), TEXT, 0));
  }

  @Test
  void repeatsAreOneClaimKeptFromTheRichestWithWhatTheOthersAdd() {
    Period may = Period.parse("2024-05/2024-05");
    Figure plain = figure(Measure.KILLED, 300, Set.of(Origin.of("NP")), true, may, List.of(), 2, 40);
    Figure sourced = figure(Measure.KILLED, 300, Set.of(), false, null, List.of(source("Nepal Police")), 2, 30);
    List<Figure> out = RULE.apply(List.of(plain, sourced), TEXT, 0);
    assertEquals(1, out.size());
    assertEquals(30, out.get(0).mentionStart(), "the sourced statement is the richer");
    assertEquals(may, out.get(0).period());
    assertEquals(Set.of(Origin.of("NP")), out.get(0).origins());
  }

  @Test
  void theResultIsInTextOrder() {
    Figure late = figure(Measure.KILLED, 1, Set.of(), false, null, List.of(), 2, 60);
    Figure early = figure(Measure.KILLED, 2, Set.of(), false, null, List.of(), 2, 30);
    assertEquals(List.of(early, late), RULE.apply(List.of(late, early), TEXT, 0));
  }
}
