package dev.muster;

import static dev.muster.Rejection.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EstimateTest {

  private static Estimate.Builder over1500(String documentId) {
    return Estimate.builder()
        .documentId(documentId)
        .quantity(Quantity.moreThan(1500))
        .measure(Measure.RECRUITED)
        .mention("over 1,500")
        .evidence(Samples.evidence(documentId, "over 1,500"));
  }

  @Test
  void paymentWithoutUnitIsRejected() {
    assertRejected(() -> over1500("a.txt").measure(Measure.PAYMENT).build(),
        "a PAYMENT estimate needs a currency unit", "got >1500");
  }

  @Test
  void unitOnAnotherMeasureIsRejected() {
    assertRejected(() -> over1500("a.txt")
            .quantity(Quantity.moreThan(1500).withUnit(Currency.getInstance("USD"))).build(),
        "only a PAYMENT estimate may have a currency unit", "got RECRUITED >1500 USD");
  }

  @Test
  void evidenceOfAnotherDocumentIsRejected() {
    assertRejected(() -> over1500("a.txt").evidence(Samples.evidence("b.txt", "over 1,500")).build(),
        "evidence of document 'b.txt' given for an estimate of document 'a.txt'");
  }

  @Test
  void mentionOutsideItsEvidenceIsRejected() {
    assertRejected(() -> over1500("a.txt").mention("over 2,000").build(),
        "the mention 'over 2,000' is not inside its evidence 'over 1,500'");
  }

  @Test
  void defaultsAreNobodyAndUnspecified() {
    Estimate e = over1500("a.txt").build();
    assertEquals(RecruitCohort.unspecified(), e.cohort());
    assertEquals(Attribution.none(), e.attribution());
    assertEquals(Optional.empty(), e.period());
    assertEquals(Optional.empty(), e.likelihood());
  }

  @Test
  void toStringIsReadable() {
    assertEquals("RECRUITED >1500 [] \"over 1,500\"", over1500("a.txt").build().toString());
    assertEquals("RECRUITED >1500 [NP, south-asia] FOREIGN_NATIONALS 2023-04/2024-05 "
            + "[UK Ministry of Defence < Vazhnye Istorii] (almost certain) \"over 1,500\"",
        Samples.nepalRecruits("a.txt").toString());
    assertEquals("PAYMENT 3000 USD/MONTH [] \"$3,000 a month\"", Samples.monthlyPay("a.txt").toString());
  }
}
