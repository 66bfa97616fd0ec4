package dev.muster;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One quantitative claim a document makes: how many (or how much), of what, about whom, over
 * which time, according to whom, how likely, and the words it was read from.
 *
 * <p>Immutable and thread-safe; treat as a value.
 *
 * <pre>{@code
 * Estimate e = Estimate.builder()
 *     .documentId("a.txt")
 *     .quantity(Quantity.moreThan(1500))
 *     .measure(Measure.RECRUITED)
 *     .cohort(RecruitCohort.of(Origin.FOREIGN))
 *     .mention("over 1,500")
 *     .evidence(Evidence.of("a.txt", text, 10, 20))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEstimate.class)
@JsonDeserialize(as = ImmutableEstimate.class)
public abstract class Estimate {

  /** Returns the id of the document that states the figure. */
  public abstract String documentId();

  /** Returns the figure's bounds, qualifier, unit and rate. */
  public abstract Quantity quantity();

  /** Returns what is counted. */
  public abstract Measure measure();

  /** Returns who the counted people are. */
  @Value.Default
  public RecruitCohort cohort() {
    return RecruitCohort.unspecified();
  }

  /** Returns the time the figure covers, if the text gives one. */
  public abstract Optional<Period> period();

  /** Returns who the figure is attributed to. */
  @Value.Default
  public Attribution attribution() {
    return Attribution.none();
  }

  /** Returns the probability-yardstick term that qualifies the figure, if any. */
  public abstract Optional<Likelihood> likelihood();

  /** Returns the quantity's words exactly as in the text, e.g. {@code over 1,500}. */
  public abstract String mention();

  /** Returns the span of text the figure was read from; it contains the mention. */
  public abstract Evidence evidence();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    if (measure().isMoney() != quantity().isMoney()) {
      throw new IllegalArgumentException(measure().isMoney()
          ? "a PAYMENT estimate needs a currency unit, got " + quantity()
          : "only a PAYMENT estimate may have a currency unit, got " + measure() + " " + quantity());
    }
    if (!evidence().documentId().equals(documentId())) {
      throw new IllegalArgumentException("evidence of document '" + evidence().documentId()
          + "' given for an estimate of document '" + documentId() + "'");
    }
    if (!evidence().text().contains(mention())) {
      throw new IllegalArgumentException("the mention '" + mention()
          + "' is not inside its evidence '" + evidence().text() + "'");
    }
  }

  @Override
  public String toString() {
    return measure() + " " + quantity() + " " + cohort()
        + period().map(p -> " " + p).orElse("")
        + (attribution().isEmpty() ? "" : " " + attribution())
        + likelihood().map(l -> " (" + l + ")").orElse("")
        + " \"" + mention() + "\"";
  }

  /** A builder of {@link Estimate}. */
  public static class Builder extends ImmutableEstimate.Builder {}
}
