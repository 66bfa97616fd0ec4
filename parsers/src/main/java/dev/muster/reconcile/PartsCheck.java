package dev.muster.reconcile;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.muster.Source;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A total checked against its parts: findings from the same primary source, of the same measure
 * and period, whose origins are disjoint and each narrower than the whole's (771 from South and
 * East Asia, 523 from former Soviet republics and 72 from Africa against more than 1,500
 * foreigners). It gives the sum of the parts, whether it fits the whole and what the whole
 * leaves unattributed.
 *
 * <p>Immutable and thread-safe; treat as a value. All numbers use the merged values of the
 * findings, and bounds are inclusive: "more than 1,500" is 1500 or more.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePartsCheck.class)
@JsonDeserialize(as = ImmutablePartsCheck.class)
public abstract class PartsCheck {

  /** Returns the primary source the whole and its parts share. */
  public abstract Source primary();

  /** Returns the whole. */
  public abstract Finding whole();

  /** Returns the parts, in the reconciliation's order. */
  public abstract List<Finding> parts();

  /** Returns the lowest possible sum of the parts (an open low bound counts as zero). */
  public abstract BigDecimal partsLow();

  /** Returns the highest possible sum of the parts; empty when a part is unbounded above. */
  public abstract Optional<BigDecimal> partsHigh();

  /** Returns whether the parts can fit inside the whole: their lowest sum is within its high bound. */
  public abstract boolean fits();

  /** Returns the least the whole leaves unattributed to any part (zero when it may be none). */
  public abstract BigDecimal remainderLow();

  /** Returns the most the whole leaves unattributed; empty when the whole is unbounded above. */
  public abstract Optional<BigDecimal> remainderHigh();

  /** Returns the ids of the parts that alone exceed the whole's high bound. */
  public abstract List<String> exceedingPartIds();

  /** Returns the sum of the parts, written {@code 1366} or {@code 1366..1400}. */
  public String partsText() {
    return Bounds.text(Optional.of(partsLow()), partsHigh());
  }

  /** Returns the unattributed remainder, written {@code 134..} for "at least 134". */
  public String remainderText() {
    return Bounds.text(Optional.of(remainderLow()), remainderHigh());
  }

  @Value.Check
  protected void check() {
    if (parts().isEmpty()) {
      throw new IllegalArgumentException("a parts check of " + whole().id() + " needs a part");
    }
  }

  @Override
  public String toString() {
    return whole().id() + " " + whole().merged().value() + " " + whole().origins() + " per "
        + primary().name() + ": parts "
        + parts().stream().map(p -> p.id() + " " + p.merged().value() + " " + p.origins())
            .collect(Collectors.joining(" + "))
        + " = " + partsText() + (fits() ? ", fits" : ", does NOT fit")
        + ", remainder " + remainderText()
        + (exceedingPartIds().isEmpty() ? "" : ", exceeding: " + exceedingPartIds());
  }
}
