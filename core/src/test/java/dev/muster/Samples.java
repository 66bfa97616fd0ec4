package dev.muster;

import java.time.YearMonth;
import java.util.Currency;

/** Hand-written estimates shared by the tests of the types that hold them. */
public final class Samples {

  public static final String TEXT = "The UK Ministry of Defence, citing Vazhnye Istorii, said Russia had "
      + "almost certainly recruited over 1,500 Nepali citizens between April 2023 and May 2024. "
      + "Recruits were offered $3,000 a month.";

  static final Source MOD = Source.of("UK Ministry of Defence", SourceKind.GOVERNMENT);
  static final Source VAZHNYE_ISTORII = Source.of("Vazhnye Istorii", SourceKind.MEDIA_OUTLET);

  private Samples() {}

  /** Returns the evidence of {@code words} in {@link #TEXT} of the given document. */
  static Evidence evidence(String documentId, String words) {
    int start = TEXT.indexOf(words);
    return Evidence.of(documentId, TEXT, start, start + words.length());
  }

  /** Returns "over 1,500 Nepali citizens" with every optional attribute given. */
  public static Estimate nepalRecruits(String documentId) {
    return Estimate.builder()
        .documentId(documentId)
        .quantity(Quantity.moreThan(1500))
        .measure(Measure.RECRUITED)
        .cohort(RecruitCohort.builder().addOrigins(Origin.of("NP"), Origin.of("south-asia"))
            .category(CohortCategory.FOREIGN_NATIONALS).build())
        .period(Period.between(Period.ofMonth(YearMonth.of(2023, 4)),
            Period.ofMonth(YearMonth.of(2024, 5))))
        .attribution(Attribution.of(MOD, VAZHNYE_ISTORII))
        .likelihood(Likelihood.ALMOST_CERTAIN)
        .mention("over 1,500")
        .evidence(evidence(documentId, "recruited over 1,500 Nepali citizens"))
        .build();
  }

  /** Returns "$3,000 a month" with no optional attribute given. */
  public static Estimate monthlyPay(String documentId) {
    return Estimate.builder()
        .documentId(documentId)
        .quantity(Quantity.exact(3000).withUnit(Currency.getInstance("USD")).withPer(Per.MONTH))
        .measure(Measure.PAYMENT)
        .mention("$3,000 a month")
        .evidence(evidence(documentId, "$3,000 a month"))
        .build();
  }
}
