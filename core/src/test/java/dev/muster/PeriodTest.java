package dev.muster;

import static dev.muster.Rejection.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(SeedInFailures.class)
class PeriodTest {

  private static final Period APR_2023_TO_MAY_2024 =
      Period.between(Period.ofMonth(YearMonth.of(2023, 4)), Period.ofMonth(YearMonth.of(2024, 5)));

  @Test
  void neitherStartNorEndIsRejected() {
    assertRejected(() -> Period.builder().build(), "a period needs a start or an end, got neither");
  }

  @Test
  void startAfterEndIsRejected() {
    assertRejected(
        () -> Period.builder().start(LocalDate.of(2024, 5, 2)).end(LocalDate.of(2024, 5, 1)).build(),
        "period start must not be after its end", "2024-05-02 > 2024-05-01");
  }

  @Test
  void sideOffItsPrecisionIsRejected() {
    assertRejected(() -> Period.builder().start(LocalDate.of(2023, 4, 15))
            .startPrecision(DatePrecision.MONTH).build(),
        "period start 2023-04-15 at MONTH precision must be the first day of its month (2023-04-01)");
    assertRejected(() -> Period.builder().end(LocalDate.of(2024, 5, 30))
            .endPrecision(DatePrecision.MONTH).build(),
        "period end 2024-05-30 at MONTH precision must be the last day of its month (2024-05-31)");
    assertRejected(() -> Period.builder().start(LocalDate.of(2025, 3, 1))
            .startPrecision(DatePrecision.YEAR).build(),
        "period start 2025-03-01 at YEAR precision must be the first day of its year (2025-01-01)");
  }

  @Test
  void yearsBeyondFourDigitsAreRejected() {
    assertRejected(() -> Period.ofDay(LocalDate.of(12000, 1, 1)),
        "period start must be within the years 0000..9999, got +12000-01-01");
    assertRejected(() -> Period.builder().end(LocalDate.of(-1, 12, 31)).build(),
        "period end must be within the years 0000..9999, got -0001-12-31");
    assertEquals("0000/9999", Period.between(Period.ofYear(Year.of(0)), Period.ofYear(Year.of(9999))).toString());
  }

  @Test
  void parseOfBadTextIsRejected() {
    assertRejected(() -> Period.parse("2023-04"), "not a period: '2023-04'", "expected START/END");
    assertRejected(() -> Period.parse(""), "not a period: ''");
    assertRejected(() -> Period.parse("2023-4/2024"), "not a date: '2023-4'",
        "expected YYYY, YYYY-MM or YYYY-MM-DD");
    assertRejected(() -> Period.parse("2023-13/.."), "not a period: '2023-13/..'");
    assertRejected(() -> Period.parse("2023-02-30/.."), "not a period: '2023-02-30/..'");
    assertRejected(() -> Period.parse("abcd/2024"), "not a period: 'abcd/2024'");
    assertRejected(() -> Period.parse("2023/2024/2025"), "not a date: '2024/2025'");
    assertRejected(() -> Period.parse("../.."), "a period needs a start or an end, got neither");
    assertRejected(() -> Period.parse("2025/2024"),
        "period start must not be after its end", "2025-01-01 > 2024-12-31");
  }

  @Test
  void toStringIsCanonical() {
    assertEquals("2023-04/2024-05", APR_2023_TO_MAY_2024.toString());
    assertEquals("../2024-11", Period.until(Period.ofMonth(YearMonth.of(2024, 11))).toString());
    assertEquals("2022-02-24/..", Period.since(Period.ofDay(LocalDate.of(2022, 2, 24))).toString());
    assertEquals("2025/2025", Period.ofYear(Year.of(2025)).toString());
    assertEquals("2024-02-29/2024-02-29", Period.ofDay(LocalDate.of(2024, 2, 29)).toString());
  }

  @Test
  void parseReadsEachSideAtItsPrecision() {
    Period p = Period.parse("2023-04/2024-05");
    assertEquals(Optional.of(LocalDate.of(2023, 4, 1)), p.start());
    assertEquals(Optional.of(LocalDate.of(2024, 5, 31)), p.end());
    assertEquals(DatePrecision.MONTH, p.startPrecision());
    assertEquals(DatePrecision.MONTH, p.endPrecision());
    assertEquals(APR_2023_TO_MAY_2024, p);
    Period year = Period.parse(" 2025/2025 ");
    assertEquals(Optional.of(LocalDate.of(2025, 1, 1)), year.start());
    assertEquals(Optional.of(LocalDate.of(2025, 12, 31)), year.end());
    assertEquals(Period.until(Period.ofDay(LocalDate.of(2024, 2, 29))), Period.parse("../2024-02-29"));
  }

  @Test
  void marchIsNotTheFirstOfMarch() {
    Period march = Period.ofMonth(YearMonth.of(2025, 3));
    Period firstOfMarch = Period.ofDay(LocalDate.of(2025, 3, 1));
    assertEquals(march.start(), firstOfMarch.start());
    assertNotEquals(march, firstOfMarch);
    assertNotEquals(Period.since(march), Period.since(firstOfMarch));
    assertEquals("2025-03/..", Period.since(march).toString());
    assertEquals("2025-03-01/..", Period.since(firstOfMarch).toString());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("dev.muster.Generators#seeds")
  void parseReadsBackToString(long seed) {
    Period p = new Generators(seed).period();
    assertEquals(p, Period.parse(p.toString()), () -> "seed=" + seed + " period " + p);
  }

  /** Any builder-made period is either rejected or read back from its text. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("dev.muster.Generators#seeds")
  void builtPeriodIsRejectedOrReadBack(long seed) {
    Generators g = new Generators(seed);
    Period.Builder b = Period.builder();
    if (g.chance()) {
      b.start(side(g, true)).startPrecision(g.pick(DatePrecision.class));
    }
    if (g.chance()) {
      b.end(side(g, false)).endPrecision(g.pick(DatePrecision.class));
    }
    Period p;
    try {
      p = b.build();
    } catch (IllegalArgumentException rejected) {
      return;
    }
    assertEquals(p, Period.parse(p.toString()), () -> "seed=" + seed + " period " + p);
  }

  /** Returns a day, often the first or last of its month or year. */
  private static LocalDate side(Generators g, boolean start) {
    LocalDate d = LocalDate.of(g.between(1990, 2035), g.between(1, 12), g.between(1, 28));
    switch (g.between(0, 2)) {
      case 0: return d;
      case 1: return start ? d.withDayOfMonth(1) : YearMonth.from(d).atEndOfMonth();
      default: return start ? d.withDayOfYear(1) : d.withMonth(12).withDayOfMonth(31);
    }
  }
}
