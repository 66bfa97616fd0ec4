package dev.muster.reconcile;

import dev.muster.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * An inclusive interval of non-negative numbers, either side possibly open: the arithmetic the
 * reconciler does on quantities' bounds. Immutable and thread-safe.
 */
record Bounds(Optional<BigDecimal> low, Optional<BigDecimal> high) {

  static Bounds of(Quantity q) {
    return new Bounds(q.low(), q.high());
  }

  /** Returns the text {@code 72}, {@code 1500..}, {@code ..200} or {@code 14000..15000}. */
  static String text(Optional<BigDecimal> low, Optional<BigDecimal> high) {
    if (low.isPresent() && high.isPresent() && low.get().compareTo(high.get()) == 0) {
      return low.get().toPlainString();
    }
    return low.map(BigDecimal::toPlainString).orElse("") + ".."
        + high.map(BigDecimal::toPlainString).orElse("");
  }

  /** Returns the intersection; it may be empty (low above high) when the two are apart. */
  Bounds intersect(Bounds o) {
    return new Bounds(max(low, o.low), min(high, o.high));
  }

  /** Returns the smallest interval holding both: an open side when either is open there. */
  Bounds hull(Bounds o) {
    Optional<BigDecimal> l = low.isPresent() && o.low.isPresent()
        ? Optional.of(low.get().min(o.low.get())) : Optional.empty();
    Optional<BigDecimal> h = high.isPresent() && o.high.isPresent()
        ? Optional.of(high.get().max(o.high.get())) : Optional.empty();
    return new Bounds(l, h);
  }

  /** Returns the interval of the sums; an open low side counts as zero. */
  Bounds plus(Bounds o) {
    BigDecimal l = low.orElse(BigDecimal.ZERO).add(o.low.orElse(BigDecimal.ZERO));
    Optional<BigDecimal> h = high.isPresent() && o.high.isPresent()
        ? Optional.of(high.get().add(o.high.get())) : Optional.empty();
    return new Bounds(Optional.of(l), h);
  }

  /** Returns whether no value lies within: the low bound is above the high bound. */
  boolean isEmpty() {
    return low.isPresent() && high.isPresent() && low.get().compareTo(high.get()) > 0;
  }

  /** Returns the whole numbers within: the low bound rounded up, the high bound down. */
  Bounds whole() {
    return new Bounds(low.map(l -> l.setScale(0, RoundingMode.CEILING)),
        high.map(h -> h.setScale(0, RoundingMode.FLOOR)));
  }

  /** Returns whether the two share at least one value. */
  boolean overlaps(Bounds o) {
    return !isBelow(o) && !o.isBelow(this);
  }

  /** Returns whether every value of this interval is below every value of the other. */
  boolean isBelow(Bounds o) {
    return high.isPresent() && o.low.isPresent() && high.get().compareTo(o.low.get()) < 0;
  }

  boolean equalTo(Bounds o) {
    return same(low, o.low) && same(high, o.high);
  }

  @Override
  public String toString() {
    return text(low, high);
  }

  private static boolean same(Optional<BigDecimal> a, Optional<BigDecimal> b) {
    return a.isPresent() == b.isPresent()
        && (a.isEmpty() || a.get().compareTo(b.get()) == 0);
  }

  private static Optional<BigDecimal> max(Optional<BigDecimal> a, Optional<BigDecimal> b) {
    return a.isEmpty() ? b : b.isEmpty() ? a : Optional.of(a.get().max(b.get()));
  }

  private static Optional<BigDecimal> min(Optional<BigDecimal> a, Optional<BigDecimal> b) {
    return a.isEmpty() ? b : b.isEmpty() ? a : Optional.of(a.get().min(b.get()));
  }
}
