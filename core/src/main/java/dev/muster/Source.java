package dev.muster;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * A party a figure is attributed to, under its canonical name ("UK Ministry of Defence"), with
 * its kind and the other names it goes by.
 *
 * <p>Immutable and thread-safe; treat as a value. Two sources are equal when all their
 * attributes are; compare {@link #name()} to ask whether they are the same body.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSource.class)
@JsonDeserialize(as = ImmutableSource.class)
public abstract class Source {

  /** Returns the canonical name. */
  public abstract String name();

  /** Returns what kind of body this is. */
  @Value.Default
  public SourceKind kind() {
    return SourceKind.OTHER;
  }

  /** Returns other names of the same body, in any language; may be empty. */
  public abstract List<String> aliases();

  /** Returns a source with a name and kind and no aliases. */
  public static Source of(String name, SourceKind kind) {
    return builder().name(name).kind(kind).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("a source name must not be blank");
    }
  }

  @Override
  public String toString() {
    return name();
  }

  /** A builder of {@link Source}. */
  public static class Builder extends ImmutableSource.Builder {}
}
