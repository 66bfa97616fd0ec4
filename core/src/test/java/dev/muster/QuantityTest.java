package dev.muster;

import static dev.muster.Rejection.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(SeedInFailures.class)
class QuantityTest {

  private static final Currency USD = Currency.getInstance("USD");

  private static BigDecimal n(String v) {
    return new BigDecimal(v);
  }

  private static Quantity.Builder bounds(String low, String high, Qualifier q) {
    Quantity.Builder b = Quantity.builder().qualifier(q);
    if (low != null) {
      b.low(n(low));
    }
    if (high != null) {
      b.high(n(high));
    }
    return b;
  }

  // ---- invariants

  @ParameterizedTest
  @EnumSource(value = Qualifier.class, names = {"RANGE", "MAGNITUDE"})
  void lowAboveHighIsRejected(Qualifier q) {
    assertRejected(() -> bounds("15000", "14000", q).build(),
        "low must not exceed high", "low=15000", "high=14000");
  }

  @ParameterizedTest
  @EnumSource(value = Qualifier.class, names = {"EXACT", "APPROXIMATE"})
  void pointWithDifferentBoundsIsRejected(Qualifier q) {
    assertRejected(() -> bounds("100", "101", q).build(),
        "qualifier " + q + " needs low = high", "low=100", "high=101");
  }

  @ParameterizedTest
  @EnumSource(value = Qualifier.class, names = {"MORE_THAN", "AT_LEAST"})
  void lowerBoundWithAHighIsRejected(Qualifier q) {
    assertRejected(() -> bounds("1500", "2000", q).build(),
        "qualifier " + q + " takes no high bound", "high=2000");
  }

  @ParameterizedTest
  @EnumSource(value = Qualifier.class, names = {"LESS_THAN", "AT_MOST"})
  void upperBoundWithALowIsRejected(Qualifier q) {
    assertRejected(() -> bounds("100", "200", q).build(),
        "qualifier " + q + " takes no low bound", "low=100");
  }

  @ParameterizedTest
  @EnumSource(value = Qualifier.class, names = {"RANGE", "MAGNITUDE", "EXACT", "APPROXIMATE"})
  void twoSidedMissingABoundIsRejected(Qualifier q) {
    assertRejected(() -> bounds("200", null, q).build(),
        "qualifier " + q + " needs high bound", "high=none");
    assertRejected(() -> bounds(null, "999", q).build(),
        "qualifier " + q + " needs low bound", "low=none");
  }

  @Test
  void oneSidedMissingItsBoundIsRejected() {
    assertRejected(() -> bounds(null, null, Qualifier.MORE_THAN).build(),
        "qualifier MORE_THAN needs low bound", "low=none");
    assertRejected(() -> bounds(null, null, Qualifier.AT_MOST).build(),
        "qualifier AT_MOST needs high bound", "high=none");
  }

  @Test
  void negativeIsRejected() {
    assertRejected(() -> Quantity.exact(-1), "a quantity must not be negative", "got -1");
    assertRejected(() -> Quantity.lessThan(-5), "must not be negative", "got -5");
    assertRejected(() -> bounds("-2.50", "-2.5", Qualifier.EXACT).unit(USD).build(),
        "must not be negative", "got -2.5");
  }

  @Test
  void aboveTenToTheFifteenthIsRejected() {
    assertRejected(() -> Quantity.exact(1_000_000_000_000_001L),
        "a quantity must not exceed 10^15", "got 1000000000000001");
    assertRejected(() -> Quantity.moreThan(Long.MAX_VALUE),
        "must not exceed 10^15", "got 9223372036854775807");
    assertRejected(() -> bounds("1000000000000000.01", "1000000000000000.01", Qualifier.EXACT)
        .unit(USD).build(), "must not exceed 10^15", "got 1000000000000000.01");
  }

  @Test
  void decimalCountOfPeopleIsRejected() {
    assertRejected(() -> Quantity.point(n("1.5"), Qualifier.APPROXIMATE),
        "a count of people must be a whole number", "got 1.5", "only money, with a unit");
    assertRejected(() -> bounds("10", "10.25", Qualifier.RANGE).build(),
        "a count of people must be a whole number", "got 10.25");
  }

  // ---- values that must hold

  @Test
  void tenToTheTwelfthIsACount() {
    Quantity q = Quantity.exact(1_000_000_000_000L);
    assertEquals(Optional.of(n("1000000000000")), q.low());
    assertEquals("1000000000000", q.toString());
    assertFalse(q.isMoney());
  }

