package dev.muster;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Who a figure is attributed to: the chain of sources, outermost first. In "the UK Ministry of
 * Defence, citing Vazhnye Istorii" the chain is [UK Ministry of Defence, Vazhnye Istorii] and
 * the primary source, the innermost, is Vazhnye Istorii.
 *
 * <p>Immutable and thread-safe; treat as a value. An empty chain means the text attributes
 * the figure to nobody: it is the publishing outlet's own.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAttribution.class)
@JsonDeserialize(as = ImmutableAttribution.class)
public abstract class Attribution {

  private static final Attribution NONE = builder().build();

  /** Returns the sources, outermost first. */
  public abstract List<Source> chain();

  /** Returns the primary source: the innermost of the chain; empty for an unattributed figure. */
  @JsonIgnore
  public Optional<Source> primary() {
    return chain().isEmpty() ? Optional.empty() : Optional.of(chain().get(chain().size() - 1));
  }

  /** Returns whether nobody is named. */
  @JsonIgnore
  public boolean isEmpty() {
    return chain().isEmpty();
  }

  /** Returns the attribution that names nobody. */
  public static Attribution none() {
    return NONE;
  }

  /** Returns the chain of the given sources, outermost first. */
  public static Attribution of(Source... chain) {
    return builder().addChain(chain).build();
  }

  /** Returns the chain of the given sources, outermost first. */
  public static Attribution of(List<Source> chain) {
    return builder().addAllChain(chain).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return chain().stream().map(Source::name).collect(Collectors.joining(" < ", "[", "]"));
  }

  /** A builder of {@link Attribution}. */
  public static class Builder extends ImmutableAttribution.Builder {}
}
