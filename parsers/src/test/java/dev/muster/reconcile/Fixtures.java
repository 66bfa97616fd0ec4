package dev.muster.reconcile;

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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Hand-built estimates and reports for the reconciler's tests; the words are our own. */
final class Fixtures {

  static final Source MOD = Source.of("UK Ministry of Defence", SourceKind.GOVERNMENT);
  static final Source VI = Source.of("Vazhnye Istorii", SourceKind.MEDIA_OUTLET);
  static final Period SPAN = Period.between(Period.ofMonth(YearMonth.of(2023, 4)),
      Period.ofMonth(YearMonth.of(2024, 5)));

  private Fixtures() {}

  /** Returns an estimate whose evidence is "... mention ..." at the given offset. */
  static Estimate estimate(String doc, int at, Measure measure, Quantity quantity,
      String origins, Optional<Period> period, Attribution attribution, String mention) {
    String text = "said " + mention + " people";
    return Estimate.builder()
        .documentId(doc)
        .quantity(quantity)
        .measure(measure)
        .cohort(RecruitCohort.of(origins(origins)))
        .period(period)
        .attribution(attribution)
        .mention(mention)
        .evidence(Evidence.builder().documentId(doc).start(at).end(at + text.length())
            .text(text).build())
        .build();
  }

  /** Returns a recruitment estimate over {@link #SPAN}. */
  static Estimate recruited(String doc, int at, Quantity quantity, String origins,
      Attribution attribution, String mention) {
    return estimate(doc, at, Measure.RECRUITED, quantity, origins, Optional.of(SPAN),
        attribution, mention);
  }

  static List<Origin> origins(String codes) {
    return codes.isBlank() ? List.of()
        : Arrays.stream(codes.split(",")).map(String::trim).map(Origin::of)
            .collect(Collectors.toList());
  }

  static Report report(String id, Estimate... estimates) {
    return Report.builder().id(id).addEstimates(estimates).build();
  }

  /**
   * Returns four retellings of one intelligence update: a total of more than 1,500 foreigners
   * and parts of 771, 523 and 72. Outlet c drifts "South and East Asia" into "South and
   * Southeast Asia" and "72" into "approximately 72"; outlet d drops the inner source.
   */
  static List<Report> fourRetellings() {
    Attribution full = Attribution.of(MOD, VI);
    Attribution shortened = Attribution.of(MOD);
    return List.of(
        retelling("outlet-a.txt", full, "south-asia,east-asia", Quantity.exact(72), "72"),
        retelling("outlet-b.txt", full, "south-asia,east-asia", Quantity.exact(72), "72"),
        retelling("outlet-c.txt", full, "south-asia,southeast-asia",
            Quantity.approximately(72), "approximately 72"),
        retelling("outlet-d.txt", shortened, "south-asia,east-asia", Quantity.exact(72), "72"));
  }

  private static Report retelling(String doc, Attribution a, String asia, Quantity africa,
      String africaMention) {
    return report(doc,
        recruited(doc, 10, Quantity.moreThan(1500), "foreign", a, "more than 1,500"),
        recruited(doc, 200, Quantity.exact(771), asia, a, "771"),
        recruited(doc, 260, Quantity.exact(523), "former-soviet-union", a, "523"),
        recruited(doc, 300, africa, "africa", a, africaMention));
  }
}
