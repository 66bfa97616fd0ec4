package dev.muster.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.muster.Measure;
import dev.muster.parse.ArticleParser;
import dev.muster.reconcile.Conflict;
import dev.muster.reconcile.Finding;
import dev.muster.reconcile.Member;
import dev.muster.reconcile.PartsCheck;
import dev.muster.reconcile.Reconciler;
import dev.muster.reconcile.Reconciliation;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Reconciling the bundled sample articles 01 to 10 (short retellings of a few reports, written
 * to exercise the reconciler), as a new user first does: the figures that only look alike are
 * neither conflicts nor one finding, and the real conflict and breakdowns are there.
 */
class SamplesReconciliationTest {

  private static Reconciliation samples() {
    Path docs = Path.of("src", "main", "resources", "samples", "docs");
    return Reconciler.defaults().reconcile(Articles.sampleNames().stream()
        .filter(name -> name.compareTo("11") < 0)
        .map(name -> ArticleParser.defaults().parse(docs.resolve(name)))
        .collect(Collectors.toList()));
  }

  /** Names a finding by its members' documents (two-digit prefix) and words. */
  private static String name(Finding f) {
    return f.members().stream().map(SamplesReconciliationTest::name)
        .collect(Collectors.joining(" + "));
  }

  private static String name(Member m) {
    return m.documentId().substring(0, m.documentId().indexOf('-')) + " \"" + m.mention() + "\"";
  }

  @Test
  void onlyTheRealConflictIsReported() {
    List<String> conflicts = samples().conflicts().stream()
        .map(c -> name(c.first()) + " vs " + name(c.second()) + ": " + c.reason())
        .collect(Collectors.toList());
    // gone: ">190,000 this year" vs "29,000 in March", "1.5 million" vs "2.39 million",
    // "roughly 11,000 troops sent" vs "several hundred replacements"
    // "106 113,000" (the dead confirmed by name up to 4 July) against "106 between 200,000 and
    // 230,000" (an estimate from the probate register up to the middle of the year) are two
    // methods, not one claim retold: not a real conflict, but the findings do not tell a count of
    // names from an estimate yet
    assertEquals(List.of("05 \"between 14,000 and 15,000\" vs 05 \"some 200\": BOUNDS",
        "106 \"113,000\" vs 106 \"between 200,000 and 230,000\": BOUNDS"), conflicts);
    assertEquals(Conflict.Reason.BOUNDS, samples().conflicts().get(0).reason());
  }

  @Test
  void brokersInIndiaAndMigrantsInTatarstanAreTwoFindings() {
    List<String> hundreds = samples().findings().stream()
        .filter(f -> f.measure() == Measure.DETAINED).map(SamplesReconciliationTest::name)
        .filter(n -> n.contains("hundred")).collect(Collectors.toList());
    assertEquals(List.of("09 \"hundreds\"", "10 \"several hundred\""), hundreds);
  }

  // 06's killed and wounded are as of the day the NIS told lawmakers, Zelensky's earlier
  // casualties have no time: not the same time, so no MEASURE check sets them against each other
  @Test
  void totalsAreCheckedAgainstTheirPartsOfThreeKinds() {
    List<String> checks = samples().partsChecks().stream()
        .map(p -> p.kind() + " " + name(p.whole()).split(" ")[0] + " " + p.partsText()
            + (p.fits() ? " fits" : " does not fit"))
        .collect(Collectors.toList());
    assertEquals(List.of("ORIGIN 01 1541 fits", "PERIOD 08 29000 fits", "SUBSET 10 124 fits",
        "SUBSET 102 1000 fits", "SUBSET 101 42 fits", "PERIOD 102 400.. fits", "PERIOD 106 1180 fits"),
        checks);
    assertEquals(PartsCheck.Kind.ORIGIN, samples().partsChecks().get(0).kind());
  }
}
