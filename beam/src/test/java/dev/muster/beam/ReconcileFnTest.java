package dev.muster.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.muster.Report;
import dev.muster.parse.ArticleParser;
import dev.muster.reconcile.MergeRule;
import dev.muster.reconcile.Reconciler;
import dev.muster.reconcile.Reconciliation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.LongStream;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.windowing.FixedWindows;
import org.apache.beam.sdk.transforms.windowing.Window;
import org.apache.beam.sdk.values.PCollection;
import org.joda.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The combine gives the reconciliation of the single-machine reconciler however the reports are
 * split into partial results, merged, compacted or sent between workers.
 */
class ReconcileFnTest {

  private static List<Report> reports;
  private static Reconciliation whole;

  @BeforeAll
  static void parse() {
    reports = archive();
    whole = Reconciler.defaults().reconcile(reports);
  }

  /**
   * The reports of the first ten sample articles (short retellings of a few reports), and the
   * same texts retold by three more outlets (each estimate in a new document, some with a
   * publisher): findings with several members, echoes, conflicts and parts.
   */
  static List<Report> archive() {
    List<Path> files = SampleArticles.files().subList(0, 10);
    List<Report> all = new ArrayList<>();
    for (Path file : files) {
      all.add(ArticleParser.defaults().parse(file.getFileName().toString(), read(file)));
    }
    String[] outlets = {"outlet-a", "outlet-b", "outlet-c"};
    for (int i = 0; i < outlets.length; i++) {
      for (Path file : files) {
        Report r = ArticleParser.defaults().parse(outlets[i] + "/" + file.getFileName(), read(file));
        all.add(i == 0 ? r
            : Report.builder().from(r).publisher(outlets[i].toUpperCase(Locale.ROOT)).build());
      }
    }
    return all;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LongStream seeds() {
    return LongStream.range(0, 16);
  }

  @Test
  void theArchiveReconcilesIntoFindingsOfSeveralDocuments() {
    assertEquals(40, reports.size());
    // 376: "Cubans serving with Russian forces number in the thousands" and the "dozens" of migrants
    // police detain are read, once per copy; an author bio's "interviewed more than 150 prisoners of
    // war" is not
    assertEquals(376, reports.stream().mapToInt(r -> r.estimates().size()).sum());
    assertTrue(whole.findings().stream().anyMatch(f -> f.members().size() >= 8), whole.toString());
    assertEquals(whole.findings().size(), whole.findings().stream().map(f -> f.id()).distinct().count());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void anySplitOfTheReportsGivesTheSingleMachineReconciliation(long seed) throws IOException {
    Random random = new Random(seed);
    ReconcileFn fn = new ReconcileFn(MergeRule.NARROWEST_AGREED);
    Coder<ReconcileFn.Partial> coder = fn.getAccumulatorCoder(CoderRegistry.createDefault(),
        MusterCoders.report());
    List<Report> shuffled = new ArrayList<>(reports);
    Collections.shuffle(shuffled, random);
    int parts = 1 + random.nextInt(12);
    List<ReconcileFn.Partial> partials = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      partials.add(fn.createAccumulator());
    }
    for (Report r : shuffled) {
      int k = random.nextInt(parts);
      partials.set(k, fn.addInput(partials.get(k), r));
      if (random.nextInt(8) == 0) {
        partials.set(k, fn.compact(partials.get(k)));
      }
    }
    // send some partial results between workers, then merge them in a random tree
    for (int i = 0; i < parts; i++) {
      if (random.nextBoolean()) {
        partials.set(i, roundTrip(coder, partials.get(i)));
      }
    }
    while (partials.size() > 1) {
      int take = 2 + random.nextInt(Math.min(3, partials.size() - 1));
      List<ReconcileFn.Partial> group = new ArrayList<>(partials.subList(0, take));
      partials.subList(0, take).clear();
      ReconcileFn.Partial merged = fn.mergeAccumulators(group);
      partials.add(random.nextInt(partials.size() + 1),
          random.nextBoolean() ? fn.compact(merged) : merged);
    }
    assertEquals(whole, fn.extractOutput(partials.get(0)));
  }

  @Test
  void noReportsGiveTheEmptyReconciliationOfTheRule() {
    ReconcileFn fn = new ReconcileFn(MergeRule.MOST_CONSERVATIVE);
    Reconciliation empty = fn.extractOutput(fn.createAccumulator());
    assertEquals(Reconciler.builder().mergeRule(MergeRule.MOST_CONSERVATIVE).build().empty(), empty);
    assertEquals(MergeRule.MOST_CONSERVATIVE, empty.rule());
    assertEquals(List.of(), empty.findings());
  }

  @Test
  void reportsWithoutEstimatesAreNotKept() throws IOException {
    ReconcileFn fn = new ReconcileFn(MergeRule.NARROWEST_AGREED);
    ReconcileFn.Partial p = fn.addInput(fn.createAccumulator(), Report.builder().id("empty.txt").build());
    Report first = reports.get(0);
    p = fn.addInput(p, first);
    assertEquals(1, p.pending.size());
    Report kept = p.pending.get(0);
    assertEquals(first.id(), kept.id());
    assertEquals(first.estimates(), kept.estimates());
    assertEquals(List.of(), kept.problems());
    assertEquals(Reconciler.defaults().reconcile(List.of(first)), fn.extractOutput(p));
  }

  @Test
  void thePipelineGivesTheEmptyReconciliationForNoReports() {
    // the pipeline of the samples (ExtractTest) checks a reconciliation with findings
    TestPipeline p = SampleArticles.pipeline();
    PAssert.thatSingleton(p.apply(Create.empty(MusterCoders.report()))
            .apply(MusterTransforms.reconcile(MergeRule.MOST_CONSERVATIVE)))
        .isEqualTo(Reconciler.builder().mergeRule(MergeRule.MOST_CONSERVATIVE).build().empty());
    p.run().waitUntilFinish();
  }

  @Test
  void windowedReportsAreTurnedAwayWithWhatToDoInstead() {
    TestPipeline p = SampleArticles.pipeline();
    PCollection<Report> windowed = p.apply(Create.empty(MusterCoders.report()))
        .apply(Window.into(FixedWindows.of(Duration.standardDays(30))));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> windowed.apply(MusterTransforms.reconcile()));
    assertTrue(e.getMessage().endsWith("; apply Combine.globally(MusterTransforms.reconcileFn())"
        + ".withoutDefaults() instead"), e.getMessage());
  }

  private static ReconcileFn.Partial roundTrip(Coder<ReconcileFn.Partial> coder,
      ReconcileFn.Partial p) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    coder.encode(p, out);
    ReconcileFn.Partial back = coder.decode(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(p.pending, back.pending);
    assertEquals(p.reconciled, back.reconciled);
    return back;
  }
}
