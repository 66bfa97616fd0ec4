package dev.muster.reconcile;

import dev.muster.Estimate;
import dev.muster.Origin;
import dev.muster.Period;
import dev.muster.Qualifier;
import dev.muster.Quantity;
import dev.muster.RecruitCohort;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules that decide whether two estimates can state the same figure. Pure functions over
 * values; see {@link Reconciler} for the rules in words.
 */
final class Compatibility {

  private Compatibility() {}

  /** Returns whether two estimates of different documents may be one claim. */
  static boolean sameClaim(Estimate a, Estimate b) {
    if (a.documentId().equals(b.documentId()) || a.measure() != b.measure()
        || !kinds(a.cohort(), b.cohort()) || !Periods.sameClaim(a.period(), b.period())) {
      return false;
    }
    boolean vague = a.quantity().qualifier() == Qualifier.MAGNITUDE;
    Set<Origin> x = a.cohort().origins();
    Set<Origin> y = b.cohort().origins();
    if (vague ? x.isEmpty() || !x.equals(y) : !cohorts(x, y)) {
      return false;
    }
    return quantities(a.quantity(), b.quantity())
        || Rounding.nearEqual(a.quantity(), b.quantity());
  }

  /**
   * Returns how closely two compatible estimates agree, for choosing among findings an
   * estimate could join: 1, plus 2 for equal quantities, 1 for a number in common (not only
   * a rounding), 1 for equal origins and 1 for equal periods.
   */
  static int closeness(Estimate a, Estimate b) {
    return 1 + (a.quantity().equals(b.quantity()) ? 2 : 0)
        + (quantities(a.quantity(), b.quantity()) ? 1 : 0)
        + (a.cohort().origins().equals(b.cohort().origins()) ? 1 : 0)
        + (a.period().equals(b.period()) ? 1 : 0);
  }

  /**
   * Returns whether two cohorts may be the same kind of people: their categories and the
   * places they were recruited in are equal where both say ("convicts" are not "volunteers",
   * recruits in Moscow are not recruits in Tatarstan).
   */
  static boolean kinds(RecruitCohort a, RecruitCohort b) {
    return agree(a.category(), b.category()) && agree(a.recruitedIn(), b.recruitedIn());
  }

  private static <T> boolean agree(Optional<T> a, Optional<T> b) {
    return a.isEmpty() || b.isEmpty() || a.equals(b);
  }

  /**
   * Returns whether two quantities may state one figure: the same unit and rate, intervals that
   * overlap, and a stated number in common (so {@code 72} matches {@code ~72} and {@code >72},
   * never {@code 73} nor {@code >70}); a {@code MAGNITUDE} states no number and matches only an
   * overlapping magnitude.
   */
  static boolean quantities(Quantity a, Quantity b) {
    if (!a.unit().equals(b.unit()) || !a.per().equals(b.per())) {
      return false;
    }
    if (!Bounds.of(a).overlaps(Bounds.of(b))) {
      return false;
    }
    boolean magA = a.qualifier() == Qualifier.MAGNITUDE;
    boolean magB = b.qualifier() == Qualifier.MAGNITUDE;
    if (magA || magB) {
      return magA && magB;
    }
    for (BigDecimal x : statedNumbers(a)) {
      for (BigDecimal y : statedNumbers(b)) {
        if (x.compareTo(y) == 0) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Returns whether two origin sets may describe one cohort: equal; one empty and the other
   * {@code [foreign]}; or sharing an origin (which covers a subset, and drift such as
   * {@code [south-asia, east-asia]} against {@code [south-asia, southeast-asia]}). An empty set
   * (the text does not say) is compatible with nothing else.
   */
  static boolean cohorts(Set<Origin> a, Set<Origin> b) {
    if (a.equals(b)) {
      return true;
    }
    if (a.isEmpty() || b.isEmpty()) {
      return a.equals(Set.of(Origin.FOREIGN)) || b.equals(Set.of(Origin.FOREIGN));
    }
    return a.stream().anyMatch(b::contains);
  }

  /** Returns whether two periods may be one: either is absent, or they share a day. */
  static boolean periods(Optional<Period> a, Optional<Period> b) {
    return a.isEmpty() || b.isEmpty() || a.get().overlaps(b.get());
  }

  /** Returns the numbers the words state: a point, a one-sided bound, both ends of a range. */
  static List<BigDecimal> statedNumbers(Quantity q) {
    List<BigDecimal> n = new ArrayList<>(2);
    switch (q.qualifier()) {
      case MAGNITUDE:
        break;
      case RANGE:
        n.add(q.low().orElseThrow());
        n.add(q.high().orElseThrow());
        break;
      case LESS_THAN:
      case AT_MOST:
        n.add(q.high().orElseThrow());
        break;
      default:
        n.add(q.low().orElseThrow());
        break;
    }
    return n;
  }

  /** Returns the lowest number a quantity states, or its low bound for a magnitude. */
  static BigDecimal lowestFigure(Quantity q) {
    return statedNumbers(q).stream().min(BigDecimal::compareTo)
        .orElseGet(() -> q.low().orElseThrow());
  }
}
