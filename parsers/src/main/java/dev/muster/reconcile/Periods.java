package dev.muster.reconcile;

import dev.muster.Period;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * How the periods of two figures relate: the same time told at different precision, a part of
 * the other's time (a month of a year), or unrelated. Pure functions over values.
 *
 * <p>Two sides of a period are near when both are open or both are given and lie at most
 * {@link #NEAR_DAYS} days apart: "since the start of the full-scale invasion" and "since
 * February 2022" start near; "to 11 July" and "to 5 August" end near.
 */
final class Periods {

  /** How far apart two dates may be and still tell the same side of a period: 31 days. */
  static final long NEAR_DAYS = 31;

  /** How many times longer than another a period must be to hold it as a part: 3. */
  static final long PART_RATIO = 3;

  private Periods() {}

  /**
   * Returns whether two figures' periods allow them to be one claim: either is absent, or they
   * share a day and neither is a small part of the other (a month's figure is not the year's).
   */
  static boolean sameClaim(Optional<Period> a, Optional<Period> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    return a.get().overlaps(b.get()) && !isPart(a.get(), b.get()) && !isPart(b.get(), a.get());
  }

  /** Returns whether two periods tell the same time: both sides near. */
  static boolean same(Period a, Period b) {
    return near(a.start(), b.start()) && near(a.end(), b.end());
  }

  /**
   * Returns whether {@code part} lies inside {@code whole} and is clearly shorter: both are
   * closed, and the part is at most a third of the whole (March within 2024, 2023 within
   * 2022-02-24 to 2024-07-02). An open period ("since", "as of") ends or starts on a date the
   * text leaves to its reader, so it holds no part.
   */
  static boolean isPart(Period part, Period whole) {
    return isClosed(part) && isClosed(whole) && contains(whole, part)
        && days(part) * PART_RATIO <= days(whole);
  }

  /** Returns whether the period has a start and an end. */
  static boolean isClosed(Period p) {
    return p.start().isPresent() && p.end().isPresent();
  }

  /** Returns whether the periods share no day. */
  static boolean disjoint(Period a, Period b) {
    return !a.overlaps(b);
  }

  /** Returns the number of days a closed period covers, both ends included. */
  static long days(Period p) {
    return ChronoUnit.DAYS.between(p.start().orElseThrow(), p.end().orElseThrow()) + 1;
  }

  private static boolean contains(Period whole, Period part) {
    return !part.start().orElseThrow().isBefore(whole.start().orElseThrow())
        && !part.end().orElseThrow().isAfter(whole.end().orElseThrow());
  }

  private static boolean near(Optional<LocalDate> a, Optional<LocalDate> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() && b.isEmpty();
    }
    return Math.abs(ChronoUnit.DAYS.between(a.get(), b.get())) <= NEAR_DAYS;
  }
}
