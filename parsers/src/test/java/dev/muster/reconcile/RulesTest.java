package dev.muster.reconcile;

import static dev.muster.reconcile.Fixtures.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.muster.Attribution;
import dev.muster.CohortCategory;
import dev.muster.Estimate;
import dev.muster.Evidence;
import dev.muster.Measure;
import dev.muster.Period;
import dev.muster.Qualifier;
import dev.muster.Quantity;
import dev.muster.RecruitCohort;
import dev.muster.Report;
import dev.muster.Source;
import dev.muster.SourceKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The reconciler's rules on hand-built reports, for the cases the parser's output alone does
 * not produce: a retelling that contradicts itself, months against their year, kinds of people
 * as parts, same-value traps, plans, and the rounding, period and decree rules themselves.
 */
class RulesTest {

  private static final Source MOD = Fixtures.MOD;
  private static final Source MOD_RU = Source.of("Russian Ministry of Defence",
      SourceKind.GOVERNMENT);
  private static final Source HUR = Source.of("Ukrainian intelligence",
      SourceKind.INTELLIGENCE_SERVICE);

  /** One figure of a sentence: its words, what it counts and the rest of the estimate. */
  private static Estimate figure(String doc, int at, String sentence, String mention,
      Measure measure, Quantity q, String origins, Optional<CohortCategory> category,
      Optional<Period> period, Source... chain) {
    return Estimate.builder().documentId(doc).quantity(q).measure(measure)
        .cohort(RecruitCohort.builder().addAllOrigins(Fixtures.origins(origins))
            .category(category).build())
        .period(period).attribution(Attribution.of(chain)).mention(mention)
        .evidence(Evidence.builder().documentId(doc).start(at).end(at + sentence.length())
            .text(sentence).build()).build();
  }

  private static Estimate figure(String doc, int at, String sentence, String mention,
      Measure measure, Quantity q, String origins, Optional<Period> period, Source... chain) {
    return figure(doc, at, sentence, mention, measure, q, origins, Optional.empty(), period,
        chain);
  }

  private static Optional<Period> to(LocalDate start, LocalDate end) {
    return Optional.of(Period.builder().start(start).end(end).build());
  }

  private static List<String> texts(List<?> values) {
    return values.stream().map(Object::toString).collect(Collectors.toList());
  }