  @Test
  void zeroAndTheMaximumHold() {
    assertEquals(Optional.of(BigDecimal.ZERO), Quantity.exact(0).low());
    assertEquals("1000000000000000", Quantity.point(Quantity.MAX, Qualifier.EXACT).toString());
    assertEquals("0..1000000000000000", Quantity.range(0, 1_000_000_000_000_000L).toString());
  }

  @Test
  void decimalsHoldForMoney() {
    Quantity taka = bounds("1.2E+6", "1.2E+6", Qualifier.EXACT)
        .unit(Currency.getInstance("BDT")).build();
    assertEquals(Optional.of(n("1200000")), taka.low());
    assertEquals(0, taka.low().get().scale());
    assertEquals("1200000 BDT", taka.toString());
    assertTrue(taka.isMoney());

    Quantity rupees = bounds("1.95", "1.95", Qualifier.EXACT)
        .unit(Currency.getInstance("INR")).build();
    assertEquals(Optional.of(n("1.95")), rupees.high());
    assertEquals("1.95 INR", rupees.toString());
  }

  @Test
  void boundsAreNormalised() {
    assertEquals(Quantity.exact(1_500_000), Quantity.point(n("1.5E+6"), Qualifier.EXACT));
    assertEquals(Quantity.exact(1_500_000).hashCode(),
        Quantity.point(n("1.5E+6"), Qualifier.EXACT).hashCode());
    assertEquals(Quantity.exact(1500), Quantity.point(n("1500.000"), Qualifier.EXACT));
    assertEquals(bounds("1.5", "1.5", Qualifier.EXACT).unit(USD).build(),
        bounds("1.50", "1.500", Qualifier.EXACT).unit(USD).build());
    assertEquals(Optional.of(n("1.5")),
        bounds("1.50", "1.50", Qualifier.EXACT).unit(USD).build().low());
  }

  @Test
  void normalisedBoundsAreWrittenPlain() throws Exception {
    ObjectMapper json = MusterJson.newMapper();
    assertEquals("{\"low\":1500000,\"high\":1500000,\"qualifier\":\"EXACT\",\"unit\":null,\"per\":null}",
        json.writeValueAsString(Quantity.point(n("1.5E+6"), Qualifier.EXACT)));
    assertEquals("{\"low\":3000,\"high\":null,\"qualifier\":\"MORE_THAN\",\"unit\":\"USD\",\"per\":\"MONTH\"}",
        json.writeValueAsString(Quantity.moreThan(3000).withUnit(USD).withPer(Per.MONTH)));
    assertEquals(Quantity.exact(1_500_000), json.readValue(
        "{\"low\":1.5E+6,\"high\":15E5,\"qualifier\":\"EXACT\"}", Quantity.class));
  }

  // ---- canonical text

  @Test
  void toStringIsCanonical() {
    assertEquals("771", Quantity.exact(771).toString());
    assertEquals("~100", Quantity.approximately(100).toString());
    assertEquals(">1500", Quantity.moreThan(1500).toString());
    assertEquals(">=14", Quantity.atLeast(14).toString());
    assertEquals("<200", Quantity.lessThan(200).toString());
    assertEquals("<=15000", Quantity.atMost(15000).toString());
    assertEquals("14000..15000", Quantity.range(14000, 15000).toString());
    assertEquals("~[200..999]", Quantity.magnitude(200, 999).toString());
    assertEquals("3000 USD/MONTH", Quantity.builder().low(n("3000")).high(n("3000"))
        .qualifier(Qualifier.EXACT).unit(USD).per(Per.MONTH).build().toString());
    assertEquals("~1500000", Quantity.point(n("1.5E+6"), Qualifier.APPROXIMATE).toString());
    assertEquals("100/DAY", Quantity.exact(100).withPer(Per.DAY).toString());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("dev.muster.Generators#seeds")
  void generatedBoundsAreOrderedAndNormalised(long seed) {
    Quantity q = new Generators(seed).quantity();
    String at = "seed=" + seed + " " + q;
    q.low().ifPresent(l -> assertEquals(Quantity.plain(l), l, at));
    q.high().ifPresent(h -> assertEquals(Quantity.plain(h), h, at));
    if (q.low().isPresent() && q.high().isPresent()) {
      assertTrue(q.low().get().compareTo(q.high().get()) <= 0, at);
    }
    assertTrue(q.overlaps(q), at);
  }
}
