package dev.muster.reconcile;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Two findings about the same measure, compatible cohorts and overlapping periods whose primary
 * sources disagree beyond their bounds ("about 200" per one source, "15,000" per others):
 * reported side by side, never merged.
 *
 * <p>Immutable and thread-safe; treat as a value. {@link #first()} comes before
 * {@link #second()} in the reconciliation's order.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableConflict.class)
@JsonDeserialize(as = ImmutableConflict.class)
public abstract class Conflict {

  /** Returns the finding that comes first. */
  public abstract Finding first();

  /** Returns the finding that comes second. */
  public abstract Finding second();

  static Conflict of(Finding first, Finding second) {
    return ImmutableConflict.builder().first(first).second(second).build();
  }

  @Override
  public String toString() {
    return first().id() + " " + first().merged().value() + " per " + first().primarySources()
        + " vs " + second().id() + " " + second().merged().value() + " per "
        + second().primarySources() + " (" + first().measure() + " " + first().origins() + ")";
  }
}
