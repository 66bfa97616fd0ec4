package dev.muster;

import static dev.muster.Rejection.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class LikelihoodTest {

  @ParameterizedTest
  @CsvSource({
      "REMOTE_CHANCE, remote chance, 0, 5",
      "HIGHLY_UNLIKELY, highly unlikely, 10, 20",
      "UNLIKELY, unlikely, 25, 35",
      "REALISTIC_POSSIBILITY, realistic possibility, 40, 50",
      "LIKELY, likely, 55, 75",
      "HIGHLY_LIKELY, highly likely, 80, 90",
      "ALMOST_CERTAIN, almost certain, 95, 100"})
  void termsAndBandsFollowTheYardstick(Likelihood l, String term, int low, int high) {
    assertEquals(term, l.term());
    assertEquals(term, l.toString());
    assertEquals(low, l.lowPercent());
    assertEquals(high, l.highPercent());
  }

  @Test
  void toStringIsTheTerm() {
    assertEquals("almost certain", Likelihood.ALMOST_CERTAIN.toString());
  }

  @ParameterizedTest
  @EnumSource(Likelihood.class)
  void parseReadsTheTermAndTheName(Likelihood l) {
    assertEquals(l, Likelihood.parse(l.toString()));
    assertEquals(l, Likelihood.parse("  " + l.term().toUpperCase(java.util.Locale.ROOT) + "\n"));
    assertEquals(l, Likelihood.parse(l.name()));
  }

  @Test
  void parseOfAnUnknownTermIsRejected() {
    assertRejected(() -> Likelihood.parse("maybe"), "not a probability-yardstick term: 'maybe'",
        "expected one of: remote chance, highly unlikely, unlikely, realistic possibility, likely, "
            + "highly likely, almost certain");
    assertRejected(() -> Likelihood.parse(""), "not a probability-yardstick term: ''");
    assertRejected(() -> Likelihood.parse("y".repeat(100)), "'" + "y".repeat(64) + "...'");
  }
}