  @Test
  void aRetellingThatContradictsItselfIsAMeasureConflict() {
    String s1 = "Some 260,000 soldiers were killed this year, the ministry said.";
    String s2 = "The ministry put losses, killed and wounded, at around 236,000 by July.";
    Reconciliation r = Reconciler.defaults().reconcile(List.of(report("x.txt",
        figure("x.txt", 0, s1, "260,000", Measure.KILLED, Quantity.exact(260000), "RU",
            to(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 8, 5)), MOD),
        figure("x.txt", 80, s2, "around 236,000", Measure.CASUALTIES,
            Quantity.approximately(236000), "RU",
            to(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 11)), MOD))));

    assertEquals(List.of("F1 260000 per [UK Ministry of Defence] 2025-01-01/2025-08-05 vs F2 "
        + "~236000 per [UK Ministry of Defence] 2025-01-01/2025-07-11 (KILLED/CASUALTIES [RU]): "
        + "MEASURE - F1 (killed) is above F2 (casualties, killed and wounded together)"),
        texts(r.conflicts()));
    assertEquals(List.of("MEASURE: F2 ~236000 CASUALTIES per UK Ministry of Defence: parts F1 "
        + "260000 KILLED = 260000, does NOT fit, remainder 0, exceeding: [F1]"),
        texts(r.partsChecks()));
  }

  @Test
  void monthsAddingToTheirYearAreAPeriodCheckAndNoConflict() {
    List<Estimate> es = new ArrayList<>();
    String year = "In 2023, 120,000 people signed contracts, the ministry said.";
    es.add(figure("m.txt", 0, year, "120,000", Measure.RECRUITED, Quantity.exact(120000), "RU",
        Optional.of(Period.ofYear(Year.of(2023))), MOD_RU));
    for (int month = 1; month <= 12; month++) {
      String s = "In month " + month + ", 10,000 signed.";
      es.add(figure("m.txt", 100 * month, s, "10,000", Measure.RECRUITED, Quantity.exact(10000),
          "RU", Optional.of(Period.ofMonth(YearMonth.of(2023, month))), MOD_RU));
    }
    Reconciliation r = Reconciler.defaults().reconcile(
        List.of(Report.builder().id("m.txt").addAllEstimates(es).build()));

    assertEquals(13, r.findings().size());
    PartsCheck p = r.partsChecks().get(0);
    assertEquals(1, r.partsChecks().size());
    assertEquals(PartsCheck.Kind.PERIOD, p.kind());
    assertEquals(12, p.parts().size());
    assertTrue(p.complete());
    assertTrue(p.fits());
    assertEquals(new BigDecimal("120000"), p.partsLow());
    assertEquals(List.of(), r.conflicts());
  }

  @Test
  void aMonthAboveItsYearIsAPeriodConflict() {
    String s = "The ministry said 50,000 signed in March 2023 and 30,000 in all of 2023.";
    Reconciliation r = Reconciler.defaults().reconcile(List.of(report("p.txt",
        figure("p.txt", 0, s, "50,000", Measure.RECRUITED, Quantity.exact(50000), "RU",
            Optional.of(Period.ofMonth(YearMonth.of(2023, 3))), MOD_RU),
        figure("p.txt", 0, s, "30,000", Measure.RECRUITED, Quantity.exact(30000), "RU",
            Optional.of(Period.ofYear(Year.of(2023))), MOD_RU))));

    assertEquals(1, r.conflicts().size());
    Conflict c = r.conflicts().get(0);
    assertEquals(Conflict.Reason.PERIOD, c.reason());
    assertEquals("F2 covers part of F1's period and is above it", c.explanation());
    assertEquals("50000", c.second().merged().value().toString());
    assertFalse(r.partsChecks().get(0).fits());
  }

  @Test
  void kindsOfPeopleArePartsOfAWholeThatNamesNone() {
    String s = "Of 78,000 fighters, 49,000 were convicts and 20,000 contract soldiers.";
    Reconciliation r = Reconciler.defaults().reconcile(List.of(report("w.txt",
        figure("w.txt", 0, s, "78,000", Measure.SERVING, Quantity.exact(78000), "RU",
            Optional.empty(), HUR),
        figure("w.txt", 0, s, "49,000", Measure.SERVING, Quantity.exact(49000), "RU",
            Optional.of(CohortCategory.PRISONERS), Optional.empty(), HUR),
        figure("w.txt", 0, s, "20,000", Measure.SERVING, Quantity.exact(20000), "RU",
            Optional.of(CohortCategory.CONTRACT_SOLDIERS), Optional.empty(), HUR))));

    assertEquals(List.of("CATEGORY: F3 78000 all per Ukrainian intelligence: parts F2 49000 "
        + "PRISONERS + F1 20000 CONTRACT_SOLDIERS = 69000, fits, remainder 9000"),
        texts(r.partsChecks()));
    assertEquals(List.of(), r.conflicts());
  }

  @Test
  void theSameValueForOtherPeopleOrAnotherTimeIsAnotherClaim() {
    Optional<Period> none = Optional.empty();
    String a = "Some 3,000 convicts joined.";
    String b = "Some 3,000 volunteers joined.";
    Estimate placeA = Estimate.builder().from(figure("t1.txt", 50, "1,200 joined in Moscow.",
        "1,200", Measure.RECRUITED, Quantity.exact(1200), "RU", none, MOD_RU))
        .cohort(RecruitCohort.builder().addOrigins(dev.muster.Origin.of("RU"))
            .recruitedIn("Moscow").build()).build();
    Estimate placeB = Estimate.builder().from(figure("t2.txt", 50, "1,200 joined in Kazan.",
        "1,200", Measure.RECRUITED, Quantity.exact(1200), "RU", none, MOD_RU))
        .cohort(RecruitCohort.builder().addOrigins(dev.muster.Origin.of("RU"))
            .recruitedIn("Kazan").build()).build();
    Reconciliation r = Reconciler.defaults().reconcile(List.of(
        report("t1.txt",
            figure("t1.txt", 0, a, "3,000", Measure.RECRUITED, Quantity.approximately(3000),
                "RU", Optional.of(CohortCategory.PRISONERS), none, HUR),
            placeA,
            figure("t1.txt", 90, "Hundreds were held.", "Hundreds", Measure.DETAINED,
                Quantity.magnitude(200, 999), "", none),
            figure("t1.txt", 130, "2,000 signed in March.", "2,000", Measure.RECRUITED,
                Quantity.exact(2000), "RU", Optional.of(Period.ofMonth(YearMonth.of(2024, 3))),
                MOD_RU)),
        report("t2.txt",
            figure("t2.txt", 0, b, "3,000", Measure.RECRUITED, Quantity.approximately(3000),
                "RU", Optional.of(CohortCategory.VOLUNTEERS), none, HUR),
            placeB,
            figure("t2.txt", 90, "Hundreds of migrants were held.", "Hundreds",
                Measure.DETAINED, Quantity.magnitude(200, 999), "foreign", none),
            figure("t2.txt", 130, "2,000 signed in 2024.", "2,000", Measure.RECRUITED,
                Quantity.exact(2000), "RU", Optional.of(Period.ofYear(Year.of(2024))),
                MOD_RU))));

    assertEquals(8, r.findings().size());
    assertTrue(r.findings().stream().allMatch(f -> f.members().size() == 1));
  }

  @Test
  void plansAreNeverInConflict() {
    String s = "A decree grows the army by 180,000 to 1.5 million; it has about 1.3 million.";
    Reconciliation r = Reconciler.defaults().reconcile(List.of(report("plan.txt",
        figure("plan.txt", 0, s, "180,000", Measure.FORCE_TARGET, Quantity.exact(180000), "RU",
            Optional.empty(), MOD_RU),
        figure("plan.txt", 0, s, "1.5 million", Measure.FORCE_TARGET,
            Quantity.exact(1500000), "RU", Optional.empty(), MOD_RU),
        figure("plan.txt", 0, s, "about 1.3 million", Measure.SERVING,
            Quantity.approximately(1300000), "RU", Optional.empty(), MOD_RU))));

    assertEquals(List.of(), r.conflicts());
  }

  @Test
  void oneSourcesTwoFiguresConflictOnlyWhenASentenceSetsThemApart() {
    String plain = "The agency counted 150,000 casualties and 240,000 casualties.";
    String set = "The agency counted 4,000 casualties, while others put them at around 1,200.";
    Reconciliation r = Reconciler.defaults().reconcile(List.of(report("s.txt",
        figure("s.txt", 0, plain, "150,000", Measure.CASUALTIES, Quantity.exact(150000), "RU",
            Optional.empty(), MOD),
        figure("s.txt", 0, plain, "240,000", Measure.CASUALTIES, Quantity.exact(240000), "RU",
            Optional.empty(), MOD),
        figure("s.txt", 100, set, "4,000", Measure.CASUALTIES, Quantity.exact(4000), "KP",
            Optional.empty(), MOD),
        figure("s.txt", 100, set, "around 1,200", Measure.CASUALTIES,
            Quantity.approximately(1200), "KP", Optional.empty(), MOD))));

    assertEquals(List.of(Conflict.Reason.BOUNDS), r.conflicts().stream().map(Conflict::reason)
        .collect(Collectors.toList()));
    assertEquals("4000", r.conflicts().get(0).first().merged().value().toString());
  }

  @Test
  void figuresOfDifferentSentencesWithNoPeriodDoNotConflict() {
    Reconciliation r = Reconciler.defaults().reconcile(List.of(
        report("n1.txt", figure("n1.txt", 0, "About 11,000 were sent.", "About 11,000",
            Measure.SERVING, Quantity.approximately(11000), "KP", Optional.empty(), HUR)),
        report("n2.txt", figure("n2.txt", 0, "Several hundred arrived.", "Several hundred",
            Measure.SERVING, Quantity.magnitude(200, 999), "KP", Optional.empty(), MOD))));
    assertEquals(List.of(), r.conflicts());
  }

  @Test
  void nearEqualFiguresJoinOnlyAsRoundings() {
    assertTrue(Rounding.nearEqual(Quantity.exact(45680), Quantity.moreThan(45000)));
    assertTrue(Rounding.nearEqual(Quantity.moreThan(620), Quantity.moreThan(600)));
    assertTrue(Rounding.nearEqual(Quantity.exact(5937), Quantity.lessThan(6000)));
    assertTrue(Rounding.nearEqual(Quantity.approximately(12000), Quantity.exact(11800)));
    assertFalse(Rounding.nearEqual(Quantity.moreThan(1500), Quantity.exact(2000)));
    assertFalse(Rounding.nearEqual(Quantity.moreThan(10000), Quantity.exact(11000)));
    assertFalse(Rounding.nearEqual(Quantity.exact(6100), Quantity.lessThan(6000)));
    assertFalse(Rounding.nearEqual(Quantity.moreThan(600), Quantity.exact(690)));
    assertFalse(Rounding.nearEqual(Quantity.magnitude(200, 999), Quantity.exact(300)));
  }

  @Test
  void anApproximationJoinsTheFigureItRoundsAndAgreesOnIt() {
    Reconciliation r = Reconciler.defaults().reconcile(List.of(
        report("r1.txt", figure("r1.txt", 0, "About 1,680 signed.", "About 1,680",
            Measure.RECRUITED, Quantity.approximately(1680), "NP", Optional.empty(), HUR)),
        report("r2.txt", figure("r2.txt", 0, "Exactly 1,684 signed.", "1,684",
            Measure.RECRUITED, Quantity.exact(1684), "NP", Optional.empty(), HUR)),
        report("r3.txt", figure("r3.txt", 0, "About 812 signed.", "About 812",
            Measure.RECRUITED, Quantity.approximately(812), "IN", Optional.empty(), HUR)),
        report("r4.txt", figure("r4.txt", 0, "Some 800 signed.", "Some 800",
            Measure.RECRUITED, Quantity.approximately(800), "IN", Optional.empty(), HUR))));

    assertEquals(List.of("1684 (NARROWEST_AGREED; agreed 1684, reported 1680..1684)",
        "~812 (NARROWEST_AGREED; agreed ~812, reported 800..812)"),
        r.findings().stream().map(f -> f.merged().toString()).collect(Collectors.toList()));
    assertEquals("ROUNDING: 1680 in r1.txt; 1684 in r2.txt", r.findings().get(0)
        .discrepancy(Discrepancy.Field.ROUNDING).orElseThrow().toString());
  }

  @Test
  void roundingUnitsAndLooseBounds() {
    assertEquals("1000", Rounding.unit(new BigDecimal("45000")).toPlainString());
    assertEquals("1", Rounding.unit(new BigDecimal("5937")).toPlainString());
    assertEquals("100000", Rounding.unit(new BigDecimal("1500000")).toPlainString());
    assertEquals("1", Rounding.unit(BigDecimal.ZERO).toPlainString());
    assertEquals("11500..12500", Rounding.loose(Quantity.approximately(12000)).toString());
    assertEquals("1500..", Rounding.loose(Quantity.moreThan(1500)).toString());
    assertTrue(Rounding.isRounding(new BigDecimal("45000"), Qualifier.MORE_THAN,
        new BigDecimal("45680")));
    assertFalse(Rounding.isRounding(new BigDecimal("45680"), Qualifier.EXACT,
        new BigDecimal("45000")));
  }

  @Test
  void periodsTellTheSameTimeOrAPart() {
    Period year = Period.ofYear(Year.of(2024));
    Period march = Period.ofMonth(YearMonth.of(2024, 3));
    Period toOctober = Period.builder().start(LocalDate.of(2024, 1, 1))
        .end(LocalDate.of(2024, 10, 8)).build();
    Period asOfDecember = Period.until(Period.ofMonth(YearMonth.of(2022, 12)));
    Period september = Period.ofMonth(YearMonth.of(2022, 9));

    assertTrue(Periods.isPart(march, year));
    assertTrue(Periods.isPart(march, toOctober));
    assertFalse(Periods.isPart(toOctober, year));
    assertFalse(Periods.isPart(september, asOfDecember));
    assertFalse(Periods.sameClaim(Optional.of(march), Optional.of(year)));
    assertTrue(Periods.sameClaim(Optional.of(toOctober), Optional.of(year)));
    assertTrue(Periods.sameClaim(Optional.of(september), Optional.of(asOfDecember)));
    assertTrue(Periods.sameClaim(Optional.empty(), Optional.of(march)));
    assertTrue(Periods.same(Period.builder().start(LocalDate.of(2025, 1, 1))
        .end(LocalDate.of(2025, 8, 5)).build(), Period.builder()
        .start(LocalDate.of(2025, 1, 1)).end(LocalDate.of(2025, 7, 11)).build()));
    assertFalse(Periods.same(march, year));
  }

  @Test
  void aDecreesFiguresCreditItsSigner() {
    Source putin = Decrees.person("Putin").orElseThrow();
    assertEquals("Vladimir Putin", putin.name());
    assertEquals(SourceKind.OFFICIAL, putin.kind());
    assertEquals(Optional.of(putin), Decrees.signer(figure("d.txt", 0,
        "A decree signed by President Putin calls up 160,000 men, the Kremlin said.", "160,000",
        Measure.CONSCRIPTED, Quantity.exact(160000), "RU", Optional.empty(),
        Source.of("Kremlin", SourceKind.GOVERNMENT))));
    assertEquals("Jane Example", Decrees.signer(figure("d.txt", 0,
        "Governor Jane Example's decree pays 500 recruits.", "500", Measure.RECRUITED,
        Quantity.exact(500), "RU", Optional.empty())).orElseThrow().name());
    assertEquals(Optional.empty(), Decrees.signer(figure("d.txt", 0,
        "Vladimir Putin said 160,000 men will be called up.", "160,000", Measure.CONSCRIPTED,
        Quantity.exact(160000), "RU", Optional.empty())));
    assertEquals(Optional.empty(), Decrees.signer(figure("d.txt", 0,
        "Another decree, signed on Monday, calls up 133,000 men.", "133,000",
        Measure.CONSCRIPTED, Quantity.exact(133000), "RU", Optional.empty())));
  }
}
