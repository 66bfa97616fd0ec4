package dev.muster.reconcile;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.muster.Measure;
import org.immutables.value.Value;

/**
 * Two findings that cannot both hold, reported side by side, never merged: about the same
 * measure, cohort and period, with bounds apart ("about 200" against "14,000 to 15,000"); or a
 * figure for part of a period above the figure for the whole period; or killed (or wounded)
 * above the casualties they are part of. The two may come from different sources or from one
 * document that contradicts itself.
 *
 * <p>Immutable and thread-safe; treat as a value. {@link #first()} comes before
 * {@link #second()} in the reconciliation's order.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableConflict.class)
@JsonDeserialize(as = ImmutableConflict.class)
public abstract class Conflict {

  /** Why two findings cannot both hold. */
  public enum Reason {
    /**
     * Same measure, unit, rate, origins, kind of people and period (or, with no period, the
     * same sentence), and the bounds are apart even read as roundings.
     */
    BOUNDS,
    /**
     * Same measure, unit, origins and kind of people; one period is a clear part of the other
     * (a month of a year) and its figure is above the whole period's.
     */
    PERIOD,
    /**
     * Killed or wounded above the casualties (killed and wounded together) of the same people
     * and period.
     */
    MEASURE
  }

  /** Returns the finding that comes first. */
  public abstract Finding first();

  /** Returns the finding that comes second. */
  public abstract Finding second();

  /** Returns why the two cannot both hold. */
  public abstract Reason reason();

  static Conflict of(Finding first, Finding second, Reason reason) {
    return ImmutableConflict.builder().first(first).second(second).reason(reason).build();
  }

  /**
   * Returns e.g. {@code F1 15000 per [Ukrainian intelligence] vs F2 ~200 per [Government of
   * Nepal] (RECRUITED [NP]): BOUNDS}.
   */
  @Override
  public String toString() {
    Finding a = first();
    Finding b = second();
    String what = a.measure() == b.measure() ? a.measure().toString()
        : a.measure() + "/" + b.measure();
    return a.id() + " " + a.merged().value() + " per " + a.primarySources()
        + a.period().map(p -> " " + p).orElse("") + " vs " + b.id() + " "
        + b.merged().value() + " per " + b.primarySources()
        + b.period().map(p -> " " + p).orElse("") + " (" + what + " " + a.origins() + "): "
        + reason() + " - " + explanation();
  }

  /** Returns the reason in words, naming the findings. */
  public String explanation() {
    switch (reason()) {
      case PERIOD:
        Finding part = Periods.isPart(first().period().orElseThrow(),
            second().period().orElseThrow()) ? first() : second();
        Finding whole = part == first() ? second() : first();
        return part.id() + " covers part of " + whole.id() + "'s period and is above it";
      case MEASURE:
        Finding p = first().measure() == Measure.CASUALTIES ? second() : first();
        Finding w = p == first() ? second() : first();
        return p.id() + " (" + p.measure().name().toLowerCase(java.util.Locale.ROOT)
            + ") is above " + w.id() + " (casualties, killed and wounded together)";
      default:
        return "the bounds cannot both hold";
    }
  }
}
