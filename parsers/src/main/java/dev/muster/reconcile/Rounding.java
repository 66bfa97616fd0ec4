package dev.muster.reconcile;

import dev.muster.Qualifier;
import dev.muster.Quantity;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * How retellings round one figure: "45,680" becomes "more than 45,000", "over 620" becomes
 * "more than 600", "5,937" becomes "under 6,000". Pure functions over values.
 *
 * <p>A number's rounding unit is the place of its last non-zero digit: 1000 for 45,000, 100
 * for 600, 1 for 5,937. A rounder number {@code y} is a rounding of {@code x} when its unit is
 * larger than {@code x}'s, the two differ by less than that unit (by at most half of it when
 * {@code y} is a point: "about 12,000" for 11,800) and by at most {@link #MAX_DRIFT} of the
 * larger: so "2,000" is no rounding of "1,500", nor "more than 10,000" of "11,000".
 */
final class Rounding {

  /** The largest relative drift a rounding may make: 5 %. */
  static final BigDecimal MAX_DRIFT = new BigDecimal("0.05");

  private static final BigDecimal HALF = new BigDecimal("0.5");

  private Rounding() {}

  /** Returns the place of the last non-zero digit: 1000 for 45000, 1 for 5937, 1 for 0. */
  static BigDecimal unit(BigDecimal x) {
    if (x.signum() == 0) {
      return BigDecimal.ONE;
    }
    return BigDecimal.ONE.scaleByPowerOfTen(-x.stripTrailingZeros().scale());
  }

  /**
   * Returns the bounds the words allow once an approximation is read as the rounding it is:
   * "about 12,000" is 11,500 to 12,500, half a rounding unit either side; every other
   * quantity keeps its bounds.
   */
  static Bounds loose(Quantity q) {
    if (q.qualifier() != Qualifier.APPROXIMATE) {
      return Bounds.of(q);
    }
    BigDecimal x = q.low().orElseThrow();
    BigDecimal half = unit(x).multiply(HALF);
    return new Bounds(Optional.of(x.subtract(half).max(BigDecimal.ZERO)),
        Optional.of(x.add(half)));
  }

  /**
   * Returns whether {@code rounder}, stated with the qualifier {@code how}, is a rounding of
   * {@code precise}: see the class documentation.
   */
  static boolean isRounding(BigDecimal rounder, Qualifier how, BigDecimal precise) {
    BigDecimal u = unit(rounder);
    if (u.compareTo(unit(precise)) <= 0) {
      return false;
    }
    BigDecimal drift = rounder.subtract(precise).abs();
    BigDecimal allowed = how.isPoint() ? u.multiply(HALF) : u;
    boolean withinUnit = how.isPoint() ? drift.compareTo(allowed) <= 0 : drift.compareTo(allowed) < 0;
    return withinUnit && drift.compareTo(rounder.max(precise).multiply(MAX_DRIFT)) <= 0;
  }

  /**
   * Returns whether two quantities state one figure at different roundings: their loose bounds
   * overlap and a number one states is a rounding of a number the other states. Magnitudes
   * ("hundreds") state no number and are never roundings.
   */
  static boolean nearEqual(Quantity a, Quantity b) {
    if (a.qualifier() == Qualifier.MAGNITUDE || b.qualifier() == Qualifier.MAGNITUDE
        || !loose(a).overlaps(loose(b))) {
      return false;
    }
    for (BigDecimal x : Compatibility.statedNumbers(a)) {
      for (BigDecimal y : Compatibility.statedNumbers(b)) {
        if (isRounding(x, a.qualifier(), y) || isRounding(y, b.qualifier(), x)) {
          return true;
        }
      }
    }
    return false;
  }
}
