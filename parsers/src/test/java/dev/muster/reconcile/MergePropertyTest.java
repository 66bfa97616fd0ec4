package dev.muster.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.muster.Attribution;
import dev.muster.CohortCategory;
import dev.muster.Estimate;
import dev.muster.Measure;
import dev.muster.Period;
import dev.muster.Quantity;
import dev.muster.RecruitCohort;
import dev.muster.Report;
import dev.muster.Source;
import dev.muster.SourceKind;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Merging is order-independent: for generated reports split at random into parts reconciled
 * apart and merged in random order, the result equals reconciling all reports at once. Every
 * failure names its seed; rerun one with {@code -Dtest=MergePropertyTest}.
 */
class MergePropertyTest {

  private static final long[] VALUES = {72, 200, 523, 771, 1500, 1680, 1684, 15000, 45000,
      45680};
  private static final String[] ORIGINS = {"foreign", "NP", "KP", "south-asia,east-asia",
      "south-asia,southeast-asia", "africa", "", "former-soviet-union"};
  private static final List<Source> SOURCES = List.of(
      Fixtures.MOD, Fixtures.VI,
      Source.of("Government of Nepal", SourceKind.GOVERNMENT),
      Source.of("Ukrainian intelligence", SourceKind.INTELLIGENCE_SERVICE));
  private static final List<Optional<Period>> PERIODS = List.of(Optional.empty(),
      Optional.of(Fixtures.SPAN), Optional.of(Period.ofYear(Year.of(2022))),
      Optional.of(Period.ofYear(Year.of(2024))),
      Optional.of(Period.ofMonth(YearMonth.of(2024, 3))));
  private static final CohortCategory[] CATEGORIES = {CohortCategory.PRISONERS,
      CohortCategory.VOLUNTEERS};
  private static final Measure[] MEASURES = {Measure.RECRUITED, Measure.KILLED,
      Measure.CASUALTIES, Measure.PAYMENT};

  static LongStream seeds() {
    return LongStream.range(0, 200).map(i -> 0x5eed_0000L + i * 7919);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void mergingRandomSplitsEqualsReconcilingAll(long seed) {
    Random random = new Random(seed);
    Reconciler reconciler = random.nextBoolean() ? Reconciler.defaults()
        : Reconciler.builder().mergeRule(MergeRule.MOST_CONSERVATIVE).build();
    List<Report> reports = reports(random);
    Reconciliation whole = reconciler.reconcile(reports);

    List<List<Report>> parts = split(random, reports);
    List<Reconciliation> results = new ArrayList<>();
    for (List<Report> p : parts) {
      results.add(reconciler.reconcile(p));
    }
    Collections.shuffle(results, random);
    Reconciliation folded = reconciler.empty();
    for (Reconciliation r : results) {
      folded = random.nextBoolean() ? folded.merge(r) : r.merge(folded);
    }
    String where = "seed " + seed + ", " + parts.size() + " parts";
    assertEquals(whole, folded, where);
    assertEquals(whole.members().size(),
        reports.stream().flatMap(r -> r.estimates().stream()).distinct().count(), where);

    Reconciliation a = reconciler.reconcile(parts.get(0));
    Reconciliation b = reconciler.reconcile(parts.get(1));
    Reconciliation c = reconciler.reconcile(parts.get(2));
    assertEquals(a.merge(b), b.merge(a), "commutativity, " + where);
    assertEquals(a.merge(b).merge(c), a.merge(b.merge(c)), "associativity, " + where);
  }

  /** Guards the property against a generator that never makes anything to merge. */
  @Test
  void theGeneratorMakesSharedFindingsConflictsAndPartsChecks() {
    int shared = 0;
    int conflicts = 0;
    int parts = 0;
    Set<PartsCheck.Kind> kinds = EnumSet.noneOf(PartsCheck.Kind.class);
    Set<Conflict.Reason> reasons = EnumSet.noneOf(Conflict.Reason.class);
    for (long seed : seeds().toArray()) {
      Reconciliation r = Reconciler.defaults().reconcile(reports(new Random(seed)));
      shared += (int) r.findings().stream().filter(f -> f.members().size() > 1).count();
      conflicts += r.conflicts().size();
      parts += r.partsChecks().size();
      r.partsChecks().forEach(p -> kinds.add(p.kind()));
      r.conflicts().forEach(c -> reasons.add(c.reason()));
    }
    assertTrue(shared > 100, "findings with several members: " + shared);
    assertTrue(conflicts > 20, "conflicts: " + conflicts);
    assertTrue(parts > 20, "parts checks: " + parts);
    assertTrue(kinds.size() >= 4, "kinds of parts checks: " + kinds);
    assertEquals(EnumSet.allOf(Conflict.Reason.class), reasons);
  }

  /** Splits the reports into at least three parts, sometimes cutting a report in two. */
  private static List<List<Report>> split(Random random, List<Report> reports) {
    List<Report> pieces = new ArrayList<>();
    for (Report r : reports) {
      if (r.estimates().size() > 1 && random.nextInt(4) == 0) {
        int cut = 1 + random.nextInt(r.estimates().size() - 1);
        pieces.add(Report.builder().from(r).estimates(r.estimates().subList(0, cut)).build());
        pieces.add(Report.builder().from(r)
            .estimates(r.estimates().subList(cut, r.estimates().size())).build());
      } else {
        pieces.add(r);
      }
    }
    Collections.shuffle(pieces, random);
    int n = 3 + random.nextInt(4);
    List<List<Report>> parts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      parts.add(new ArrayList<>());
    }
    for (Report p : pieces) {
      parts.get(random.nextInt(n)).add(p);
    }
    return parts;
  }

