package dev.muster.reconcile;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Where the members of a {@link Finding} differ in one field: each distinct reading of the
 * field and the documents that give it. Drift between retellings shows up here ("South and
 * East Asia" against "South and Southeast Asia", "72" against "approximately 72").
 *
 * <p>Immutable and thread-safe; treat as a value.
 */
@Value.Immutable
@Value.Enclosing
@JsonSerialize(as = ImmutableDiscrepancy.class)
@JsonDeserialize(as = ImmutableDiscrepancy.class)
public abstract class Discrepancy {

  /** A field of an estimate that retellings of one figure may disagree on. */
  public enum Field {
    /** The bounds, written {@code 72}, {@code 1500..}, {@code ..200} or {@code 14000..15000}. */
    VALUE,
    /**
     * The numbers stated, when the members state one figure at different roundings ("45680"
     * against "45000" for "more than 45,000"): the drift is rounding, not disagreement.
     */
    ROUNDING,
    /** The qualifier: {@code EXACT}, {@code APPROXIMATE}, {@code MORE_THAN} ... */
    QUALIFIER,
    /** The origins of the counted people, e.g. {@code [east-asia, south-asia]}. */
    ORIGIN,
    /** The period covered, or {@code none}. */
    PERIOD,
    /** The attribution chain, outermost first, or {@code []} for none. */
    SOURCES,
    /** The probability-yardstick term, or {@code none}. */
    LIKELIHOOD
  }

  /** Returns the field the members differ in. */
  public abstract Field field();

  /** Returns the distinct readings, sorted by their text; at least two. */
  public abstract List<Reading> readings();

  static Discrepancy of(Field field, List<Reading> readings) {
    return ImmutableDiscrepancy.builder().field(field).readings(readings).build();
  }

  @Value.Check
  protected void check() {
    if (readings().size() < 2) {
      throw new IllegalArgumentException("a discrepancy in " + field()
          + " needs at least two readings, got " + readings());
    }
  }

  @Override
  public String toString() {
    return field() + ": "
        + readings().stream().map(Reading::toString).collect(Collectors.joining("; "));
  }

  /** One reading of a field and the documents that give it. Immutable and thread-safe. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableDiscrepancy.Reading.class)
  @JsonDeserialize(as = ImmutableDiscrepancy.Reading.class)
  public abstract static class Reading {

    /** Returns the field's text in these documents. */
    public abstract String value();

    /** Returns the ids of the documents that read so, sorted. */
    public abstract List<String> documentIds();

    static Reading of(String value, List<String> documentIds) {
      return ImmutableDiscrepancy.Reading.builder().value(value).documentIds(documentIds).build();
    }

    @Override
    public String toString() {
      return value() + " in " + String.join(", ", documentIds());
    }
  }
}
