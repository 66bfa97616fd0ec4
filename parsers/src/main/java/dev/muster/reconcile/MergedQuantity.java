package dev.muster.reconcile;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.muster.Quantity;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The merged size of a {@link Finding}, honest about the spread: the value its
 * {@link MergeRule} chose, the narrowest interval every member agrees on, and the envelope of
 * what the members reported (an open side when any member is unbounded there).
 *
 * <p>Immutable and thread-safe; treat as a value.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMergedQuantity.class)
@JsonDeserialize(as = ImmutableMergedQuantity.class)
public abstract class MergedQuantity {

  /** Returns the rule that chose {@link #value()}. */
  public abstract MergeRule rule();

  /** Returns the merged value, with its qualifier, unit and rate. */
  public abstract Quantity value();

  /**
   * Returns the narrowest interval all members agree on: the intersection of their bounds, or,
   * when members state one figure at roundings whose bounds are apart ("about 1,680" and
   * "1,684"), the intersection of the roundings ({@code 1684}).
   */
  public abstract Quantity agreed();

  /** Returns the lowest low bound reported; empty when a member is unbounded below. */
  public abstract Optional<BigDecimal> reportedLow();

  /** Returns the highest high bound reported; empty when a member is unbounded above. */
  public abstract Optional<BigDecimal> reportedHigh();

  /** Returns whether the members reported different bounds. */
  public boolean hasSpread() {
    return !reportedLow().equals(agreed().low()) || !reportedHigh().equals(agreed().high());
  }

  static MergedQuantity of(MergeRule rule, Quantity value, Quantity agreed,
      Optional<BigDecimal> reportedLow, Optional<BigDecimal> reportedHigh) {
    return ImmutableMergedQuantity.builder().rule(rule).value(value).agreed(agreed)
        .reportedLow(reportedLow).reportedHigh(reportedHigh).build();
  }

  /** Returns the envelope of what was reported, written {@code 1500..}, {@code 72..72}. */
  public String reportedText() {
    return Bounds.text(reportedLow(), reportedHigh());
  }

  @Override
  public String toString() {
    return value() + " (" + rule() + "; agreed " + agreed() + ", reported " + reportedText()
        + ")";
  }
}