  private static List<Report> reports(Random random) {
    int documents = 2 + random.nextInt(8);
    List<Report> reports = new ArrayList<>();
    for (int d = 0; d < documents; d++) {
      String doc = "outlet-" + (char) ('a' + d) + ".txt";
      Report.Builder b = Report.builder().id(doc);
      if (random.nextInt(3) == 0) {
        b.publisher("Publisher " + random.nextInt(3));
      }
      int n = 1 + random.nextInt(7);
      for (int i = 0; i < n; i++) {
        b.addEstimates(estimate(random, doc, 10 * random.nextInt(20)));
      }
      reports.add(b.build());
    }
    return reports;
  }

  private static Estimate estimate(Random random, String doc, int at) {
    Measure measure = MEASURES[random.nextInt(MEASURES.length)];
    long v = VALUES[random.nextInt(VALUES.length)];
    Quantity q;
    switch (random.nextInt(6)) {
      case 0: q = Quantity.approximately(v); break;
      case 1: q = Quantity.moreThan(v); break;
      case 2: q = Quantity.atMost(v); break;
      case 3: q = Quantity.range(v, v * 2); break;
      default: q = Quantity.exact(v); break;
    }
    if (measure == Measure.PAYMENT) {
      q = q.withUnit(Currency.getInstance(random.nextBoolean() ? "RUB" : "USD"));
    }
    List<Source> chain = new ArrayList<>();
    int length = random.nextInt(3);
    for (int i = 0; i < length; i++) {
      chain.add(SOURCES.get(random.nextInt(SOURCES.size())));
    }
    Estimate e = Fixtures.estimate(doc, at, measure, q, ORIGINS[random.nextInt(ORIGINS.length)],
        PERIODS.get(random.nextInt(PERIODS.size())), Attribution.of(chain), "n" + v);
    if (random.nextInt(4) > 0) {
      return e;
    }
    return Estimate.builder().from(e).cohort(RecruitCohort.builder().from(e.cohort())
        .category(CATEGORIES[random.nextInt(CATEGORIES.length)]).build()).build();
  }
}
