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
 * A total checked against its parts ({@link #kind()} says how they divide it): by origin (771
 * from South and East Asia, 523 from former Soviet republics and 72 from Africa against more
 * than 1,500 foreigners), by kind of people (convicts among all fighters), by measure (killed
 * and wounded against casualties), by period (months against their year) or as a subset the
 * text marks ("126 served; of them, 12 were killed"). It gives the sum of the parts, whether it
 * fits the whole and what the whole leaves unattributed.
 *
 * <p>Immutable and thread-safe; treat as a value. All numbers use the merged values of the
 * findings, and bounds are inclusive: "more than 1,500" is 1500 or more. Whether the parts fit
 * reads approximations as the roundings they are ("about 3,000" is 2,500 to 3,500).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePartsCheck.class)
@JsonDeserialize(as = ImmutablePartsCheck.class)
public abstract class PartsCheck {

  /** How the parts divide the whole. */
  public enum Kind {
    /**
     * By origin: same measure, the parts' origins disjoint and each narrower than the whole's,
     * one primary source.
     */
    ORIGIN,
    /**
     * By kind of people: the whole names no category, each part one (convicts, volunteers),
     * same measure and origins, a source or a document in common.
     */
    CATEGORY,
    /**
     * By measure: killed and wounded against casualties of the same people and period, a
     * source or a document in common.
     */
    MEASURE,
    /**
     * By period: figures for disjoint parts of the whole's period (months of a year), same
     * measure and people, a source or a document in common.
     */
    PERIOD,
    /**
     * A subset the text marks: figures in a sentence after "of them", "of whom", "among them"
     * or "including", against the figure they refer to ("126 served; of them, 12 were
     * killed and 16 are missing").
     */
    SUBSET
  }

  /** Returns how the parts divide the whole. */
  public abstract Kind kind();

  /**
   * Returns the primary source the check is made for: the one the whole and its parts share
   * when they share one (always for {@link Kind#ORIGIN}), else the whole's first.
   */
  public abstract Source primary();

  /** Returns the whole. */
  public abstract Finding whole();

  /** Returns the parts, in the reconciliation's order. */
  public abstract List<Finding> parts();

  /** Returns the lowest possible sum of the parts (an open low bound counts as zero). */
  public abstract BigDecimal partsLow();

  /** Returns the highest possible sum of the parts; empty when a part is unbounded above. */
  public abstract Optional<BigDecimal> partsHigh();

  /**
   * Returns whether the parts claim to make up the whole: killed and wounded of casualties,
   * periods that cover the whole's period.
   */
  public abstract boolean complete();

  /**
   * Returns whether the parts fit the whole: their lowest sum is within its high bound, and,
   * when they are {@linkplain #complete() complete}, their sum can also reach its low bound.
   */
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

  /** Returns a finding's id, value and what tells it apart as a whole or part of this kind. */
  private String describe(Finding f) {
    String s = f.id() + " " + f.merged().value();
    switch (kind()) {
      case CATEGORY:
        return s + " " + f.category().map(Object::toString).orElse("all");
      case MEASURE:
        return s + " " + f.measure();
      case PERIOD:
        return s + " " + f.period().map(Object::toString).orElse("");
      case SUBSET:
        return s + " " + f.measure() + " " + f.origins();
      default:
        return s + " " + f.origins();
    }
  }

  @Value.Check
  protected void check() {
    if (parts().isEmpty()) {
      throw new IllegalArgumentException("a parts check of " + whole().id() + " needs a part");
    }
  }

  @Override
  public String toString() {
    return kind() + ": " + describe(whole()) + " per " + primary().name() + ": parts "
        + parts().stream().map(this::describe).collect(Collectors.joining(" + "))
        + " = " + partsText() + (fits() ? ", fits" : ", does NOT fit")
        + ", remainder " + remainderText()
        + (exceedingPartIds().isEmpty() ? "" : ", exceeding: " + exceedingPartIds());
  }
}
