package dev.muster;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who the counted people are: their origins (countries, regions or "foreign"), optionally what
 * kind of people they are, an age range and where they were recruited.
 *
 * <p>Immutable and thread-safe; treat as a value. An empty cohort means the text does not say.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRecruitCohort.class)
@JsonDeserialize(as = ImmutableRecruitCohort.class)
public abstract class RecruitCohort {

  private static final RecruitCohort UNSPECIFIED = builder().build();

  /** Returns the origins, sorted and without repeats; empty when the text does not say. */
  @Value.NaturalOrder
  public abstract java.util.SortedSet<Origin> origins();

  /** Returns the kind of people, if the text says. */
  public abstract Optional<CohortCategory> category();

  /** Returns the youngest age of the cohort, if the text says. */
  public abstract Optional<Integer> minAge();

  /** Returns the oldest age of the cohort, if the text says. */
  public abstract Optional<Integer> maxAge();

  /** Returns where they were recruited ("Moscow"), if the text says. */
  public abstract Optional<String> recruitedIn();

  /** Returns the cohort about which the text says nothing. */
  public static RecruitCohort unspecified() {
    return UNSPECIFIED;
  }

  /** Returns a cohort of the given origins only. */
  public static RecruitCohort of(Origin... origins) {
    return builder().addOrigins(origins).build();
  }

  /** Returns a cohort of the given origins only. */
  public static RecruitCohort of(List<Origin> origins) {
    return builder().addAllOrigins(origins).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    Integer min = minAge().orElse(null);
    Integer max = maxAge().orElse(null);
    for (Integer age : new Integer[] {min, max}) {
      if (age != null && (age < 0 || age > 130)) {
        throw new IllegalArgumentException("an age must be within 0..130, got " + age);
      }
    }
    if (min != null && max != null && min > max) {
      throw new IllegalArgumentException("minAge must not exceed maxAge: " + min + " > " + max);
    }
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(origins().toString());
    category().ifPresent(c -> s.append(' ').append(c));
    if (minAge().isPresent() || maxAge().isPresent()) {
      s.append(" aged ").append(minAge().map(String::valueOf).orElse(""))
          .append("..").append(maxAge().map(String::valueOf).orElse(""));
    }
    recruitedIn().ifPresent(p -> s.append(" in ").append(p));
    return s.toString();
  }

  /** A builder of {@link RecruitCohort}. */
  public static class Builder extends ImmutableRecruitCohort.Builder {}
}
