package dev.muster.examples;

import dev.muster.Attribution;
import dev.muster.Estimate;
import dev.muster.Evidence;
import dev.muster.Measure;
import dev.muster.Origin;
import dev.muster.Period;
import dev.muster.Quantity;
import dev.muster.RecruitCohort;
import dev.muster.Report;
import dev.muster.Source;
import dev.muster.SourceKind;
import java.time.YearMonth;
import java.util.List;

/** Hand-built reports of our own wording, for the command's and the example's tests. */
final class SampleReports {

  static final Source HUR = Source.of("Ukrainian intelligence", SourceKind.INTELLIGENCE_SERVICE);
  static final Source KCNA = Source.of("KCNA", SourceKind.MEDIA_OUTLET);
  static final Source WIRE = Source.of("Example Wire", SourceKind.MEDIA_OUTLET);
  static final Source NIS = Source.of("South Korean National Intelligence Service",
      SourceKind.INTELLIGENCE_SERVICE);

  /** The time every figure is told for: as of December 2024. */
  static final Period AS_OF = Period.until(Period.ofMonth(YearMonth.of(2024, 12)));

  private SampleReports() {}

  /**
   * Returns four documents, each as of December 2024: three state about 12,000 North Koreans
   * serving (two citing Ukrainian intelligence, one naming nobody), one of them also 15,000
   * foreigners; a fourth says fewer than 1,000 per KCNA.
   */
  static List<Report> koreans() {
    return List.of(
        Report.builder().id("k1.txt").addEstimates(
            serving("k1.txt", Quantity.approximately(12000), "KP", "about 12,000", HUR),
            serving("k1.txt", Quantity.exact(15000), "foreign", "15,000", HUR)).build(),
        Report.builder().id("k2.txt").publisher("The Daily Example").addEstimates(
            serving("k2.txt", Quantity.exact(12000), "KP", "12,000")).build(),
        Report.builder().id("k3.txt").addEstimates(
            serving("k3.txt", Quantity.exact(12000), "KP", "12,000", WIRE, HUR)).build(),
        Report.builder().id("k4.txt").addEstimates(
            serving("k4.txt", Quantity.lessThan(1000), "KP", "fewer than 1,000", KCNA)).build());
  }

  /** Returns a fifth document: 12,000 North Koreans serving as of December 2024, per the NIS. */
  static Report nis() {
    return Report.builder().id("k5.txt").addEstimates(
        serving("k5.txt", Quantity.exact(12000), "KP", "12,000", NIS)).build();
  }

  private static Estimate serving(String doc, Quantity q, String origin, String mention,
      Source... chain) {
    String text = "reportedly " + mention + " troops";
    return Estimate.builder().documentId(doc).measure(Measure.SERVING).quantity(q)
        .period(AS_OF)
        .cohort(RecruitCohort.of(Origin.of(origin))).attribution(Attribution.of(chain))
        .mention(mention).evidence(Evidence.of(doc, text, 0, text.length())).build();
  }
}
