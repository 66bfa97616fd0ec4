package dev.muster.parse.document;

import static dev.muster.parse.document.Figures.figure;
import static dev.muster.parse.document.Figures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.muster.Measure;
import dev.muster.Origin;
import dev.muster.Period;
import dev.muster.Source;
import dev.muster.parse.classify.Figure;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A breakdown inherits its total's period and sources; a quota its national target's period. */
class BreakdownsTest {

  private static final Breakdowns RULE = new Breakdowns();
  private static final Period SINCE_2022 = Period.parse("2022-02/2024-05");
  private static final Source MOD = source("UK Ministry of Defence");

  @Test
  void aPartOfAForeignTotalTakesItsPeriodAndSources() {
    Figure total = figure(Measure.RECRUITED, 1500, Set.of(Origin.FOREIGN), true, SINCE_2022, List.of(MOD), 1, 0);
    Figure part = figure(Measure.RECRUITED, 771, Set.of(Origin.of("south-asia")), 20);
    List<Figure> out = RULE.apply(List.of(total, part));
    assertEquals(SINCE_2022, out.get(1).period());
    assertEquals(List.of(MOD), out.get(1).chain());
    assertEquals(total, out.get(0));
  }

  @Test
  void aPartLargerThanTheTotalOrOfAnotherMeasureIsNoBreakdown() {
    Figure total = figure(Measure.RECRUITED, 1500, Set.of(Origin.FOREIGN), true, SINCE_2022, List.of(MOD), 1, 0);
    Figure larger = figure(Measure.RECRUITED, 2000, Set.of(Origin.of("NP")), 20);
    Figure killed = figure(Measure.KILLED, 100, Set.of(Origin.of("NP")), 40);
    List<Figure> out = RULE.apply(List.of(total, larger, killed));
    assertNull(out.get(1).period());
    assertNull(out.get(2).period());
    assertEquals(List.of(), out.get(2).chain());
  }

  @Test
  void aPartWithItsOwnSourcesPutsTheTotalsBeforeThem() {
    Source other = source("Nepal Police");
    Figure total = figure(Measure.RECRUITED, 1500, Set.of(Origin.FOREIGN), true, SINCE_2022, List.of(MOD), 1, 0);
    Figure part = figure(Measure.RECRUITED, 700, Set.of(Origin.of("NP")), true, null, List.of(other), 1, 20);
    assertEquals(List.of(MOD, other), RULE.apply(List.of(total, part)).get(1).chain());
  }

  @Test
  void aRegionalQuotaTakesTheNationalTargetsPeriod() {
    Figure national = figure(Measure.FORCE_TARGET, 180_000, Set.of(Origin.of("RU")), false, SINCE_2022, List.of(),
        1, 0);
    Figure region = figure(Measure.FORCE_TARGET, 10_000, Set.of(Origin.of("RU")), 20);
    assertEquals(SINCE_2022, RULE.apply(List.of(national, region)).get(1).period());
    assertNull(RULE.apply(List.of(region, national)).get(0).period(), "a quota before its target takes nothing");
  }
}
