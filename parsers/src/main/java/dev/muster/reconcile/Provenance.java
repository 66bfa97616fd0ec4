package dev.muster.reconcile;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.muster.Source;
import java.util.List;
import org.immutables.value.Value;

/**
 * One primary source of a {@link Finding} and the documents that relay it. The first document
 * is the source's first retelling; the others are its echoes.
 *
 * <p>Immutable and thread-safe; treat as a value.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProvenance.class)
@JsonDeserialize(as = ImmutableProvenance.class)
public abstract class Provenance {

  /** Returns the primary source. */
  public abstract Source primary();

  /** Returns the ids of the documents that state the figure from this source, sorted. */
  public abstract List<String> documentIds();

  /** Returns how many documents repeat this source beyond one: its echoes. */
  public int echoCount() {
    return documentIds().size() - 1;
  }

  static Provenance of(Source primary, List<String> documentIds) {
    return ImmutableProvenance.builder().primary(primary).documentIds(documentIds).build();
  }

  @Value.Check
  protected void check() {
    if (documentIds().isEmpty()) {
      throw new IllegalArgumentException("a provenance of '" + primary().name()
          + "' needs at least one document, got none");
    }
  }

  @Override
  public String toString() {
    return primary().name() + " " + documentIds();
  }
}
